/** The validity analysis on synthetic answers drawn from the profile archetypes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { PROFILE_IDS, STATEMENT_IDS, instrument } from '../../src/scoring/index.ts';
import { analyseValidity, bestKMeans, crossTable, toVectors } from '../src/validity/analysis.ts';
import { withinSumOfSquares } from '../src/validity/metrics.ts';
import { seededRandom } from '../src/validity/random.ts';
import { archetypePatterns, shownProfile, syntheticRows } from '../src/validity/synthetic.ts';

const SAMPLE = instrument.research.validationSample.total; // 307, as in the report

describe('archetypes from the scoring key', () => {
  const patterns = archetypePatterns();
  it('give one answer per statement', () => {
    for (const p of PROFILE_IDS) assert.equal(patterns[p].length, STATEMENT_IDS.length, p);
  });
  it('follow the key: yes where "yes" gives the profile a point, no where "no" does', () => {
    for (const item of instrument.scoringKey.items) {
      const i = STATEMENT_IDS.indexOf(item.statement);
      for (const p of item.yes) assert.equal(patterns[p][i], true, `${p} ${item.statement}`);
      for (const p of item.no) assert.equal(patterns[p][i], false, `${p} ${item.statement}`);
    }
  });
  it('each score to their own profile, and to it alone, with the project\'s scoring', () => {
    for (const p of PROFILE_IDS) assert.equal(shownProfile(patterns[p]), p);
  });
  it('are five different patterns', () => {
    assert.equal(new Set(PROFILE_IDS.map((p) => patterns[p].join())).size, 5);
  });
});

describe('synthetic rows', () => {
  it('repeat with the same seed and differ with another', () => {
    assert.deepEqual(syntheticRows(50, { seed: 4, noise: 0.2 }), syntheticRows(50, { seed: 4, noise: 0.2 }));
    assert.notDeepEqual(syntheticRows(50, { seed: 4, noise: 0.2 }), syntheticRows(50, { seed: 5, noise: 0.2 }));
  });
  it('are the archetypes themselves without noise', () => {
    const patterns = archetypePatterns();
    for (const row of syntheticRows(40, { noise: 0 })) {
      assert.deepEqual(row.answers, patterns[row.archetype]);
      assert.equal(row.profile, row.archetype);
    }
  });
  it('flip about the share of answers asked for', () => {
    const patterns = archetypePatterns();
    const rows = syntheticRows(2000, { noise: 0.25, seed: 9 });
    const flipped = rows.reduce((sum, r) => sum + r.answers.filter((a, i) => a !== patterns[r.archetype][i]).length, 0);
    const share = flipped / (rows.length * STATEMENT_IDS.length);
    assert.ok(Math.abs(share - 0.25) < 0.01, `flipped share ${share}`);
  });
  it('carry the profile the scoring gives their answers', () => {
    for (const row of syntheticRows(100, { noise: 0.3, seed: 2 })) assert.equal(row.profile, shownProfile(row.answers));
  });
  it('follow the weights', () => {
    const rows = syntheticRows(300, { noise: 0, weights: { ambitie: 0, basis: 1, 'employee-journey': 0, groei: 0, 'lerende-organisatie': 1 } });
    assert.deepEqual([...new Set(rows.map((r) => r.archetype))].sort(), ['basis', 'lerende-organisatie']);
  });
  it('use a generator that repeats and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      assert.equal(x, b());
      assert.ok(x >= 0 && x < 1);
    }
  });
});

describe('k-means validity analysis', () => {
  it('recovers the five archetypes at k = 5 from answers with little noise', () => {
    const rows = syntheticRows(SAMPLE, { noise: 0.05, seed: 11 });
    const analysis = analyseValidity(rows);
    assert.deepEqual(analysis.solutions.map((s) => s.k), [4, 5, 6]);
    const five = analysis.solutions.find((s) => s.k === 5)!;
    assert.ok(five.ari > 0.9, `ARI vs profile ${five.ari}`);
    assert.equal(analysis.agreement!.ari, five.ari);
    // Clusters and archetypes, not only the scored profiles.
    const byArchetype = analyseValidity(rows.map((r) => ({ answers: r.answers, profile: r.archetype })));
    assert.ok(byArchetype.agreement!.ari > 0.9, `ARI vs archetype ${byArchetype.agreement!.ari}`);
    // Five clean groups explain most of the variance and are well separated.
    assert.ok(five.varianceExplained > 0.6, `variance explained ${five.varianceExplained}`);
    assert.ok(five.silhouette > 0.4, `silhouette ${five.silhouette}`);
    // Five is the best fit: a sixth cluster adds little, and separates worse.
    const six = analysis.solutions.find((s) => s.k === 6)!;
    assert.ok(six.varianceExplained - five.varianceExplained < 0.05);
    assert.ok(six.silhouette < five.silhouette);
  });

  it('keeps ARI above 0.7 at a moderate noise (answers flipped with chance 0.15)', () => {
    const five = analyseValidity(syntheticRows(SAMPLE, { noise: 0.15, seed: 12 })).agreement!;
    assert.ok(five.ari > 0.7, `ARI ${five.ari}`);
  });

  it('loses the archetypes when the noise is high', () => {
    const low = analyseValidity(syntheticRows(SAMPLE, { noise: 0.05, seed: 13 }));
    const high = analyseValidity(syntheticRows(SAMPLE, { noise: 0.4, seed: 13 }));
    const [lowFive, highFive] = [low, high].map((a) => a.solutions.find((s) => s.k === 5)!);
    assert.ok(highFive.ari < 0.3, `ARI at high noise ${highFive.ari}`);
    assert.ok(highFive.ari < lowFive.ari - 0.5);
    assert.ok(highFive.varianceExplained < lowFive.varianceExplained);
    assert.ok(highFive.silhouette < lowFive.silhouette);
  });

  it('gives the same result with the same seed', () => {
    const rows = syntheticRows(200, { noise: 0.2, seed: 14 });
    assert.deepEqual(analyseValidity(rows, { seed: 3 }), analyseValidity(rows, { seed: 3 }));
  });

  it('keeps the best of its seeded starts', () => {
    const vectors = toVectors(syntheticRows(SAMPLE, { noise: 0.25, seed: 15 }));
    const single = Array.from({ length: 10 }, (_, i) => bestKMeans(vectors, 5, { seed: 100 + i, restarts: 1 }).withinSS);
    const best = bestKMeans(vectors, 5, { seed: 100, restarts: 10 });
    assert.equal(best.withinSS, Math.min(...single));
    assert.equal(best.withinSS, withinSumOfSquares(vectors, best.labels));
  });

  it('numbers clusters by size, largest first, and its cross table adds up', () => {
    const rows = syntheticRows(SAMPLE, { noise: 0.1, seed: 16 });
    const analysis = analyseValidity(rows, { profileOrder: PROFILE_IDS });
    for (const s of analysis.solutions) {
      assert.deepEqual(s.sizes, [...s.sizes].sort((a, b) => b - a));
      assert.equal(s.sizes.reduce((a, b) => a + b, 0), rows.length);
    }
    const { table } = analysis.agreement!;
    assert.deepEqual(table.profiles, [...PROFILE_IDS]);
    const five = analysis.solutions.find((s) => s.k === 5)!;
    table.counts.forEach((counts, c) => assert.equal(counts.reduce((a, b) => a + b, 0), five.sizes[c]));
    PROFILE_IDS.forEach((p, j) =>
      assert.equal(table.counts.reduce((sum, counts) => sum + counts[j], 0), rows.filter((r) => r.profile === p).length),
    );
  });

  it('skips a k for which there are too few distinct answer patterns', () => {
    const patterns = archetypePatterns();
    const rows = Array.from({ length: 60 }, (_, i) => {
      const p = PROFILE_IDS[i % 4];
      return { answers: patterns[p], profile: p };
    });
    const analysis = analyseValidity(rows);
    assert.deepEqual(analysis.solutions.map((s) => s.k), [4]);
    assert.deepEqual(analysis.skipped.map((s) => s.k), [5, 6]);
    assert.equal(analysis.agreement, null);
    assert.equal(analysis.solutions[0].ari, 1);
  });

  it('computes the silhouette on a seeded sample above the sample size', () => {
    const rows = syntheticRows(600, { noise: 0.1, seed: 17 });
    const sampled = analyseValidity(rows, { silhouetteSampleSize: 300, ks: [5] });
    const full = analyseValidity(rows, { ks: [5] });
    assert.equal(sampled.solutions[0].silhouetteRows, 300);
    assert.equal(full.solutions[0].silhouetteRows, 600);
    assert.ok(Math.abs(sampled.solutions[0].silhouette - full.solutions[0].silhouette) < 0.05);
  });

  it('builds a cross table with unknown profiles after the given order', () => {
    const table = crossTable([0, 0, 1, 1], ['groei', 'x', 'groei', 'basis'], 2, ['basis', 'groei']);
    assert.deepEqual(table.profiles, ['basis', 'groei', 'x']);
    assert.deepEqual(table.counts, [[0, 1, 1], [1, 1, 0]]);
  });
});
