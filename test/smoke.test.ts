import { expect } from '@open-wc/testing';
import { score, STATEMENT_IDS } from '../src/scoring/index.js';

it('scores', () => {
  const r = score(Object.fromEntries(STATEMENT_IDS.map((id) => [id, true])));
  expect(r.total).to.be.greaterThan(0);
});
