/**
 * The report's validity analysis, re-run on collected answers (pure, no I/O): k-means on the 20
 * yes/no items for several k, the share of variance the clusters explain, the mean silhouette,
 * and how well the clusters agree with the profile the scoring key gave each row.
 */
import { kmeans } from 'ml-kmeans';

import { seededRandom } from './random.ts';
import { adjustedRandIndex, meanSilhouette, totalSumOfSquares, withinSumOfSquares } from './metrics.ts';

/** One collected submission as the analysis needs it: 20 answers in statement order, and the profile shown. */
export interface ValidityRow {
  answers: readonly boolean[];
  profile: string;
}

export interface AnalysisOptions {
  /** Cluster counts to compare. Default [4, 5, 6], as in the report. */
  ks?: readonly number[];
  /** The k whose clusters are set against the profiles in the cross table. Default 5. */
  agreementK?: number;
  /** Seed of the first initialisation; restart i uses seed + i. Default 1. */
  seed?: number;
  /** Seeded k-means++ initialisations per k; the one with the least within-cluster sum of squares is kept. Default 20. */
  restarts?: number;
  /** The silhouette is O(n²): above this many rows it is computed on a seeded sample of this size. Default 4000. */
  silhouetteSampleSize?: number;
  /** Profile ids in the order the cross table shows them. Default: in order of first appearance. */
  profileOrder?: readonly string[];
}

/** The chosen k-means solution for one k. */
export interface ClusterSolution {
  k: number;
  /** Cluster per row, 0 … k-1, numbered by size (0 = largest; equal sizes by first row). */
  labels: number[];
  /** Rows per cluster, by the same numbering. */
  sizes: number[];
  /** Cluster centres: per cluster, the share of "yes" per statement. */
  centroids: number[][];
  withinSS: number;
  /** 1 − within SS / total SS. */
  varianceExplained: number;
  /** Mean silhouette width, Euclidean distance. */
  silhouette: number;
  /** Rows the silhouette was computed on (all rows, or the sample). */
  silhouetteRows: number;
  /** Adjusted Rand index between these clusters and the rows' profiles. */
  ari: number;
  /** Mean Euclidean distance between two cluster centres. */
  meanCentroidDistance: number;
}

/** Clusters × profiles: how many rows of each cluster got each profile. */
export interface CrossTable {
  k: number;
  profiles: string[];
  /** counts[cluster][profileIndex] */
  counts: number[][];
}

export interface ValidityAnalysis {
  n: number;
  totalSS: number;
  solutions: ClusterSolution[];
  /** Solutions that could not be computed (fewer distinct answer patterns than k). */
  skipped: { k: number; reason: string }[];
  agreement: { k: number; ari: number; table: CrossTable } | null;
}

/** The rows' answers as 0/1 vectors. */
export function toVectors(rows: readonly ValidityRow[]): number[][] {
  return rows.map((row) => row.answers.map((answer) => (answer ? 1 : 0)));
}

const distinctCount = (vectors: readonly number[][]): number => new Set(vectors.map((v) => v.join(''))).size;

/**
 * K-means with several seeded k-means++ starts; keeps the start with the least within-cluster
 * sum of squares (the first of equals), so the same seed always gives the same clusters.
 * Clusters are renumbered by size so their numbers do not depend on the start.
 */
export function bestKMeans(
  vectors: number[][],
  k: number,
  { seed = 1, restarts = 20 }: { seed?: number; restarts?: number } = {},
): { labels: number[]; centroids: number[][]; withinSS: number } {
  if (distinctCount(vectors) < k) throw new RangeError(`fewer than ${k} distinct answer patterns`);
  let best: { labels: number[]; centroids: number[][]; withinSS: number } | null = null;
  for (let i = 0; i < restarts; i++) {
    const result = kmeans(vectors, k, { seed: seed + i, initialization: 'kmeans++', maxIterations: 300 });
    const withinSS = withinSumOfSquares(vectors, result.clusters);
    if (!best || withinSS < best.withinSS - 1e-9) best = { labels: result.clusters, centroids: result.centroids, withinSS };
  }
  return renumberBySize(best!, k);
}

