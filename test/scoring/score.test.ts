import { expect } from '@open-wc/testing';
import {
  actionsFor,
  challengeOfAction,
  CHALLENGE_IDS,
  instrument,
  isHighlight,
  PROFILE_IDS,
  score,
  ScoringError,
  STATEMENT_IDS,
  topActions,
  UnknownIdError,
  type Answers,
  type ScoringKey,
} from '../../src/scoring/index.js';
import patterns from './profile-patterns.json' with { type: 'json' };

const all = (value: boolean): Record<string, boolean> =>
  Object.fromEntries(STATEMENT_IDS.map((id) => [id, value]));

/** Answers "ja" for the listed statements and "nee" for the rest. */
const yesTo = (...ids: string[]): Answers => ({ ...all(false), ...Object.fromEntries(ids.map((id) => [id, true])) });

describe('score()', () => {
  it('all "ja": lerende organisatie leads with 8 of 29 points', () => {
    const result = score(all(true));
    expect(result.points).to.deep.equal({
      ambitie: 4,
      basis: 5,
      'employee-journey': 5,
      groei: 7,
      'lerende-organisatie': 8,
    });
    expect(result.total).to.equal(29);
    expect(result.relative['lerende-organisatie']).to.be.closeTo(8 / 29, 1e-12);
    expect(result.relative.ambitie).to.be.closeTo(4 / 29, 1e-12);
    expect(result.dominant).to.deep.equal(['lerende-organisatie']);
  });

  it('all "nee": ambitie leads with 4 of 11 points', () => {
    // ambitie: Visie_1, Visie_4, HR_Tools_1, Aanbod_4; basis: Strategisch_1, Aanbod_4, Regie_1;
    // employee journey: Strategisch_1, Aanbod_1, Aanbod_4; groei: Aanbod_1
    const result = score(all(false));
    expect(result.points).to.deep.equal({
      ambitie: 4,
      basis: 3,
      'employee-journey': 3,
      groei: 1,
      'lerende-organisatie': 0,
    });
    expect(result.total).to.equal(11);
    expect(result.relative.ambitie).to.be.closeTo(4 / 11, 1e-12);
    expect(result.relative['lerende-organisatie']).to.equal(0);
    expect(result.dominant).to.deep.equal(['ambitie']);
  });

  it('a mixed pattern, computed by hand', () => {
    // ja: Visie_1 (LO), Aanbod_5 (EJ), Talent_3 (ambitie), Regie_2 (EJ, LO)
    // nee elsewhere: Visie_4 (ambitie), HR_Tools_1 (ambitie), Strategisch_1 (basis, EJ), Aanbod_1 (EJ, groei),
    //                Aanbod_4 (ambitie, basis, EJ), Regie_1 (basis)
    const result = score(yesTo('Visie_1', 'Aanbod_5', 'Talent_3', 'Regie_2'));
    expect(result.points).to.deep.equal({
      ambitie: 4,
      basis: 3,
      'employee-journey': 5,
      groei: 1,
      'lerende-organisatie': 2,
    });
    expect(result.total).to.equal(15);
    expect(result.dominant).to.deep.equal(['employee-journey']);
  });

  it('a tie and a single winner, computed by hand', () => {
    // ja: LKB_2 (LO), Visie_3 (LO), Regie_2 (EJ, LO), Talent_1 (basis, groei)
    // ambitie: Visie_1, Visie_4, HR_Tools_1, Aanbod_4 nee = 4
    // basis: Talent_1 + Strategisch_1, Aanbod_4, Regie_1 nee = 4
    // EJ: Regie_2 + Strategisch_1, Aanbod_1, Aanbod_4 nee = 4
    // groei: Talent_1 + Aanbod_1 nee = 2; LO: LKB_2, Visie_3, Regie_2 = 3
    const result = score(yesTo('LKB_2', 'Visie_3', 'Regie_2', 'Talent_1'));
    expect(result.points).to.deep.equal({
      ambitie: 4,
      basis: 4,
      'employee-journey': 4,
      groei: 2,
      'lerende-organisatie': 3,
    });
    expect(result.dominant).to.deep.equal(['ambitie', 'basis', 'employee-journey']);
    // Visie_1, HR_Tools_1 and Aanbod_4 ja as well: LO 6, basis 4, EJ 4, groei 3, ambitie 1.
    const more = score(yesTo('LKB_2', 'Visie_3', 'Regie_2', 'Talent_1', 'Visie_1', 'HR_Tools_1', 'Aanbod_4'));
    expect(more.points).to.deep.equal({
      ambitie: 1,
      basis: 4,
      'employee-journey': 4,
      groei: 3,
      'lerende-organisatie': 6,
    });
    expect(more.dominant).to.deep.equal(['lerende-organisatie']);
  });

  it('relative scores add up to 1', () => {
    for (let n = 0; n < 50; n++) {
      const answers = Object.fromEntries(STATEMENT_IDS.map((id, i) => [id, ((n * 7919) >> i) % 2 === 1]));
      const { relative } = score(answers);
      const sum = PROFILE_IDS.reduce((s, p) => s + relative[p], 0);
      expect(sum).to.be.closeTo(1, 1e-9);
    }
  });

  it('throws a ScoringError that names the missing statements', () => {
    const answers = all(true);
    delete answers.Aanbod_3;
    delete answers.Regie_1;
    try {
      score(answers);
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(ScoringError);
      expect((error as ScoringError).missing).to.deep.equal(['Aanbod_3', 'Regie_1']);
      expect((error as ScoringError).message).to.contain('Aanbod_3');
    }
  });

  it('throws a ScoringError that names unknown statements and non-boolean answers', () => {
    const answers = { ...all(true), Visie_2: true, Talent_1: 'ja' } as unknown as Answers;
    try {
      score(answers);
      expect.fail('should throw');
    } catch (error) {
      expect((error as ScoringError).unknown).to.deep.equal(['Visie_2']);
      expect((error as ScoringError).missing).to.deep.equal(['Talent_1']);
    }
  });
});

