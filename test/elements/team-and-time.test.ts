/** Fill it in together (the team view) and see what changed (snapshots, export and import, a reminder). */
import { expect } from '@open-wc/testing';
import type { ProfileScan } from '../../src/profile-scan/profile-scan.js';
import type { TeamView } from '../../src/team-view/team-view.js';
import type { ChallengePicker } from '../../src/challenge-picker/challenge-picker.js';
import { encodeResult, score } from '../../src/scoring/index.js';
import { teamResult } from '../../src/scoring/team.js';
import { SHARE_PARAM, ScanStore, storeFor, TEAM_PREFIX } from '../../src/state/store.js';
import { takeSnapshot } from '../../src/state/later-parts.js';
import { readParam } from '../../src/state/fragment.js';
import nlStatements from '../../content/nl/statements.json' with { type: 'json' };
import nlProfiles from '../../content/nl/profiles.json' with { type: 'json' };
import { $, $$, button, deep, findPattern, freshGroup, html, mount, ready, yesTo } from '../helpers.js';
import { until } from '../frames.js';

const statements = nlStatements.statements as Record<string, string>;
const profiles = nlProfiles.profiles as Record<string, { name: string }>;
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Catches the next file the widget hands to the browser. */
function catchDownload(): { files: Blob[]; names: string[]; restore: () => void } {
  const files: Blob[] = [];
  const names: string[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob) => {
    files.push(blob as Blob);
    return createObjectURL.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  return {
    files,
    names,
    restore: () => {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

describe('the team view', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('combines three results pasted as links and codes: scores per person and team, split statements, each person’s profile', async () => {
    const group = freshGroup();
    const answers = [yesTo('Visie_1', 'Aanbod_3', 'LKB_1'), yesTo('Visie_1', 'Talent_1'), yesTo('Aanbod_3', 'Regie_2', 'Visie_3')];
    const codes = answers.map((a, i) => encodeResult({ answers: a, unit: 'team', challenge: i === 0 ? '2' : undefined }));
    const el = await mount<TeamView>(html`<team-view group=${group}></team-view>`);
    expect(text(el)).to.contain('Samen met collega’s');
    const area = $<HTMLTextAreaElement>(el, '#codes')!;
    area.value = `https://partner.example/pagina#informeel-leren=${codes[0]}\n${codes[1]}\n${codes[2]}\n${codes[1]}\nABCDEFGH`;
    button(el, 'Toevoegen').click();
    await el.updateComplete;
    const status = $(el, '.add-status')!.textContent!.replace(/\s+/g, ' ');
    expect(status).to.contain('Toegevoegd: 3.').and.to.contain('Al aanwezig en overgeslagen: 1.').and.to.contain('ABCDEFGH');
    expect(storeFor(group).state.team!.codes).to.deep.equal(codes);

    const team = teamResult(answers);
    expect(text(el)).to.contain('Jullie resultaten samen (3)');
    const header = $$(el, 'thead th').map((th) => th.textContent!.trim());
    expect(header).to.deep.equal(['Profiel', 'Collega 1', 'Collega 2', 'Collega 3', 'Team']);
    // Each person's profile, and the team's by the report's method on the pooled points.
    const highest = $$(el, 'tr.dominant-row td').map((td) => td.textContent!.trim());
    expect(highest).to.deep.equal([...answers.map((a) => score(a).dominant.map((p) => profiles[p].name).join(' / ')), team.dominant.map((p) => profiles[p].name).join(' / ')]);
    // "Hierover verschillen jullie van mening": the split statements, with their text, most split first.
    const split = $$(el, '.split li').map((li) => li.querySelector('span')!.textContent!.trim());
    expect(split).to.deep.equal(team.split.map((s) => statements[s.statement]));
    expect(split.length).to.be.greaterThan(3);
    await expect(el).to.be.accessible();
  });

  it('adds the user’s own result, takes local names, bases the advice on the team, and round-trips a team link', async () => {
    const group = freshGroup();
    const mine = findPattern((r) => r.dominant.length === 1);
    const colleague = findPattern((r) => r.dominant.length === 1 && r.dominant[0] !== score(mine).dominant[0]);
    storeFor(group).update({ unit: 'afdeling', answers: mine, submitted: true, team: { codes: [encodeResult({ answers: colleague, unit: 'afdeling' })] } });
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<team-view group="${group}"></team-view><challenge-picker group="${group}"></challenge-picker>`;
    document.body.append(wrapper);
    const [el, picker] = [...wrapper.children] as [TeamView, ChallengePicker];
    try {
      await Promise.all([ready(el), ready(picker)]);
      expect($$(el, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['Profiel', 'Jij', 'Collega 1', 'Team']);
      // A name typed by the user, only here.
      const name = $$<HTMLInputElement>(el, '.people input')[1];
      name.value = 'Sofie';
      name.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($$(el, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['Profiel', 'Jij', 'Sofie', 'Team']);

      const team = teamResult([mine, colleague]);
      const teamProfile = team.dominant[0];
      if (team.dominant.length > 1) {
        $<HTMLInputElement>(el, `input[name="team-tie"][value="${teamProfile}"]`)!.click();
      } else {
        button(el, 'Baseer het advies op het teamprofiel').click();
      }
      await el.updateComplete;
      await picker.updateComplete;
      expect(storeFor(group).adviceProfile).to.equal(teamProfile);
      expect(text(picker)).to.contain(`rekening met je profiel: ${profiles[teamProfile].name}`);

      // The team link carries every code (the user's own too), and no names.
      const writeText = navigator.clipboard?.writeText;
      let copied = '';
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void (copied = t) }, configurable: true });
      button(el, 'Kopieer de teamlink').click();
      await until(() => copied, 'the copied link', 2000);
      void writeText;
      const value = readParam(new URL(copied).hash.slice(1), SHARE_PARAM)!;
      expect(value.startsWith(TEAM_PREFIX)).to.equal(true);
      expect(value).to.not.contain('Sofie');
      // Opened elsewhere: the same team, invalid codes named and skipped.
      const other = freshGroup();
      expect(await storeFor(other).openShared(`${value}~NOTACODE`)).to.equal(true);
      expect(storeFor(other).problems.has('team-partly-invalid')).to.equal(true);
      const reopened = await mount<TeamView>(html`<team-view group=${other}></team-view>`);
      expect(text(reopened)).to.contain('Jullie resultaten samen (2)');
      expect(text(reopened)).to.contain('Niet alle resultaten in de teamlink waren geldig');
    } finally {
      wrapper.remove();
    }
  });

  for (const [lang, heading, you, team] of [
    ['fr', 'Avec vos collègues', 'Vous', 'Équipe'],
    ['en', 'Together with colleagues', 'You', 'Team'],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const group = freshGroup();
      storeFor(group).update({ unit: 'team', answers: yesTo('Visie_1'), submitted: true, team: { codes: [encodeResult({ answers: yesTo('LKB_1'), unit: 'team' })] } });
      const el = await mount<TeamView>(html`<team-view lang=${lang} group=${group}></team-view>`);
      expect($(el, '[data-step-heading]')!.textContent!.trim()).to.equal(heading);
      const header = $$(el, 'thead th').map((th) => th.textContent!.trim());
      expect(header[1]).to.equal(you);
      expect(header.at(-1)).to.equal(team);
      await expect(el).to.be.accessible();
    });
  }

  it('is reachable from the result', async () => {
    const group = freshGroup();
    storeFor(group).update({ unit: 'team', answers: yesTo('Visie_1'), submitted: true });
    const scan = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    button(scan, 'Open de teamweergave').click();
    await scan.updateComplete;
    const inner = await until(() => $<TeamView>(scan, 'team-view'), 'the team view', 2000);
    await ready(inner);
    expect(text(inner)).to.contain('Jullie resultaten samen (1)');
    await expect(scan).to.be.accessible();
  });
});

describe('retake over time', () => {
  it('keeps each finished scan as a dated snapshot and compares with an earlier one', async () => {
    const group = freshGroup();
    const then = yesTo('Visie_1', 'Regie_2');
    const now = yesTo('Visie_1', 'Aanbod_3', 'Talent_1');
    storeFor(group).update({
      unit: 'team',
      answers: now,
      submitted: true,
      history: [
        { date: '2026-03-01T10:00:00.000Z', unit: 'team', answers: then, plan: { '3.1': 'Kim, voor april' } },
        { date: '2026-11-20T10:00:00.000Z', unit: 'team', answers: now },
      ],
    });
    const scan = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    const select = $<HTMLSelectElement>(scan, '#history-select')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', '2026-03-01T10:00:00.000Z']);
    select.value = '2026-03-01T10:00:00.000Z';
    select.dispatchEvent(new Event('change'));
    await scan.updateComplete;
    const changed = $$(scan, '.changed li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(changed).to.deep.equal([
      `nee → ja ${statements.Aanbod_3}`,
      `nee → ja ${statements.Talent_1}`,
      `ja → nee ${statements.Regie_2}`,
    ]);
    const rows = $$(scan, '.comparison tbody tr');
    expect(rows).to.have.length(5);
    const change = Math.round((score(now).relative.ambitie - score(then).relative.ambitie) * 100);
    expect(rows[0].lastElementChild!.textContent).to.equal(change === 0 ? '0' : `${change > 0 ? '+' : '-'}${Math.abs(change)}`);
    await until(() => text(scan).includes('Kim, voor april') && !text(scan).includes('3.1:'), 'the plan of then, with its title', 2000);
    await expect(scan).to.be.accessible();
  });

  it('a new result is added to the history on "Toon mijn resultaat"', async () => {
    const group = freshGroup();
    storeFor(group).update({ unit: 'team', answers: yesTo() });
    const scan = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    button(scan, 'Toon mijn resultaat').click();
    await scan.updateComplete;
    const history = storeFor(group).state.history!;
    expect(history).to.have.length(1);
    expect(history[0].answers).to.deep.equal(yesTo());
    expect(new ScanStore(group).state.history).to.have.length(1); // saved
  });

  it('keeps one snapshot per finished scan: a retake on the same day adds one, a changed plan updates its own', async () => {
    const store = storeFor(freshGroup());
    store.update({ unit: 'team', answers: yesTo(), submitted: true });
    takeSnapshot(store);
    store.update({ plan: { '3.1': 'Kim' } });
    takeSnapshot(store); // the same scan, shown again with a plan
    expect(store.state.history!.map((s) => s.plan)).to.deep.equal([{ '3.1': 'Kim' }]);
    store.restart(); // "Opnieuw invullen"
    store.update({ answers: yesTo('Visie_1'), submitted: true });
    takeSnapshot(store);
    expect(store.state.history!.map((s) => s.answers)).to.deep.equal([yesTo(), yesTo('Visie_1')]);
  });

  it('exports everything and imports it into a clean group: what it adds is shown, nothing is overwritten without asking', async () => {
    const from = freshGroup();
    storeFor(from).update({
      unit: 'team',
      answers: yesTo('Visie_1'),
      submitted: true,
      plan: { '2.1': 'Tom' },
      team: { codes: [encodeResult({ answers: yesTo('LKB_1'), unit: 'team' })] },
      history: [{ date: '2026-01-05T09:00:00.000Z', unit: 'team', answers: yesTo('Visie_1') }],
    });
    const source = await mount<ProfileScan>(html`<profile-scan group=${from}></profile-scan>`);
    deep<HTMLDetailsElement>(source, 'details[part="privacy"]')[0].open = true;
    const download = catchDownload();
    try {
      button(source, 'Alles exporteren (bestand)').click();
      await until(() => download.files.length, 'the export', 2000);
    } finally {
      download.restore();
    }
    expect(download.names[0]).to.match(/^informeel-leren-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = new File([await download.files[0].text()], 'export.json', { type: 'application/json' });

    // A clean group with answers of its own: they stay unless the user says otherwise.
    const to = freshGroup();
    storeFor(to).update({ unit: 'afdeling', answers: { Regie_1: true } });
    const target = await mount<ProfileScan>(html`<profile-scan group=${to}></profile-scan>`);
    deep<HTMLDetailsElement>(target, 'details[part="privacy"]')[0].open = true;
    const input = deep<HTMLInputElement>(target, 'input[type="file"]')[0];
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    const question = await until(() => deep(target, '#import-question')[0], 'the import summary', 2000);
    expect(question.textContent!.replace(/\s+/g, ' ')).to.contain('Wat dit bestand toevoegt: eerdere resultaten 1, resultaten van collega’s 1, acties op het plan 1.');
    expect(deep(target, '#replace-answers')).to.have.length(1);
    expect(storeFor(to).state.answers).to.deep.equal({ Regie_1: true }); // nothing yet
    button(target, 'Ja, importeer').click();
    await until(() => storeFor(to).state.history?.length, 'the import', 2000);
    const state = storeFor(to).state;
    expect(state.answers).to.deep.equal({ Regie_1: true });
    expect(state.plan).to.deep.equal({ '2.1': 'Tom' });
    expect(state.team!.codes).to.deep.equal(storeFor(from).state.team!.codes);
    expect(state.history!.map((s) => s.date)).to.deep.equal(['2026-01-05T09:00:00.000Z']);
  });

  it('a tampered import file is refused with a clear message, and nothing is lost', async () => {
    const group = freshGroup();
    storeFor(group).update({ unit: 'team', answers: { Visie_1: true }, plan: { '1.1': 'x' } });
    const before = JSON.stringify(storeFor(group).state);
    const scan = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    deep<HTMLDetailsElement>(scan, 'details[part="privacy"]')[0].open = true;
    const input = deep<HTMLInputElement>(scan, 'input[type="file"]')[0];
    const tampered = { format: 'informeel-leren-export', version: 1, exported: 'x', group: 'default', data: { answers: { Visie_1: 'ja' }, history: [{ date: 'never' }] } };
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(tampered)], 'export.json'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    const alert = await until(() => deep(scan, '.transfer [role="alert"]')[0], 'the refusal', 2000);
    expect(alert.textContent).to.contain('kan niet geïmporteerd worden').and.to.contain('Er is niets veranderd');
    expect(JSON.stringify(storeFor(group).state)).to.equal(before);
    await expect(scan).to.be.accessible();
  });

  it('makes a calendar reminder to retake the scan', async () => {
    const group = freshGroup();
    storeFor(group).update({ unit: 'team', answers: yesTo('Visie_1'), submitted: true });
    const scan = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    $<HTMLSelectElement>(scan, '#remind-months')!.value = '3';
    const download = catchDownload();
    try {
      button(scan, 'Agenda-herinnering downloaden').click();
      await until(() => download.files.length, 'the calendar file', 2000);
    } finally {
      download.restore();
    }
    const ics = await download.files[0].text();
    expect(download.names[0]).to.equal('zelfscan-opnieuw.ics');
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/).and.to.contain('BEGIN:VEVENT').and.to.contain('END:VCALENDAR');
    const start = /DTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})/.exec(ics)!;
    const expected = new Date();
    expected.setMonth(expected.getMonth() + 3);
    expect(Number(start[1]) * 12 + Number(start[2])).to.equal(expected.getFullYear() * 12 + expected.getMonth() + 1);
    expect(ics).to.contain(`URL:${location.origin}${location.pathname}`);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
  });
});

