/**
 * A small, fast, seedable generator (the widget's own mulberry32), so synthetic rows and samples
 * repeat from run to run: returns a function giving floats in [0, 1). Not for anything that must
 * be unpredictable.
 */
export { mulberry32 as seededRandom } from '../../../src/scoring/shuffle.ts';
