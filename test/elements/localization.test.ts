import { expect } from '@open-wc/testing';
import type { ProfileScan } from '../../src/profile-scan/profile-scan.js';
import type { ActionList } from '../../src/action-list/action-list.js';
import { storeFor } from '../../src/state/store.js';
import frStatements from '../../content/fr/statements.json' with { type: 'json' };
import frTexts from '../../content/fr/texts.json' with { type: 'json' };
import enProfiles from '../../content/en/profiles.json' with { type: 'json' };
import { $, $$, answer, button, freshGroup, heading, html, mount, ready, yesTo } from '../helpers.js';
import type { ChallengePicker } from '../../src/challenge-picker/challenge-picker.js';
import { topActions } from '../../src/scoring/index.js';
import frActions5 from '../../content/fr/actions/5.json' with { type: 'json' };
import enActions5 from '../../content/en/actions/5.json' with { type: 'json' };
import frChallenges from '../../content/fr/challenges.json' with { type: 'json' };
import enChallenges from '../../content/en/challenges.json' with { type: 'json' };

async function languageSettled(el: ProfileScan | ActionList, text: RegExp) {
  for (let i = 0; i < 100 && !text.test(el.shadowRoot!.textContent!); i++) await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
}

describe('languages', () => {
  it('runs the scan in French: UI strings and content', async () => {
    const el = await mount<ProfileScan>(html`<profile-scan lang="fr" group=${freshGroup()}></profile-scan>`);
    button(el, 'Commencer').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[value="afdeling"]')!.click();
    $<HTMLButtonElement>(el, 'button.primary')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain(frTexts.translationNote);
    const legend = $(el, 'fieldset[data-statement="Visie_1"] legend')!.textContent!.trim();
    expect(legend).to.equal(frStatements.statements.Visie_1);
    expect($(el, '#progress-text')!.textContent).to.match(/0 .*20/);
    expect($$(el, '.choices label').map((l) => l.textContent!.trim()).slice(0, 2)).to.deep.equal(['Oui', 'Non']);
    await expect(el).to.be.accessible();
  });

  it('takes the language of the nearest ancestor, then <html lang>, with regional variants', async () => {
    const host = document.createElement('div');
    host.lang = 'en-GB';
    host.innerHTML = `<profile-scan group="${freshGroup()}"></profile-scan>`;
    document.body.append(host);
    try {
      const el = await ready(host.firstElementChild as ProfileScan);
      expect(heading(el)).to.match(/informal learning/i);
    } finally {
      host.remove();
    }
  });

  it('switching language mid-flow re-renders and keeps the answers', async () => {
    const group = freshGroup();
    storeFor(group).update({ unit: 'team', answers: yesTo('Aanbod_3', 'LKB_1', 'Talent_3'), submitted: true });
    const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    expect(heading(el)).to.equal('Het profiel van je team: Krachtige ambitie');
    el.lang = 'en';
    await languageSettled(el, new RegExp(enProfiles.profiles.ambitie.name));
    expect(heading(el)).to.contain(enProfiles.profiles.ambitie.name);
    expect(heading(el)).to.contain('your team');
    el.lang = 'fr';
    await languageSettled(el, /Caractéristiques clés/);
    expect(storeFor(group).state.answers).to.deep.equal(yesTo('Aanbod_3', 'LKB_1', 'Talent_3'));
    await expect(el).to.be.accessible();
  });

  it('follows a change of <html lang> at run time', async () => {
    const previous = document.documentElement.lang;
    const el = await mount<ActionList>(html`<action-list group=${freshGroup()} challenge="2"></action-list>`);
    try {
      document.documentElement.lang = 'fr';
      await languageSettled(el, /Actions pour/);
      expect(heading(el)).to.match(/^Actions pour/);
    } finally {
      document.documentElement.lang = previous;
    }
  });

  it('falls back to Dutch with one warning for an unsupported language', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const a = await mount<ProfileScan>(html`<profile-scan lang="de" group=${freshGroup()}></profile-scan>`);
      await mount<ProfileScan>(html`<profile-scan lang="de" group=${freshGroup()}></profile-scan>`);
      expect(button(a, 'Start')).to.exist;
      expect(heading(a)).to.contain('Informeel leren');
      expect(warnings.filter((w) => String(w).includes('"de"'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('two widgets in two languages side by side', async () => {
    const a = await mount<ProfileScan>(html`<profile-scan lang="en" group=${freshGroup()}></profile-scan>`);
    const b = await mount<ProfileScan>(html`<profile-scan lang="fr" group=${freshGroup()}></profile-scan>`);
    a.requestUpdate();
    b.requestUpdate();
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(button(a, 'Start')).to.exist;
    expect(button(b, 'Commencer')).to.exist;
  });

  it('keeps every language complete: the same answers score the same in each', async () => {
    for (const lang of ['nl', 'fr', 'en']) {
      const el = await mount<ProfileScan>(html`<profile-scan lang=${lang} group=${freshGroup()}></profile-scan>`);
      $$<HTMLButtonElement>(el, 'button.primary')[0].click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'button.primary')!.click();
      await el.updateComplete;
      await answer(el, yesTo('Visie_1', 'Visie_3', 'HR_Tools_1', 'Strategisch_1', 'Aanbod_4', 'LKB_2', 'Talent_1', 'Talent_2', 'Regie_2'));
      $<HTMLButtonElement>(el, 'button.primary')!.click();
      await el.updateComplete;
      const result = storeFor(el.group!).result!;
      expect(result.dominant).to.have.length(1);
      expect($$(el, '.screen tr.dominant')).to.have.length(1);
      const expected = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(result.relative[result.dominant[0]]);
      expect($(el, '.screen tr.dominant .bar-value')!.textContent).to.equal(expected);
    }
  });

  for (const [lang, actions, challenges, label] of [
    ['fr', frActions5, frChallenges, 'Plus d’infos'],
    ['en', enActions5, enChallenges, 'More info'],
  ] as const) {
    it(`steps 2 and 3 in ${lang}: challenges, top 3 actions and their steps`, async () => {
      const group = freshGroup();
      storeFor(group).update({ unit: 'team', answers: yesTo('Aanbod_3', 'LKB_1', 'Talent_3'), submitted: true });
      const picker = await mount<ChallengePicker>(html`<challenge-picker lang=${lang} group=${group}></challenge-picker>`);
      expect($$(picker, '.challenge label span').map((s) => s.textContent!.trim())).to.deep.equal(
        Object.values(challenges.challenges).map((c) => c.title),
      );
      $<HTMLInputElement>(picker, 'input[value="5"]')!.click();
      $<HTMLButtonElement>(picker, 'button.primary')!.click();
      await picker.updateComplete;
      await expect(picker).to.be.accessible();

      const list = await mount<ActionList>(html`<action-list lang=${lang} group=${group}></action-list>`);
      for (let i = 0; i < 100 && !$(list, '.top'); i++) await new Promise((r) => setTimeout(r, 10));
      await list.updateComplete;
      const texts = actions.actions as Record<string, { title: string; steps: unknown[] }>;
      const shown = $$(list, '.top > li h3 > span:last-child').map((h) => h.lastChild!.textContent!.trim());
      expect(shown).to.deep.equal(topActions('ambitie', '5').map((id) => texts[id].title));
      const more = $$<HTMLButtonElement>(list, '.top button[aria-controls]')[0];
      expect(more.textContent).to.contain(label);
      more.click();
      await list.updateComplete;
      expect($$(list, '.top > li:first-child .steps li')).to.have.length(texts[topActions('ambitie', '5')[0]].steps.length);
      await expect(list).to.be.accessible();
    });
  }
});