describe('profile patterns written from the profile descriptions', () => {
  // One typical organisation per profile (profile-patterns.json, with the wording it rests on);
  // `npm run key:analysis` and test/node/scoring-key.node.test.js measure how firmly they hold.
  for (const profile of PROFILE_IDS) {
    it(`classifies a typical "${profile}" organisation as ${profile}`, () => {
      expect(score(yesTo(...patterns[profile].yes)).dominant).to.deep.equal([profile]);
    });
  }
});

describe('score() with another key', () => {
  const answers = yesTo('Visie_1', 'Visie_3', 'Aanbod_3');
  /** A key that has nothing to do with the profile descriptions: the scoring must simply follow it. */
  const swapped: ScoringKey = {
    source: 'test',
    items: STATEMENT_IDS.map((statement) => ({
      statement,
      yes: statement.startsWith('Visie') ? ['basis'] : [],
      no: statement.startsWith('Aanbod') ? ['groei'] : [],
      reason: 'test',
    })),
  };

  it('counts the points that key gives, not the ones in content/instrument.json', () => {
    // Visie_1 and Visie_3 ja: basis 2; Aanbod_1, 2, 4, 5, 6 nee: groei 5.
    const result = score(answers, swapped);
    expect(result.points).to.deep.equal({ ambitie: 0, basis: 2, 'employee-journey': 0, groei: 5, 'lerende-organisatie': 0 });
    expect(result.total).to.equal(7);
    expect(result.relative.groei).to.be.closeTo(5 / 7, 1e-12);
    expect(result.dominant).to.deep.equal(['groei']);
    expect(score(answers).dominant).to.not.deep.equal(['groei']);
  });

  it('the default key is the one in content/instrument.json', () => {
    expect(score(answers)).to.deep.equal(score(answers, instrument.scoringKey));
  });

  it('accepts a key read as JSON, such as an official sheet converted to instrument.json', () => {
    const fromJson = JSON.parse(JSON.stringify({ items: swapped.items })) as ScoringKey;
    expect(score(answers, fromJson)).to.deep.equal(score(answers, swapped));
  });

  it('rejects a key that names a profile or statement the instrument does not have', () => {
    const badProfile = {
      items: [{ statement: 'Visie_1', yes: ['expert'], no: [], reason: 'test' }],
    } as unknown as ScoringKey;
    expect(() => score(answers, badProfile)).to.throw(UnknownIdError, /profile: "expert"/);
    const badStatement: ScoringKey = { items: [{ statement: 'Visie_2', yes: ['basis'], no: [], reason: 'test' }] };
    expect(() => score(answers, badStatement)).to.throw(UnknownIdError, /statement: "Visie_2"/);
  });
});

