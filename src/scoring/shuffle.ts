/**
 * mulberry32: a small, well-known 32-bit PRNG, giving floats in [0, 1) that repeat for a seed;
 * good enough to order 20 statements (and for the collector's synthetic rows). Not for secrets.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new random seed for {@link seededShuffle}. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

/**
 * Fisher–Yates shuffle driven by a seed: the same seed always gives the same order,
 * so one user sees the statements in one stable order across reloads.
 */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
