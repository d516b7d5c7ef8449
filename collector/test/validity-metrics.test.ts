/** Cluster quality measures on examples small enough to compute by hand. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  adjustedRandIndex,
  meanSilhouette,
  totalSumOfSquares,
  varianceExplained,
  withinSumOfSquares,
} from '../src/validity/metrics.ts';

const close = (actual: number, expected: number, message?: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${message ?? ''} expected ${expected}, got ${actual}`);

describe('sums of squares and variance explained', () => {
  // Four points on a line, two tight pairs: mean 2.5, total SS 6.25 + 2.25 + 2.25 + 6.25 = 17;
  // each pair's mean is 0.5 or 4.5 away from two points, so within SS = 4 × 0.25 = 1.
  const points = [[0], [1], [4], [5]];
  it('computes total and within SS', () => {
    close(totalSumOfSquares(points), 17);
    close(withinSumOfSquares(points, [0, 0, 1, 1]), 1);
    close(withinSumOfSquares(points, [0, 1, 0, 1]), 16);
  });
  it('is 1 − within / total', () => {
    close(varianceExplained(points, [0, 0, 1, 1]), 16 / 17);
    close(varianceExplained(points, [7, 7, 7, 7]), 0, 'one cluster explains nothing:');
    close(varianceExplained(points, [0, 1, 2, 3]), 1, 'every point its own cluster explains all:');
  });
  it('works in several dimensions (0/1 answers)', () => {
    // Centre (0.5, 0.5, 0): each of the four points is 0.5 away in two dimensions: 4 × 0.5 = 2.
    const answers = [[0, 0, 0], [1, 1, 0], [0, 1, 0], [1, 0, 0]];
    close(totalSumOfSquares(answers), 2);
    // Clusters {000, 010} and {110, 100}: each point 0.5 from its centre in one dimension.
    close(withinSumOfSquares(answers, [0, 1, 0, 1]), 1);
  });
});

describe('mean silhouette (Euclidean)', () => {
  it('matches a hand computation', () => {
    // Point 0: a = 1, b = (4 + 5) / 2 = 4.5, s = 7/9; point 1: a = 1, b = 3.5, s = 5/7; the
    // other pair mirrors it. Mean = (7/9 + 5/7) / 2 = 47/63.
    close(meanSilhouette([[0], [1], [4], [5]], [0, 0, 1, 1]), 47 / 63);
  });
  it('gives a point alone in its cluster 0', () => {
    // s(0) = 1 − 1/10 = 0.9, s(1) = 1 − 1/9 = 8/9, s(10) = 0 (singleton).
    close(meanSilhouette([[0], [1], [10]], [0, 0, 1]), (0.9 + 8 / 9) / 3);
  });
  it('is negative for a grouping against the structure', () => {
    // Point 0: a = 5 (to 5), b = mean(1, 6) = 3.5: s = (3.5 − 5) / 5 = −0.3. By symmetry of the
    // line, every point's silhouette is negative.
    const s = meanSilhouette([[0], [1], [5], [6]], [0, 1, 0, 1]);
    assert.ok(s < 0, `expected < 0, got ${s}`);
  });
  it('uses Euclidean distance in several dimensions', () => {
    // Clusters {(0,0), (0,1)} and {(3,0), (3,1)}: a = 1; b = (3 + √10) / 2 for every point.
    const b = (3 + Math.sqrt(10)) / 2;
    close(meanSilhouette([[0, 0], [0, 1], [3, 0], [3, 1]], [5, 5, 9, 9]), (b - 1) / b);
  });
  it('refuses one cluster or as many clusters as points', () => {
    assert.throws(() => meanSilhouette([[0], [1]], [0, 0]), RangeError);
    assert.throws(() => meanSilhouette([[0], [1]], [0, 1]), RangeError);
  });
});

describe('adjusted Rand index', () => {
  it('is 1 for the same partition under other names', () => {
    close(adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0]), 1);
    close(adjustedRandIndex([0, 0, 1, 2], ['b', 'b', 'a', 'c']), 1);
  });
  it('matches hand-computed values', () => {
    // Cells 2,1,1: Σ C(n_ij, 2) = 1; rows 2,1,1 → 1 pair; columns 2,2 → 2 pairs; expected
    // 1 × 2 / C(4, 2) = 1/3; maximum (1 + 2) / 2 = 1.5: ARI = (1 − 1/3) / (1.5 − 1/3) = 4/7.
    close(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1]), 4 / 7);
    // Every cell 1: index 0, expected 2 × 2 / 6 = 2/3, maximum 2: ARI = −(2/3) / (4/3) = −0.5.
    close(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1]), -0.5);
    // One group against all singletons: index 0, expected 0, maximum 3: ARI = 0.
    close(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3]), 0);
  });
  it('is symmetric', () => {
    const a = [0, 0, 1, 1, 2, 2, 2, 0];
    const b = ['x', 'y', 'y', 'y', 'z', 'z', 'x', 'x'];
    close(adjustedRandIndex(a, b), adjustedRandIndex(b, a));
  });
  it('refuses labelings of different lengths', () => {
    assert.throws(() => adjustedRandIndex([0, 1], [0]), RangeError);
  });
});
