/** What every element shares: following the group's state after moves, one group name, loads that fail and recover. */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ProfileScan } from '../../src/profile-scan/profile-scan.js';
import type { ChallengePicker } from '../../src/challenge-picker/challenge-picker.js';
import type { ActionList } from '../../src/action-list/action-list.js';
import { storeFor } from '../../src/state/store.js';
import { $, $$, button, deep, footer, freshGroup, heading, html, mount, ready, yesTo } from '../helpers.js';
import { itWhere, media } from '../media-support.js';

/** Failing requests on purpose needs the DevTools protocol. */
const itOffline = itWhere(media.engine === 'chromium', 'blocking requests needs CDP (Chromium only)');

const offline = (value: boolean) => executeServerCommand('network-offline', value);

/** Fails the test on any uncaught error or unhandled rejection while `run` runs. */
async function withoutUncaughtErrors(run: () => Promise<void>): Promise<void> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).to.deep.equal([]);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

describe('shared plumbing', () => {
  it('an element removed and put back (as frameworks move nodes) still follows the shared state', async () => {
    const group = freshGroup();
    const picker = await mount<ChallengePicker>(html`<challenge-picker group=${group}></challenge-picker>`);
    const parent = picker.parentElement!;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      picker.remove();
      elsewhere.append(picker); // moved
      await picker.updateComplete;
      storeFor(group).update({ unit: 'team', answers: yesTo('Aanbod_3', 'LKB_1', 'Talent_3'), submitted: true });
      await picker.updateComplete;
      expect(picker.shadowRoot!.textContent).to.contain('rekening met je profiel: Krachtige ambitie');
      parent.append(picker); // and back
      await picker.updateComplete;
      storeFor(group).update({ challenge: '4' });
      await picker.updateComplete;
      expect($<HTMLInputElement>(picker, 'input[value="4"]')!.checked).to.equal(true);
    } finally {
      elsewhere.remove();
    }
  });

  it('follows a change of group, and treats " a" and "a" as one group everywhere', async () => {
    const group = freshGroup();
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<profile-scan group=" ${group} "></profile-scan><challenge-picker group="${group}"></challenge-picker>`;
    document.body.append(wrapper);
    const [scan, picker] = [...wrapper.children] as [ProfileScan, ChallengePicker];
    try {
      await Promise.all([ready(scan), ready(picker)]);
      storeFor(group).update({ unit: 'team', answers: yesTo('Aanbod_3', 'LKB_1', 'Talent_3'), submitted: true });
      await scan.updateComplete;
      expect(heading(scan)).to.equal('Het profiel van je team: Krachtige ambitie');
      // "Volgende stap" hands focus to the picker of the same group, although its name is written differently.
      button(scan, 'Volgende stap: kies een uitdaging').click();
      await picker.updateComplete;
      expect(document.activeElement).to.equal(picker);
      expect(picker.shadowRoot!.activeElement).to.equal($(picker, '[data-step-heading]'));

      const other = freshGroup();
      picker.group = other;
      await picker.updateComplete;
      expect(picker.shadowRoot!.textContent).to.contain('Je kunt de uitdagingen vrij verkennen');
      storeFor(other).update({ unit: 'team', answers: yesTo(), submitted: true, adviceProfile: 'basis' });
      await picker.updateComplete;
      expect(picker.shadowRoot!.textContent).to.contain('rekening met je profiel: Krachtige basis');
    } finally {
      wrapper.remove();
    }
  });

  it('shows the privacy and about footer once per group, and on each element that stands alone', async () => {
    const [a, b] = [freshGroup(), freshGroup()];
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<profile-scan group="${a}"></profile-scan><challenge-picker group="${a}"></challenge-picker><action-list group="${a}"></action-list><action-list group="${b}" challenge="2"></action-list>`;
    document.body.append(wrapper);
    const [scan, picker, list, alone] = [...wrapper.children] as ActionList[];
    try {
      await Promise.all([scan, picker, list, alone].map((el) => ready(el)));
      expect([scan, picker, list, alone].map((el) => !!footer(el))).to.deep.equal([false, false, true, true]);
      const privacy = deep(wrapper.children[2], 'details[part="privacy"] summary');
      expect(privacy.map((s) => s.textContent)).to.deep.equal(['Wat gebeurt er met mijn gegevens?']);
      list.remove(); // the last step goes: the picker takes the footer over
      await picker.updateComplete;
      expect(!!footer(picker)).to.equal(true);
    } finally {
      wrapper.remove();
    }
  });

  it('a null or missing attribute falls back to its default, as framework bindings set them', async () => {
    const group = freshGroup();
    const el = await mount<ActionList>(html`<action-list group=${group} contact="hr@example.be" challenge="3"></action-list>`);
    expect(deep(el, 'a[href^="mailto:"]')).to.have.length(1);
    el.removeAttribute('contact');
    await el.updateComplete;
    expect(heading(el)).to.contain('Acties voor');
    expect(deep(el, 'a[href^="mailto:"]')).to.have.length(0);
    Object.assign(el, { contact: null, group: null, lang: null, profile: undefined, challenge: 3 });
    await el.updateComplete;
    expect(heading(el)).to.match(/acties voor: Er zijn geen duidelijke processen/i);
    expect($$(el, '[role="alert"]')).to.have.length(0);
    expect((el as unknown as { scan: { group: string } }).scan.group).to.equal('default');
  });
});

describe('loads that fail', () => {
  afterEach(() => (media.engine === 'chromium' ? offline(false) : undefined));

  itOffline('content that cannot load says so, offers a retry, and the message clears once it loads', async () => {
    await withoutUncaughtErrors(async () => {
      await offline(true);
      // English has not been loaded in this page yet, so it must come over the (absent) network.
      const el = await mount<ProfileScan>(html`<profile-scan lang="en" group=${freshGroup()}></profile-scan>`);
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('De scan kon niet geladen worden');
      await expect(el).to.be.accessible();
      await offline(false);
      button(el, 'Probeer opnieuw').click();
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(heading(el)).to.equal("Informal learning in your team, department or company");
      expect(button(el, 'Start')).to.exist;
    });
  });

  itOffline('retries by itself when the browser comes back online', async () => {
    await withoutUncaughtErrors(async () => {
      await offline(true);
      const el = await mount<ProfileScan>(html`<profile-scan lang="fr" group=${freshGroup()}></profile-scan>`);
      expect($(el, '[role="alert"]')).to.exist;
      await offline(false);
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(button(el, 'Commencer')).to.exist;
    });
  });

  itOffline('action texts that cannot load: one attempt, a message with "Probeer opnieuw", recovery when back online', async () => {
    await withoutUncaughtErrors(async () => {
      const group = freshGroup();
      storeFor(group).update({ unit: 'team', answers: yesTo('Aanbod_3', 'LKB_1', 'Talent_3'), submitted: true });
      const el = await mount<ActionList>(html`<action-list group=${group}></action-list>`);
      await offline(true);
      const before = (await executeServerCommand('network-requests', 'actions/5')) as number;
      storeFor(group).update({ challenge: '5' });
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 300)); // room for a retry loop, if there were one
      const attempts = ((await executeServerCommand('network-requests', 'actions/5')) as number) - before;
      expect(attempts).to.equal(1);
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('De acties konden niet geladen worden');
      await expect(el).to.be.accessible();
      await offline(false);
      button(el, 'Probeer opnieuw').click();
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
      expect($$(el, '.top > li')).to.have.length(3);
    });
  });
});