describe('scoring key balance', () => {
  // A profile that can collect far more points than another wins far too often.
  it('every profile can collect a similar number of points (8–9)', () => {
    for (const profile of PROFILE_IDS) {
      const reachable = instrument.scoringKey.items.filter(
        (item) => item.yes.includes(profile) || item.no.includes(profile),
      ).length;
      expect(reachable, profile).to.be.within(8, 9);
    }
  });
});

describe('topActions() and actionsFor()', () => {
  const table: Record<string, string[][]> = {
    '1': [['1.4', '1.1', '1.5'], ['1.2', '1.4', '1.5'], ['1.1', '1.4', '1.5'], ['1.4', '1.5', '1.1'], ['1.4', '1.1', '1.2']],
    '2': [['2.5', '2.2', '2.4'], ['2.4', '2.5', '2.2'], ['2.5', '2.2', '2.3'], ['2.5', '2.4', '2.2'], ['2.2', '2.5', '2.4']],
    '3': [['3.1', '3.4', '3.3'], ['3.4', '3.1', '3.5'], ['3.1', '3.4', '3.3'], ['3.4', '3.2', '3.3'], ['3.1', '3.4', '3.3']],
    '4': [['4.4', '4.3', '4.5'], ['4.5', '4.3', '4.2'], ['4.5', '4.4', '4.1'], ['4.1', '4.2', '4.4'], ['4.4', '4.3', '4.5']],
    '5': [['5.4', '5.1', '5.2'], ['5.1', '5.4', '5.2'], ['5.5', '5.1', '5.4'], ['5.3', '5.5', '5.4'], ['5.4', '5.5', '5.1']],
    '6': [['6.2', '6.4', '6.1'], ['6.2', '6.3', '6.1'], ['6.3', '6.2', '6.1'], ['6.1', '6.3', '6.5'], ['6.4', '6.2', '6.1']],
    '7': [['7.1', '7.2', '7.3'], ['7.2', '7.1', '7.4'], ['7.2', '7.1', '7.4'], ['7.2', '7.1', '7.4'], ['7.1', '7.2', '7.3']],
    '8': [['8.2', '8.3', '8.4'], ['8.4', '8.1', '8.5'], ['8.3', '8.1', '8.2'], ['8.2', '8.3', '8.1'], ['8.2', '8.5', '8.1']],
    '9': [['9.1', '9.2', '9.5'], ['9.1', '9.2', '9.3'], ['9.3', '9.1', '9.2'], ['9.1', '9.5', '9.4'], ['9.1', '9.3', '9.2']],
  };

  it('returns every one of the 45 cells of the top-3 table (Bijlage 2)', () => {
    let cells = 0;
    for (const challenge of CHALLENGE_IDS) {
      PROFILE_IDS.forEach((profile, column) => {
        expect(topActions(profile, challenge), `${profile} × ${challenge}`).to.deep.equal(table[challenge][column]);
        cells++;
      });
    }
    expect(cells).to.equal(45);
  });

  it('uses the corrected cell for employee journey × challenge 1 and marks it', () => {
    expect(topActions('employee-journey', '1')).to.deep.equal(['1.1', '1.4', '1.5']);
    const correction = instrument.challenges[0].corrections?.[0];
    expect(correction?.profile).to.equal('employee-journey');
    expect(correction?.source).to.deep.equal(['1.1', '1.4', '1.1']);
  });

  it('lists all 48 actions per challenge', () => {
    const counts = CHALLENGE_IDS.map((c) => actionsFor(c).length);
    expect(counts).to.deep.equal([5, 5, 7, 7, 5, 5, 4, 5, 5]);
    expect(actionsFor('3')).to.deep.equal(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7']);
    expect(challengeOfAction('4.7')).to.equal('4');
  });

  it('knows the HIGHLIGHT labels', () => {
    expect(isHighlight('1.1')).to.equal(true);
    expect(isHighlight('5.3')).to.equal(false);
    expect(isHighlight('9.5')).to.equal(false);
  });

  it('rejects unknown ids with a typed error', () => {
    expect(() => topActions('groot', '1')).to.throw(UnknownIdError, /profile/);
    expect(() => topActions('groei', '10')).to.throw(UnknownIdError, /challenge/);
    expect(() => actionsFor('0')).to.throw(UnknownIdError);
  });
});
