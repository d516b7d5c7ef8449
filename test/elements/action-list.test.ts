import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { ActionList } from '../../src/action-list/action-list.js';
import { actionsFor, decodeResult, topActions } from '../../src/scoring/index.js';
import { SHARE_PARAM, storeFor } from '../../src/state/store.js';
import { $, $$, button, findPattern, footer, freshGroup, heading, html, mount, oneEvent, ready, yesTo } from '../helpers.js';
import { itWith } from '../media-support.js';
import nl3 from '../../content/nl/actions/3.json' with { type: 'json' };
import nlExamples from '../../content/nl/examples.json' with { type: 'json' };
import frExamples from '../../content/fr/examples.json' with { type: 'json' };
import { CHALLENGE_IDS, PROFILE_IDS } from '../../src/scoring/core.js';

const titles = (el: Element, selector = '.top > li h3') =>
  $$(el, selector).map((h) => h.textContent!.replace(/\s+/g, ' ').trim().replace(/^\d Actie \d: /, ''));
const actionTitle = (id: string) => (nl3.actions as Record<string, { title: string }>)[id].title;

/** Waits until the action texts of the current challenge are there. */
async function actionsShown(el: ActionList) {
  for (let i = 0; i < 100 && !$(el, '.action-cards'); i++) await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
}

