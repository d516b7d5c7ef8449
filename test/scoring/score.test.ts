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
  type ProfileId,
} from '../../src/scoring/index.js';

const all = (value: boolean): Record<string, boolean> =>
  Object.fromEntries(STATEMENT_IDS.map((id) => [id, value]));

/** Answers "ja" for the listed statements and "nee" for the rest. */
const yesTo = (...ids: string[]): Answers => ({ ...all(false), ...Object.fromEntries(ids.map((id) => [id, true])) });

describe('score()', () => {
  it('all "ja": groei and lerende organisatie tie with 9 of 32 points', () => {
    const result = score(all(true));
    expect(result.points).to.deep.equal({
      ambitie: 4,
      basis: 4,
      'employee-journey': 6,
      groei: 9,
      'lerende-organisatie': 9,
    });
    expect(result.total).to.equal(32);
    expect(result.relative.groei).to.be.closeTo(9 / 32, 1e-12);
    expect(result.relative.ambitie).to.be.closeTo(4 / 32, 1e-12);
    expect(result.dominant).to.deep.equal(['groei', 'lerende-organisatie']);
  });

  it('all "nee": ambitie and basis tie with 4 of 10 points', () => {
    const result = score(all(false));
    expect(result.points).to.deep.equal({
      ambitie: 4,
      basis: 4,
      'employee-journey': 2,
      groei: 0,
      'lerende-organisatie': 0,
    });
    expect(result.total).to.equal(10);
    expect(result.relative.basis).to.equal(0.4);
    expect(result.relative.groei).to.equal(0);
    expect(result.dominant).to.deep.equal(['ambitie', 'basis']);
  });

  it('a mixed pattern, computed by hand', () => {
    // ja: Visie_1 (groei, LO), Aanbod_5 (EJ), Talent_3 (ambitie), Regie_2 (EJ, LO)
    // nee elsewhere: HR_Tools_1 (ambitie), Strategisch_1 (basis, EJ), Aanbod_4 (ambitie, basis),
    //                Talent_1 (ambitie), Talent_2 (basis), Regie_1 (basis, EJ)
    const result = score(yesTo('Visie_1', 'Aanbod_5', 'Talent_3', 'Regie_2'));
    expect(result.points).to.deep.equal({
      ambitie: 4,
      basis: 4,
      'employee-journey': 4,
      groei: 1,
      'lerende-organisatie': 2,
    });
    expect(result.total).to.equal(15);
    expect(result.dominant).to.deep.equal(['ambitie', 'basis', 'employee-journey']);
  });

  it('a single winner, computed by hand', () => {
    // ja: LKB_2, Visie_3, Regie_2, Talent_1 → LO 4 (+ Talent_2 nee gives basis)
    const result = score(yesTo('LKB_2', 'Visie_3', 'Regie_2', 'Talent_1'));
    // ambitie: Visie_1 nee, HR_Tools_1 nee, Aanbod_4 nee = 3
    // basis: Strategisch_1 nee, Aanbod_4 nee, Talent_2 nee, Regie_1 nee = 4
    // EJ: Strategisch_1 nee, Regie_1 nee, Regie_2 ja = 3
    // groei: Talent_1 ja = 1; LO: LKB_2, Visie_3, Regie_2, Talent_1 = 4
    expect(result.points).to.deep.equal({
      ambitie: 3,
      basis: 4,
      'employee-journey': 3,
      groei: 1,
      'lerende-organisatie': 4,
    });
    expect(result.dominant).to.deep.equal(['basis', 'lerende-organisatie']);
    const withVision = score(yesTo('LKB_2', 'Visie_3', 'Regie_2', 'Talent_1', 'Visie_1'));
    expect(withVision.dominant).to.deep.equal(['lerende-organisatie']);
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
  const patterns: Record<ProfileId, string[]> = {
    // Eerste stappen: enkel het wettelijk minimum, geen beleid rond leerklimaat, talent af en toe.
    ambitie: ['Aanbod_3', 'LKB_1', 'Talent_3'],
    // Gestructureerd HR-beleid, loopbaanpaden, externe trainingen; leren in functie van de structuur.
    basis: ['HR_Tools_1', 'Strategisch_3', 'Aanbod_2', 'LKB_1', 'Talent_1'],
    // Het hele traject: visie stap voor stap, werving en onboarding, ontwikkelgesprekken, gedeelde regie.
    'employee-journey': ['Visie_4', 'HR_Tools_1', 'Strategisch_2', 'Aanbod_5', 'LKB_1', 'Regie_2'],
    // Strategisch L&D-beleid, doorgroeien, formeel + informeel, talenten, eigen regie over het leerpad.
    groei: [
      'Visie_1', 'Visie_4', 'HR_Tools_1', 'Strategisch_1', 'Strategisch_3', 'Aanbod_4', 'Aanbod_6',
      'Talent_1', 'Talent_2', 'Regie_1',
    ],
    // Leren doordringt cultuur en leiderschap: uitgedragen visie, structureel leerklimaat, gedeelde verantwoordelijkheid.
    'lerende-organisatie': [
      'Visie_1', 'Visie_3', 'HR_Tools_1', 'Strategisch_1', 'Aanbod_4', 'LKB_2', 'Talent_1', 'Talent_2', 'Regie_2',
    ],
  };
  for (const profile of PROFILE_IDS) {
    it(`classifies a typical "${profile}" organisation as ${profile}`, () => {
      expect(score(yesTo(...patterns[profile])).dominant).to.deep.equal([profile]);
    });
  }
});

describe('scoring key balance', () => {
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
