#!/usr/bin/env node
// How the scoring key behaves: scores every one of the 2^20 answer patterns with the real scoring
// module (the built package in lib/, so run `npm run build:npm` first; `npm run key:analysis` does).
//
//   node scripts/key-analysis.js                 the key in content/instrument.json
//   node scripts/key-analysis.js other.json      the same, side by side with the key in other.json
//
// For p(yes) = 0.3, 0.5 and 0.7 (each pattern weighted by its probability when every answer is
// "ja" with that probability): each profile's outright wins, its share when a tie counts 1/n for
// each of the n tied profiles, and the tie rate. Then, for the typical answer pattern of each
// profile (test/scoring/profile-patterns.json, written from the profile descriptions): whether it
// classifies to its profile, and how often it still does with 2 or 4 answers flipped (every one of
// the 190 or 4845 ways, so no sampling) or with every answer flipped with probability 10, 20 or
// 30 % (weighted over all 2^20 patterns). Last, how often two profiles tie, and how many points
// each profile can collect at all and on its own.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
export const P_YES = [0.3, 0.5, 0.7];
export const FLIPS = [2, 4];
export const FLIP_RATES = [0.1, 0.2, 0.3];

/** The scoring module from the built package. */
export async function loadScoring() {
  try {
    return await import(new URL('lib/src/scoring/index.js', root).href);
  } catch (error) {
    throw new Error(`lib/src/scoring is missing or broken: run \`npm run build:npm\` first (${error.message})`);
  }
}

/** The typical answer pattern per profile, as a pattern index (bit i = answer to statement i). */
export function typicalPatterns(statements) {
  const patterns = JSON.parse(readFileSync(new URL('test/scoring/profile-patterns.json', root), 'utf8'));
  return Object.fromEntries(
    Object.entries(patterns).map(([profile, { yes }]) => {
      for (const id of yes) if (!statements.includes(id)) throw new Error(`pattern ${profile}: unknown statement ${id}`);
      return [profile, statements.reduce((index, id, i) => (yes.includes(id) ? index | (1 << i) : index), 0)];
    }),
  );
}

/** The scoring key of an instrument.json, checked against the instrument the module was built with. */
export function readKey(path, scoring) {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  const key = data.scoringKey;
  if (!key || !Array.isArray(key.items)) throw new Error(`${path} has no scoringKey.items`);
  const keyed = key.items.map((item) => item.statement).sort();
  if (keyed.join() !== [...scoring.STATEMENT_IDS].sort().join()) {
    throw new Error(`${path}: the key must have one row for each of the ${scoring.STATEMENT_IDS.length} statements`);
  }
  return key;
}

const popcount = (n) => {
  let count = 0;
  for (; n; n &= n - 1) count++;
  return count;
};

/**
 * The dominant profiles of every answer pattern: entry i is a bit mask over the profiles
 * (bit j = PROFILE_IDS[j] is dominant) for the pattern whose bit s is the answer to statement s.
 */
export function classifyAll(scoring, key) {
  const { STATEMENT_IDS: statements, PROFILE_IDS: profiles } = scoring;
  const count = 1 << statements.length;
  const masks = new Uint8Array(count);
  const answers = {};
  for (let pattern = 0; pattern < count; pattern++) {
    statements.forEach((id, i) => (answers[id] = (pattern & (1 << i)) !== 0));
    const { dominant } = scoring.score(answers, key);
    let mask = 0;
    for (const profile of dominant) mask |= 1 << profiles.indexOf(profile);
    masks[pattern] = mask;
  }
  return masks;
}

/** Probability weight of a pattern with `hits` of `n` answers being a "hit" at rate q. */
const weights = (n, q) => Array.from({ length: n + 1 }, (_, hits) => q ** hits * (1 - q) ** (n - hits));

/** Outright wins, shares (a tie counts 1/n) and tie rate per profile at p(yes) = p. */
export function shares(masks, profiles, statementCount, p) {
  const w = weights(statementCount, p);
  const outright = new Array(profiles.length).fill(0);
  const share = new Array(profiles.length).fill(0);
  let ties = 0;
  for (let pattern = 0; pattern < masks.length; pattern++) {
    const weight = w[popcount(pattern)];
    const mask = masks[pattern];
    const tied = popcount(mask);
    if (tied > 1) ties += weight;
    for (let j = 0; j < profiles.length; j++) {
      if (!(mask & (1 << j))) continue;
      share[j] += weight / tied;
      if (tied === 1) outright[j] += weight;
    }
  }
  return {
    outright: Object.fromEntries(profiles.map((profile, j) => [profile, outright[j]])),
    share: Object.fromEntries(profiles.map((profile, j) => [profile, share[j]])),
    ties,
  };
}

/** Share of `profile` for one pattern: 1 if it alone is dominant, 1/n in an n-way tie, else 0. */
const shareOf = (mask, bit) => (mask & bit ? 1 / popcount(mask) : 0);

/** All subsets of k out of n positions, as bit masks. */
function subsets(n, k, from = 0, mask = 0, into = []) {
  if (k === 0) into.push(mask);
  else for (let i = from; i <= n - k; i++) subsets(n, k - 1, i + 1, mask | (1 << i), into);
  return into;
}

/** How firmly a pattern classifies to its profile, and how much of that survives flipped answers. */
export function robustness(masks, profileIndex, pattern, statementCount) {
  const bit = 1 << profileIndex;
  const own = shareOf(masks[pattern], bit);
  const flips = Object.fromEntries(
    FLIPS.map((k) => {
      const all = subsets(statementCount, k);
      return [k, all.reduce((sum, flip) => sum + shareOf(masks[pattern ^ flip], bit), 0) / all.length];
    }),
  );
  const rates = Object.fromEntries(
    FLIP_RATES.map((q) => {
      const w = weights(statementCount, q);
      let sum = 0;
      for (let other = 0; other < masks.length; other++) {
        if (masks[other] & bit) sum += w[popcount(other ^ pattern)] * shareOf(masks[other], bit);
      }
      return [q, sum];
    }),
  );
  return { own, flips, rates };
}

