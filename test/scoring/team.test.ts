import { expect } from '@open-wc/testing';
import { compareResults, readPastedCodes, teamResult } from '../../src/scoring/team.js';
import { encodeAdvice, encodeResult, instrument, PROFILE_IDS, score, STATEMENT_IDS, type ProfileId } from '../../src/scoring/index.js';

const yesTo = (...ids: string[]) => Object.fromEntries(STATEMENT_IDS.map((id) => [id, ids.includes(id)]));

describe('the team: several results by the report’s method', () => {
  it('pools everyone’s points, then divides by all points (computed by hand from the key)', () => {
    const people = [yesTo('Visie_1', 'Aanbod_3'), yesTo(), yesTo(...STATEMENT_IDS)];
    // By hand: for every person and statement, the profiles its answer gives a point.
    const expected = Object.fromEntries(PROFILE_IDS.map((p) => [p, 0])) as Record<ProfileId, number>;
    for (const answers of people) {
      for (const item of instrument.scoringKey.items) for (const p of answers[item.statement] ? item.yes : item.no) expected[p]++;
    }
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    const team = teamResult(people);
    expect(team.points).to.deep.equal(expected);
    expect(team.total).to.equal(total);
    for (const p of PROFILE_IDS) expect(team.relative[p]).to.be.closeTo(expected[p] / total, 1e-12);
    const best = Math.max(...Object.values(expected));
    expect(team.dominant).to.deep.equal(PROFILE_IDS.filter((p) => expected[p] === best));
    // Not the average of the shares: each person's points weigh as many as they are.
    expect(team.people.map((r) => r.dominant)).to.deep.equal(people.map((a) => score(a).dominant));
  });

  it('lists the statements the team is split on, most split first', () => {
    const team = teamResult([yesTo('Visie_1', 'Aanbod_3'), yesTo('Visie_1'), yesTo('Aanbod_3', 'Talent_1'), yesTo('Visie_1', 'Aanbod_3')]);
    // Visie_1: 3 ja / 1 nee; Aanbod_3: 3 / 1; Talent_1: 1 / 3 — all split by one; nothing 2/2.
    expect(team.split.map((s) => s.statement).sort()).to.deep.equal(['Aanbod_3', 'Talent_1', 'Visie_1']);
    const even = teamResult([yesTo('Regie_1'), yesTo(), yesTo('Regie_1', 'LKB_1'), yesTo()]);
    expect(even.split[0]).to.deep.equal({ statement: 'Regie_1', yes: 2, no: 2 });
    expect(even.split[1]).to.deep.equal({ statement: 'LKB_1', yes: 1, no: 3 });
  });

  it('reads pasted links and codes: results kept, duplicates recognised, invalid ones named', () => {
    const a = encodeResult({ answers: yesTo('Visie_1'), unit: 'team' });
    const b = encodeResult({ answers: yesTo('Talent_1'), unit: 'afdeling', challenge: '3' });
    const pasted = readPastedCodes(
      `https://partner.example/scan?x=1#informeel-leren=${a}\n${b}.${'AwAAAAAAAAAD'}\n${a}, nonsense ${encodeAdvice({ challenge: '2' })}`,
      [],
    );
    expect(pasted.results.map((r) => r.code)).to.deep.equal([a]);
    // b's plan part is made-up and fails its checksum: named, not kept.
    expect(pasted.invalid.map((i) => i.reason)).to.include('invalid').and.to.include('not-a-result');
    expect(pasted.duplicates).to.deep.equal([a]);
    const again = readPastedCodes(`${b} ${a}`, [a]);
    expect(again.results.map((r) => r.code)).to.deep.equal([b]);
    expect(again.duplicates).to.deep.equal([a]);
  });

  it('compares a result with an earlier one: change per profile, changed answers with "nee → ja" first', () => {
    const then = yesTo('Visie_1');
    const now = yesTo('Aanbod_3', 'Talent_1');
    const comparison = compareResults(then, now);
    for (const p of PROFILE_IDS) expect(comparison.change[p]).to.be.closeTo(score(now).relative[p] - score(then).relative[p], 1e-12);
    expect(comparison.changed).to.deep.equal([
      { statement: 'Aanbod_3', now: true },
      { statement: 'Talent_1', now: true },
      { statement: 'Visie_1', now: false },
    ]);
  });
});
