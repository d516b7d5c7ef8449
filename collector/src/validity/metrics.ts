/**
 * Cluster quality measures (pure): sums of squares, mean silhouette width and the adjusted Rand
 * index. No small, maintained npm package offers both silhouette and ARI, so they are written
 * here, each after its textbook definition and tested on hand-computed examples.
 */

const squaredDistance = (a: readonly number[], b: readonly number[]): number => {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += (a[d] - b[d]) ** 2;
  return sum;
};

function mean(points: readonly (readonly number[])[]): number[] {
  const centre = new Array<number>(points[0]?.length ?? 0).fill(0);
  for (const p of points) p.forEach((x, d) => (centre[d] += x));
  return centre.map((x) => x / points.length);
}

/** Sum of squared distances of all points to their overall mean. */
export function totalSumOfSquares(points: readonly (readonly number[])[]): number {
  if (!points.length) return 0;
  const centre = mean(points);
  return points.reduce((sum, p) => sum + squaredDistance(p, centre), 0);
}

/** Sum of squared distances of each point to the mean of its own cluster. */
export function withinSumOfSquares(points: readonly (readonly number[])[], labels: readonly number[]): number {
  const groups = new Map<number, (readonly number[])[]>();
  points.forEach((p, i) => {
    const group = groups.get(labels[i]);
    if (group) group.push(p);
    else groups.set(labels[i], [p]);
  });
  let sum = 0;
  for (const group of groups.values()) sum += totalSumOfSquares(group);
  return sum;
}

/** Share of the total sum of squares that lies between the clusters: 1 − within SS / total SS. */
export function varianceExplained(points: readonly (readonly number[])[], labels: readonly number[]): number {
  const total = totalSumOfSquares(points);
  return total > 0 ? 1 - withinSumOfSquares(points, labels) / total : 0;
}

/**
 * Mean silhouette width with Euclidean distance (Rousseeuw 1987). For each point, a is its mean
 * distance to the other points of its cluster and b the smallest mean distance to another
 * cluster; s = (b − a) / max(a, b). A point alone in its cluster gets s = 0 (as in scikit-learn).
 * @throws {RangeError} unless there are at least 2 clusters and fewer clusters than points.
 */
export function meanSilhouette(points: readonly (readonly number[])[], labels: readonly number[]): number {
  const clusterIds = [...new Set(labels)];
  const n = points.length;
  if (clusterIds.length < 2 || clusterIds.length >= n) {
    throw new RangeError(`the silhouette needs 2 to n-1 clusters; got ${clusterIds.length} for ${n} points`);
  }
  const index = new Map(clusterIds.map((id, i) => [id, i]));
  const cluster = labels.map((label) => index.get(label)!);
  const sizes = new Array<number>(clusterIds.length).fill(0);
  for (const c of cluster) sizes[c]++;

  let total = 0;
  const distanceSums = new Array<number>(clusterIds.length);
  for (let i = 0; i < n; i++) {
    distanceSums.fill(0);
    for (let j = 0; j < n; j++) {
      if (j !== i) distanceSums[cluster[j]] += Math.sqrt(squaredDistance(points[i], points[j]));
    }
    const own = cluster[i];
    if (sizes[own] === 1) continue;
    const a = distanceSums[own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < clusterIds.length; c++) {
      if (c !== own && sizes[c] > 0) b = Math.min(b, distanceSums[c] / sizes[c]);
    }
    const spread = Math.max(a, b);
    total += spread > 0 ? (b - a) / spread : 0;
  }
  return total / n;
}

const pairs = (m: number): number => (m * (m - 1)) / 2;

/**
 * Adjusted Rand index (Hubert & Arabie 1985) between two labelings of the same items: 1 for the
 * same partition, about 0 for chance agreement, negative below chance. Labels of any type.
 * Two trivial partitions (each all one group, or each all singletons) count as identical: 1.
 */
export function adjustedRandIndex<A, B>(first: readonly A[], second: readonly B[]): number {
  if (first.length !== second.length) throw new RangeError('both labelings must cover the same items');
  const n = first.length;
  const cells = new Map<string, number>();
  const rowSums = new Map<A, number>();
  const columnSums = new Map<B, number>();
  const firstIds = new Map<A, number>();
  const secondIds = new Map<B, number>();
  for (let i = 0; i < n; i++) {
    if (!firstIds.has(first[i])) firstIds.set(first[i], firstIds.size);
    if (!secondIds.has(second[i])) secondIds.set(second[i], secondIds.size);
    const cell = `${firstIds.get(first[i])}|${secondIds.get(second[i])}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    rowSums.set(first[i], (rowSums.get(first[i]) ?? 0) + 1);
    columnSums.set(second[i], (columnSums.get(second[i]) ?? 0) + 1);
  }
  let index = 0;
  for (const count of cells.values()) index += pairs(count);
  let rowPairs = 0;
  for (const count of rowSums.values()) rowPairs += pairs(count);
  let columnPairs = 0;
  for (const count of columnSums.values()) columnPairs += pairs(count);
  const expected = n > 1 ? (rowPairs * columnPairs) / pairs(n) : 0;
  const maximum = (rowPairs + columnPairs) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}