describe('<action-list>', () => {
  it('shows fixed advice from attributes: the top 3 of the table for profile × challenge', async () => {
    const el = await mount<ActionList>(html`<action-list group=${freshGroup()} profile="groei" challenge="3"></action-list>`);
    await actionsShown(el);
    expect(heading(el)).to.contain('Top 3 acties voor: Er zijn geen duidelijke processen');
    expect(titles(el)).to.deep.equal(topActions('groei', '3').map(actionTitle));
    expect($$(el, '.top .rank').map((r) => r.textContent)).to.deep.equal(['1', '2', '3']);
    await expect(el).to.be.accessible();
  });

  it('"Meer info" opens the summary and the practical steps', async () => {
    const el = await mount<ActionList>(html`<action-list group=${freshGroup()} profile="basis" challenge="3"></action-list>`);
    await actionsShown(el);
    const first = topActions('basis', '3')[0];
    const action = (nl3.actions as Record<string, { summary: string; steps: { title: string; text: string }[] }>)[first];
    const card = $(el, '.top > li')!;
    // Shown by default: the summary and the first practical step.
    expect(card.textContent).to.contain(action.summary);
    expect(card.textContent).to.contain(action.steps[0].text);
    const panel = $(el, `#panel-${CSS.escape(first)}`)!;
    expect(panel.hidden).to.equal(true);
    const toggle = $$<HTMLButtonElement>(el, '.top button[aria-controls]')[0];
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent).to.contain('Meer info');
    toggle.click();
    await el.updateComplete;
    expect(panel.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent).to.contain('Minder info');
    // The other steps, each once.
    expect(panel.querySelectorAll('.steps li')).to.have.length(action.steps.length - 1);
    expect(card.querySelectorAll('.steps li')).to.have.length(action.steps.length);
    await expect(el).to.be.accessible();
  });

  it('"Meer acties" shows every other action of the challenge', async () => {
    const el = await mount<ActionList>(html`<action-list group=${freshGroup()} profile="ambitie" challenge="3"></action-list>`);
    await actionsShown(el);
    const more = button(el, 'Meer acties (4)');
    expect($(el, '#more-actions')!.hidden).to.equal(true);
    more.click();
    await el.updateComplete;
    expect($(el, '#more-actions')!.hidden).to.equal(false);
    const others = actionsFor('3').filter((id) => !topActions('ambitie', '3').includes(id));
    expect(titles(el, '#more-actions li h3')).to.deep.equal(others.map(actionTitle));
    await expect(el).to.be.accessible();
  });

  it('marks the actions the research singled out, quietly, and says once what the mark means', async () => {
    const el = await mount<ActionList>(html`<action-list group=${freshGroup()} profile="groei" challenge="5"></action-list>`);
    await actionsShown(el);
    // Top 3 for groei × 5: 5.3 (not singled out), 5.5, 5.4.
    const cards = $$(el, '.top > li');
    expect(cards.map((c) => c.querySelector('[part="badge"]')?.textContent?.trim() ?? '')).to.deep.equal(['', '★ Uitgelicht', '★ Uitgelicht']);
    const notes = $$(el, '.highlight-note');
    expect(notes).to.have.length(1);
    expect(notes[0].textContent).to.contain('bijzonder krachtig');
    expect(el.shadowRoot!.textContent).to.not.contain('Highlight');
  });

  it('without a profile shows all actions of the challenge and points to the scan', async () => {
    const el = await mount<ActionList>(html`<action-list group=${freshGroup()} challenge="7"></action-list>`);
    await actionsShown(el);
    expect(heading(el)).to.contain('Acties voor:');
    expect($$(el, '.action-cards > li')).to.have.length(4);
    expect($(el, '.notice')!.textContent).to.contain('Vul de scan in');
    await expect(el).to.be.accessible();
  });

  it('follows the scan and the picked challenge, and lets the user switch the profile', async () => {
    const group = freshGroup();
    const store = storeFor(group);
    store.update({ unit: 'team', answers: findPattern((result) => result.dominant.length > 1), submitted: true });
    const tied = store.result!.dominant;
    expect(tied.length).to.be.greaterThan(1);
    const el = await mount<ActionList>(html`<action-list group=${group}></action-list>`);
    expect(heading(el)).to.equal('Aangeraden acties');
    store.update({ challenge: '1' });
    await el.updateComplete;
    await actionsShown(el);
    // A tie the user has not settled: no profile is chosen for them; all actions, and a word on why.
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('');
    expect($(el, '.notice')!.textContent).to.contain('meerdere profielen even sterk');
    store.chooseAdviceProfile(tied[0]);
    await el.updateComplete;
    await actionsShown(el);
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal(tied[0]);
    expect($$(el, '.top > li').map((li) => li.querySelector('h3')!.id)).to.deep.equal(
      topActions(tied[0], '1').map((id) => `action-${id}`),
    );
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'employee-journey';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const { detail } = await oneEvent(el, 'action-list-profile-change');
    expect(detail.profile).to.equal('employee-journey');
    await el.updateComplete;
    // The corrected cell of the table: 1.1, 1.4, 1.5.
    expect($$(el, '.top > li').map((li) => li.querySelector('h3')!.id)).to.deep.equal(['action-1.1', 'action-1.4', 'action-1.5']);
    expect(store.state.adviceProfile).to.equal('employee-journey');
  });

  it('makes a share link that reopens the same result', async () => {
    const group = freshGroup();
    const answers = yesTo('Visie_1', 'Talent_1', 'LKB_2');
    storeFor(group).update({ unit: 'afdeling', answers, submitted: true, challenge: '4', adviceProfile: 'groei' });
    const el = await mount<ActionList>(html`<action-list group=${group}></action-list>`);
    await actionsShown(el);
    const url = new URL(el.shareUrl());
    const code = new URLSearchParams(url.hash.slice(1)).get(SHARE_PARAM)!;
    expect(decodeResult(code)).to.deep.equal({ answers, unit: 'afdeling', challenge: '4', adviceProfile: 'groei' });

    // Another store (another page) opening the link shows the same advice.
    const other = freshGroup();
    await storeFor(other).openShared(code);
    const reopened = await mount<ActionList>(html`<action-list group=${other}></action-list>`);
    await actionsShown(reopened);
    expect(titles(reopened)).to.deep.equal(titles(el));
    expect($(reopened, '.notice')!.textContent).to.contain('gedeeld resultaat');
    // The receiver's own saved answers are not overwritten by opening the link.
    expect(localStorage.getItem(`informeel-leren/v1/${other}`)).to.equal(null);
  });

  it('shares through the clipboard when the Web Share API is missing', async () => {
    const group = freshGroup();
    storeFor(group).update({ unit: 'team', answers: yesTo(), submitted: true, challenge: '2' });
    const el = await mount<ActionList>(html`<action-list group=${group}></action-list>`);
    await actionsShown(el);
    const share = navigator.share;
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    let copied = '';
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => (copied = t) }, configurable: true });
    try {
      setTimeout(() => button(el, 'Delen').click());
      const { detail } = await oneEvent(el, 'action-list-share');
      expect(detail.method).to.equal('clipboard');
      expect(copied).to.equal(detail.url);
      expect(copied).to.contain('#informeel-leren=');
      await el.updateComplete;
      expect($(el, '[role="status"]')!.textContent).to.contain('gekopieerd');
    } finally {
      Object.defineProperty(navigator, 'share', { value: share, configurable: true });
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('says so when a profile or challenge attribute is unknown, and falls back', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await mount<ActionList>(html`<action-list group=${freshGroup()} profile="super" challenge="12"></action-list>`);
      const notice = $(el, '.notice.error')!.textContent!;
      expect(notice).to.contain('Het profiel "super" bestaat niet.');
      expect(notice).to.contain('De uitdaging "12" bestaat niet.');
      expect(heading(el)).to.equal('Aangeraden acties');
      expect(warnings.filter((w) => w.includes('not a known'))).to.have.length(2);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('"Terug naar uitdagingen" moves focus to the picker on the same page', async () => {
    const group = freshGroup();
    storeFor(group).update({ challenge: '1' });
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<challenge-picker group="${group}"></challenge-picker><action-list group="${group}"></action-list>`;
    document.body.append(wrapper);
    try {
      const picker = await ready(wrapper.firstElementChild as never);
      const list = await ready(wrapper.lastElementChild as ActionList);
      button(list, 'Terug naar uitdagingen').click();
      await (picker as ActionList).updateComplete;
      expect(document.activeElement).to.equal(picker);
      expect((picker as Element).shadowRoot!.activeElement).to.equal($(picker as Element, '[data-step-heading]'));
    } finally {
      wrapper.remove();
    }
  });

  itWith('print')('prints a clean view: the top 3 with their steps, without buttons', async () => {
    const el = await mount<ActionList>(html`<action-list group=${freshGroup()} profile="basis" challenge="8"></action-list>`);
    await actionsShown(el);
    await emulateMedia({ media: 'print' });
    try {
      for (const panel of $$(el, '.top .panel')) expect(getComputedStyle(panel).display).to.not.equal('none');
      for (const b of $$(el, 'button')) expect(getComputedStyle(b).display).to.equal('none');
      expect(getComputedStyle(footer(el)!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle($(el, '.top .panel')!).display).to.equal('none');
  });

  describe('"Zo deden anderen het": practice examples beside the actions', () => {
    const hasCase = (id: string) => nlExamples.examples.some((example) => example.actions.includes(id));
    /** A profile × challenge whose top 3 has an action with practice examples, and one without. */
    const advice = CHALLENGE_IDS.flatMap((challenge) => PROFILE_IDS.map((profile) => ({ profile, challenge, top: topActions(profile, challenge) }))).find(
      ({ top }) => top.some(hasCase) && top.some((id) => !hasCase(id)),
    )!;

    it('closed and not loaded at first; opened by keyboard it shows the cases by heading; axe clean', async () => {
      const el = await mount<ActionList>(html`<action-list group=${freshGroup()} profile=${advice.profile} challenge=${advice.challenge}></action-list>`);
      await actionsShown(el);
      const cards = $$(el, '.top > li');
      const withCase = advice.top.findIndex(hasCase);
      const without = advice.top.findIndex((id) => !hasCase(id));
      expect(cards[without].querySelector('details.examples'), 'no disclosure on an action without a case').to.equal(null);
      const details = cards[withCase].querySelector<HTMLDetailsElement>('details.examples')!;
      const summary = details.querySelector<HTMLElement>('summary')!;
      const title = cards[withCase].querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim().replace(/^\d Actie \d: /, '');
      expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Zo deden anderen het: ${title}`);
      expect(details.open).to.equal(false);
      expect(details.querySelector('.example-list'), 'nothing loaded before it is opened').to.equal(null);

      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      await el.updateComplete;
      const expected = nlExamples.examples.filter((example) => example.actions.includes(advice.top[withCase]));
      for (let i = 0; i < 100 && !details.querySelector('.example-list'); i++) await new Promise((r) => setTimeout(r, 10));
      const headings = [...details.querySelectorAll('h4')].map((h) => h.textContent!.trim());
      expect(headings).to.deep.equal(expected.map((example) => example.title));
      expect(details.textContent).to.contain(expected[0].text);
      expect(details.querySelector('.source')!.textContent).to.contain('Bron:');
      await expect(el).to.be.accessible();

      // Closed again by keyboard.
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(false);
    });

    it('in French, the cases are the French ones', async () => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'fr';
      wrapper.innerHTML = `<action-list group="${freshGroup()}" profile="${advice.profile}" challenge="${advice.challenge}"></action-list>`;
      document.body.append(wrapper);
      try {
        const el = wrapper.firstElementChild as ActionList;
        await ready(el);
        await actionsShown(el);
        const details = $<HTMLDetailsElement>(el, 'details.examples')!;
        expect(details.querySelector('summary')!.textContent).to.contain('Ce que d’autres ont fait');
        details.open = true;
        for (let i = 0; i < 100 && !details.querySelector('.example-list'); i++) await new Promise((r) => setTimeout(r, 10));
        const first = frExamples.examples.find((example) => example.actions.some((id) => details.closest('li')!.querySelector('h3')!.id === `action-${id}`))!;
        expect([...details.querySelectorAll('h4')][0].textContent!.trim()).to.equal(first.title);
      } finally {
        wrapper.remove();
      }
    });
  });
});