/** Cluster 0 becomes the largest; equal sizes keep the order of their first row. */
function renumberBySize(
  solution: { labels: number[]; centroids: number[][]; withinSS: number },
  k: number,
): { labels: number[]; centroids: number[][]; withinSS: number } {
  const sizes = new Array<number>(k).fill(0);
  const firstRow = new Array<number>(k).fill(Infinity);
  solution.labels.forEach((label, row) => {
    sizes[label]++;
    firstRow[label] = Math.min(firstRow[label], row);
  });
  const order = [...Array(k).keys()].sort((a, b) => sizes[b] - sizes[a] || firstRow[a] - firstRow[b]);
  const newLabel = new Array<number>(k);
  order.forEach((old, position) => (newLabel[old] = position));
  return {
    labels: solution.labels.map((label) => newLabel[label]),
    centroids: order.map((old) => solution.centroids[old]),
    withinSS: solution.withinSS,
  };
}

/** Rows × profiles contingency table. */
export function crossTable(labels: readonly number[], profiles: readonly string[], k: number, order: readonly string[]): CrossTable {
  const columns = [...order, ...[...new Set(profiles)].filter((p) => !order.includes(p))];
  const counts = Array.from({ length: k }, () => new Array<number>(columns.length).fill(0));
  labels.forEach((label, row) => counts[label][columns.indexOf(profiles[row])]++);
  return { k, profiles: columns, counts };
}

/** A seeded sample of `size` distinct row indices (partial Fisher–Yates), in ascending order. */
function sampleIndices(n: number, size: number, seed: number): number[] {
  const indices = [...Array(n).keys()];
  const next = seededRandom(seed);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(next() * (n - i));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices.slice(0, size).sort((a, b) => a - b);
}

function meanPairwiseDistance(points: readonly number[][]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      sum += Math.sqrt(points[i].reduce((s, x, d) => s + (x - points[j][d]) ** 2, 0));
      pairs++;
    }
  }
  return pairs ? sum / pairs : 0;
}

/**
 * Runs the analysis for every k: clusters, variance explained, mean silhouette, ARI against the
 * profiles, and the cross table for `agreementK`.
 * @throws {RangeError} when there are fewer than two rows or the rows' answer counts differ.
 */
export function analyseValidity(rows: readonly ValidityRow[], options: AnalysisOptions = {}): ValidityAnalysis {
  const { ks = [4, 5, 6], agreementK = 5, seed = 1, restarts = 20, silhouetteSampleSize = 4000 } = options;
  if (rows.length < 2) throw new RangeError('the analysis needs at least two rows');
  const width = rows[0].answers.length;
  if (rows.some((row) => row.answers.length !== width)) throw new RangeError('every row must have the same number of answers');

  const vectors = toVectors(rows);
  const profiles = rows.map((row) => row.profile);
  const totalSS = totalSumOfSquares(vectors);
  const sample = rows.length > silhouetteSampleSize ? sampleIndices(rows.length, silhouetteSampleSize, seed) : null;

  const solutions: ClusterSolution[] = [];
  const skipped: { k: number; reason: string }[] = [];
  for (const k of ks) {
    if (distinctCount(vectors) < k) {
      skipped.push({ k, reason: `fewer than ${k} distinct answer patterns` });
      continue;
    }
    const { labels, centroids, withinSS } = bestKMeans(vectors, k, { seed, restarts });
    const sizes = new Array<number>(k).fill(0);
    for (const label of labels) sizes[label]++;
    const silhouette = sample
      ? meanSilhouette(sample.map((i) => vectors[i]), sample.map((i) => labels[i]))
      : meanSilhouette(vectors, labels);
    solutions.push({
      k,
      labels,
      sizes,
      centroids,
      withinSS,
      varianceExplained: totalSS > 0 ? 1 - withinSS / totalSS : 0,
      silhouette,
      silhouetteRows: sample ? sample.length : rows.length,
      ari: adjustedRandIndex(labels, profiles),
      meanCentroidDistance: meanPairwiseDistance(centroids),
    });
  }

  const chosen = solutions.find((s) => s.k === agreementK);
  const order = options.profileOrder ?? [...new Set(profiles)];
  return {
    n: rows.length,
    totalSS,
    solutions,
    skipped,
    agreement: chosen
      ? { k: chosen.k, ari: chosen.ari, table: crossTable(chosen.labels, profiles, chosen.k, order) }
      : null,
  };
}
