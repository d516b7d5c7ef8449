/** One step at a time: what a new user sees on a page with the three steps, and the small things that build trust. */
import { expect } from '@open-wc/testing';
import type { ProfileScan } from '../../src/profile-scan/profile-scan.js';
import type { ChallengePicker } from '../../src/challenge-picker/challenge-picker.js';
import type { ActionList } from '../../src/action-list/action-list.js';
import { decodeShareCode } from '../../src/scoring/index.js';
import { SHARE_PARAM, storeFor } from '../../src/state/store.js';
import { readParam } from '../../src/state/fragment.js';
import { $, $$, button, freshGroup, heading, html, mount, ready } from '../helpers.js';

async function threeSteps(group = freshGroup()) {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = `<profile-scan group="${group}"></profile-scan><challenge-picker group="${group}"></challenge-picker><action-list group="${group}"></action-list>`;
  document.body.append(wrapper);
  const [scan, picker, list] = [...wrapper.children] as [ProfileScan, ChallengePicker, ActionList];
  await Promise.all([ready(scan), ready(picker), ready(list)]);
  return { wrapper, scan, picker, list, group };
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('one step at a time', () => {
  it('the partner’s contact line, set on one element, shows in the group’s one footer', async () => {
    const group = freshGroup();
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<profile-scan group="${group}" contact="hr@example.be"></profile-scan><action-list group="${group}"></action-list>`;
    document.body.append(wrapper);
    try {
      const [scan, list] = [...wrapper.children] as [ProfileScan, ActionList];
      await Promise.all([ready(scan), ready(list)]);
      await list.updateComplete;
      const footer = list.shadowRoot!.querySelector('informeel-leren-footer')!;
      await (footer as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(footer.shadowRoot!.querySelector('a[href="mailto:hr@example.be"]')).to.exist;
    } finally {
      wrapper.remove();
    }
  });

  it('only a plain e-mail address becomes a mail link; one that adds hidden recipients is shown as text', async () => {
    const cases = [['hr@example.be', true], ['hr@x.be?bcc=spy%40evil.be', false], ['hr@x.be&cc=a@b.be', false], ['Bel 02 123 45 67', false]] as const;
    for (const [contact, link] of cases) {
      const el = await mount<ProfileScan>(html`<profile-scan group=${freshGroup()} contact=${contact}></profile-scan>`);
      const footer = el.shadowRoot!.querySelector('informeel-leren-footer')!;
      await (footer as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(!!footer.shadowRoot!.querySelector('a[href^="mailto:"]'), contact).to.equal(link);
      expect(footer.shadowRoot!.textContent, contact).to.contain(contact);
    }
  });

  it('a fresh page shows step 1 in full; steps 2 and 3 as one line and a way in; "Stap n van 3" on each', async () => {
    const { wrapper, scan, picker, list } = await threeSteps();
    try {
      expect([scan, picker, list].map((el) => $(el, '[part="step-indicator"]')!.textContent!.trim())).to.deep.equal([
        'Stap 1 van 3',
        'Stap 2 van 3',
        'Stap 3 van 3',
      ]);
      expect(button(scan, 'Start')).to.exist;
      // No nine open cards below an unstarted scan.
      expect($$(picker, 'input[name="challenge"]')).to.have.length(0);
      expect(text(picker)).to.contain('Na de scan kies je hier een van de negen uitdagingen');
      expect(text(list)).to.contain('Kies eerst een uitdaging');
      await expect(picker).to.be.accessible();
      // The picker may still be explored freely.
      button(picker, 'Bekijk de uitdagingen nu al').click();
      await picker.updateComplete;
      expect($$(picker, 'input[name="challenge"]')).to.have.length(9);
      expect(picker.shadowRoot!.activeElement).to.equal($(picker, '[data-step-heading]'));
      await expect(picker).to.be.accessible();
    } finally {
      wrapper.remove();
    }
  });

  it('an element alone on a page shows no step indicator and the full content', async () => {
    const picker = await mount<ChallengePicker>(html`<challenge-picker group=${freshGroup()}></challenge-picker>`);
    expect($(picker, '[part="step-indicator"]')).to.equal(null);
    expect($$(picker, 'input[name="challenge"]')).to.have.length(9);
  });

  it('the unit question is not numbered; statements are, and sit inside their box', async () => {
    const el = await mount<ProfileScan>(html`<profile-scan group=${freshGroup()}></profile-scan>`);
    button(el, 'Start').click();
    await el.updateComplete;
    const legend = $(el, '.units legend')!;
    expect(getComputedStyle(legend, '::before').content).to.be.oneOf(['none', 'normal', '']);
    expect(text(el)).to.contain('De stellingen spreken over "de organisatie"');
    await startScanFromUnit(el);
    expect(text(el)).to.contain('waar een stelling "de organisatie" zegt, lees je je team');
    const fieldset = $(el, 'fieldset[data-statement]')!;
    const statement = fieldset.querySelector('legend')!;
    expect(getComputedStyle(statement, '::before').content).to.contain('counter(statement)');
    // The text starts below the box's top border, not across it.
    expect(statement.getBoundingClientRect().top).to.be.at.least(fieldset.getBoundingClientRect().top + 1);
  });

  it('"Terug naar uitdagingen" and "Volgende stap" only where the step they lead to is on the page', async () => {
    const group = freshGroup();
    storeFor(group).update({ unit: 'team', answers: Object.fromEntries((await import('../../src/scoring/index.js')).STATEMENT_IDS.map((id) => [id, false])), submitted: true, challenge: '2' });
    const list = await mount<ActionList>(html`<action-list group=${group}></action-list>`);
    expect(() => button(list, 'Terug naar uitdagingen')).to.throw();
    const scan = await mount<ProfileScan>(html`<profile-scan group=${freshGroup()}></profile-scan>`);
    expect(() => button(scan, 'Volgende stap: kies een uitdaging')).to.throw();
  });

  it('"Delen" without a finished scan still carries what the user sees: the challenge and the profile', async () => {
    const list = await mount<ActionList>(html`<action-list group=${freshGroup()} challenge="6"></action-list>`);
    const select = $<HTMLSelectElement>(list, 'select')!;
    select.value = 'groei';
    select.dispatchEvent(new Event('change'));
    await list.updateComplete;
    const code = readParam(new URL(list.shareUrl()).hash.slice(1), SHARE_PARAM)!;
    expect(decodeShareCode(code)).to.deep.equal({ kind: 'advice', advice: { challenge: '6', profile: 'groei' } });

    // Opened elsewhere, it shows the same advice.
    const other = freshGroup();
    await storeFor(other).openShared(code);
    const reopened = await mount<ActionList>(html`<action-list group=${other}></action-list>`);
    expect(heading(reopened)).to.equal(heading(list));
    expect($<HTMLSelectElement>(reopened, 'select')!.value).to.equal('groei');
  });
});

async function startScanFromUnit(el: ProfileScan) {
  button(el, 'Verder').click();
  await el.updateComplete;
}