/** How often two profiles are both among the dominant ones, at p(yes) = p, per pair "a + b". */
export function pairTies(masks, profiles, statementCount, p) {
  const w = weights(statementCount, p);
  const result = {};
  profiles.forEach((a, i) =>
    profiles.slice(i + 1).forEach((b, k) => {
      const both = (1 << i) | (1 << (i + 1 + k));
      let sum = 0;
      for (let pattern = 0; pattern < masks.length; pattern++) {
        if ((masks[pattern] & both) === both) sum += w[popcount(pattern)];
      }
      result[`${a} + ${b}`] = sum;
    }),
  );
  return result;
}

/** Everything the report prints, for one key. */
export function analyseKey(scoring, key) {
  const { STATEMENT_IDS: statements, PROFILE_IDS: profiles } = scoring;
  const masks = classifyAll(scoring, key);
  const patterns = typicalPatterns(statements);
  return {
    shares: Object.fromEntries(P_YES.map((p) => [p, shares(masks, profiles, statements.length, p)])),
    pairTies: pairTies(masks, profiles, statements.length, 0.5),
    robustness: Object.fromEntries(
      profiles.map((profile, j) => [profile, robustness(masks, j, patterns[profile], statements.length)]),
    ),
    reachable: Object.fromEntries(
      profiles.map((profile) => [
        profile,
        key.items.filter((item) => item.yes.includes(profile) || item.no.includes(profile)).length,
      ]),
    ),
    // Answers that give a point to this profile alone.
    own: Object.fromEntries(
      profiles.map((profile) => [
        profile,
        key.items.filter((item) => [item.yes, item.no].some((side) => side.length === 1 && side[0] === profile)).length,
      ]),
    ),
  };
}

const pct = (value) => `${(100 * value).toFixed(1)} %`;
const pad = (text, width) => String(text).padStart(width);
const label = (text) => text.padEnd(22);

/** The report as text; with more than one key, their columns side by side (A, B, …). */
export function report(profiles, analyses) {
  const lines = ['Scoring key analysis: all 2^20 answer patterns, scored with lib/src/scoring'];
  for (const a of analyses) lines.push(`  ${a.name}: ${a.label}`);

  lines.push('', 'Dominant profile, each pattern weighted by its probability at p(yes)');
  lines.push('(outright: the only dominant profile; shared: a tie counts 1/n for each of the n tied profiles)');
  for (const p of P_YES) {
    const header = analyses.map((a) => pad(`${a.name} outright`, 12) + pad(`${a.name} shared`, 11)).join('');
    lines.push('', label(`p(yes) = ${p}`) + header);
    for (const profile of profiles) {
      const cells = analyses.map(({ result }) => {
        const { outright, share } = result.shares[p];
        return pad(pct(outright[profile]), 12) + pad(pct(share[profile]), 11);
      });
      lines.push(label(`  ${profile}`) + cells.join(''));
    }
    lines.push(label('  tie rate') + analyses.map(({ result }) => pad(pct(result.shares[p].ties), 12) + pad('', 11)).join(''));
  }

  const columns = ['own', ...FLIPS.map((k) => `${k} flipped`), ...FLIP_RATES.map((q) => `${100 * q} % each`)];
  lines.push('', 'Typical pattern of each profile (test/scoring/profile-patterns.json) still classified to it');
  lines.push('(exactly k answers flipped: all ways; q % each: every answer flipped with probability q; a tie counts 1/n)');
  lines.push('', label('') + pad('key', 3) + columns.map((c) => pad(c, 11)).join(''));
  for (const profile of profiles) {
    analyses.forEach(({ name, result }, i) => {
      const r = result.robustness[profile];
      const values = [r.own, ...FLIPS.map((k) => r.flips[k]), ...FLIP_RATES.map((q) => r.rates[q])];
      lines.push(label(i === 0 ? `  ${profile}` : '') + pad(name, 3) + values.map((v) => pad(pct(v), 11)).join(''));
    });
  }

  lines.push('', 'Tied for first place, by pair, at p(yes) = 0.5');
  lines.push('', ''.padEnd(44) + analyses.map((a) => pad(a.name, 9)).join(''));
  for (const pair of Object.keys(analyses[0].result.pairTies)) {
    lines.push(`  ${pair}`.padEnd(44) + analyses.map(({ result }) => pad(pct(result.pairTies[pair]), 9)).join(''));
  }

  lines.push('', 'Points a profile can collect: all (own: answers that give only this profile a point)');
  lines.push('', label('') + analyses.map((a) => pad(`${a.name} all`, 7) + pad(`${a.name} own`, 7)).join(''));
  for (const profile of profiles) {
    const cells = analyses.map(({ result }) => pad(result.reachable[profile], 7) + pad(result.own[profile], 7));
    lines.push(label(`  ${profile}`) + cells.join(''));
  }
  return lines.map((line) => line.trimEnd()).join('\n');
}

async function main() {
  const scoring = await loadScoring();
  const keys = [
    { label: 'content/instrument.json', path: fileURLToPath(new URL('content/instrument.json', root)) },
    ...process.argv.slice(2).map((path) => ({ label: path, path })),
  ];
  const analyses = keys.map(({ label, path }, i) => ({
    name: String.fromCharCode(65 + i),
    label,
    result: analyseKey(scoring, readKey(path, scoring)),
  }));
  console.log(report(scoring.PROFILE_IDS, analyses));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
