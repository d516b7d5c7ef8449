import { expect } from '@open-wc/testing';
import { newSeed, seededShuffle, STATEMENT_IDS } from '../../src/scoring/index.js';

describe('seededShuffle()', () => {
  it('gives the same order for the same seed', () => {
    expect(seededShuffle(STATEMENT_IDS, 42)).to.deep.equal(seededShuffle(STATEMENT_IDS, 42));
  });

  it('keeps every item exactly once and leaves the input alone', () => {
    const input = [...STATEMENT_IDS];
    const shuffled = seededShuffle(input, 1234567);
    expect([...shuffled].sort()).to.deep.equal([...STATEMENT_IDS].sort());
    expect(input).to.deep.equal([...STATEMENT_IDS]);
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => seededShuffle(STATEMENT_IDS, seed).join()));
    expect(orders.size).to.be.greaterThan(15);
  });

  it('puts each statement first about equally often', () => {
    const firsts = new Map<string, number>();
    for (let seed = 0; seed < 4000; seed++) {
      const first = seededShuffle(STATEMENT_IDS, seed * 2654435761)[0];
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    expect(firsts.size).to.equal(20);
    for (const count of firsts.values()) expect(count).to.be.within(120, 290);
  });

  it('newSeed() gives a 32-bit unsigned integer', () => {
    const seed = newSeed();
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).to.equal(true);
  });
});
