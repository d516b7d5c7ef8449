/** The whole flow by keyboard alone; forced colours and reduced motion; a host app that uses @lit/localize itself. */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { configureLocalization, msg as hostMsg } from '@lit/localize';
import { html as litHtml, LitElement } from 'lit';
import type { ProfileScan } from '../src/profile-scan/profile-scan.js';
import { freshGroup, heading, ready } from './helpers.js';
import { emulated, itWith } from './media-support.js';

/** The focused element, looking into shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Presses Tab until `match` is focused (at most 80 times). */
async function tabTo(match: (el: Element) => boolean, what: string) {
  for (let i = 0; i < 80; i++) {
    await sendKeys({ press: 'Tab' });
    const el = focused();
    if (el && match(el)) return el;
  }
  throw new Error(`Tab never reached ${what}`);
}
const isButton = (label: string) => (el: Element) => el.localName === 'button' && text(el).startsWith(label);
const isRadio = (el: Element) => el instanceof HTMLInputElement && el.type === 'radio';

describe('keyboard only', () => {
  it('goes through scan, challenge and actions without a mouse, focus following each step', async function () {
    this.timeout(30000);
    const group = freshGroup();
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<profile-scan group="${group}"></profile-scan><challenge-picker group="${group}"></challenge-picker><action-list group="${group}"></action-list>`;
    document.body.append(wrapper);
    const [scan, picker, list] = [...wrapper.children] as ProfileScan[];
    try {
      await Promise.all([ready(scan), ready(picker), ready(list)]);
      (document.activeElement as HTMLElement | null)?.blur();

      await tabTo(isButton('Start'), 'Start');
      await sendKeys({ press: 'Enter' });
      await scan.updateComplete;
      expect(text(focused())).to.equal('Over wie gaat de scan?');
      await tabTo(isRadio, 'the unit choice');
      await sendKeys({ press: 'ArrowDown' }); // afdeling
      await tabTo(isButton('Verder'), 'Verder');
      await sendKeys({ press: 'Enter' });
      await scan.updateComplete;
      expect(text(focused())).to.equal('Het leerbeleid van je afdeling');

      // 20 radio groups: Space answers "Ja" on the first, ArrowRight "Nee" on the others.
      for (let i = 0; i < 20; i++) {
        await tabTo(isRadio, `statement ${i + 1}`);
        await sendKeys({ press: i === 0 ? ' ' : 'ArrowRight' });
      }
      await scan.updateComplete;
      expect(text(scan.shadowRoot!.querySelector('#progress-text'))).to.equal('20 van 20 beantwoord');
      await tabTo(isButton('Toon mijn resultaat'), 'Toon mijn resultaat');
      await sendKeys({ press: 'Enter' });
      await scan.updateComplete;
      expect(text(focused())).to.match(/^(Het|Gedeeld) profiel van je afdeling/);
      if (scan.shadowRoot!.querySelector('input[name="tie-choice"]')) {
        // A tie: say which profile you recognise most, by keyboard too.
        await tabTo(isRadio, 'the tie choice');
        await sendKeys({ press: ' ' });
        await scan.updateComplete;
      }

      await tabTo(isButton('Volgende stap: kies een uitdaging'), 'Volgende stap');
      await sendKeys({ press: 'Enter' });
      await picker.updateComplete;
      expect(text(focused())).to.equal('Welke uitdaging wil je aanpakken?');
      await tabTo(isRadio, 'the challenges');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' }); // challenge 3
      await tabTo(isButton('Bekijk de acties'), 'Bekijk de acties');
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(text(focused())).to.contain('Top 3 acties voor: Er zijn geen duidelijke processen');

      const moreInfo = await tabTo(isButton('Meer info'), 'Meer info');
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(moreInfo.getAttribute('aria-expanded')).to.equal('true');

      await tabTo(isButton('Terug naar uitdagingen'), 'Terug naar uitdagingen');
      await sendKeys({ press: 'Enter' });
      await picker.updateComplete;
      expect(text(focused())).to.equal('Welke uitdaging wil je aanpakken?');
    } finally {
      wrapper.remove();
    }
  });
});

describe('user preferences', () => {
  afterEach(async () => {
    if (emulated('forcedColors')) await executeServerCommand('emulate-forced-colors', 'none');
    if (emulated('reducedMotion')) await emulateMedia({ reducedMotion: 'no-preference' });
  });

  itWith('forcedColors')('forced colours: the main button uses the system highlight colours and keeps its border', async () => {
    if (emulated('forcedColors')) await executeServerCommand('emulate-forced-colors', 'active');
    const el = document.createElement('profile-scan') as ProfileScan;
    el.setAttribute('group', freshGroup());
    document.body.append(el);
    try {
      await ready(el);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const start = el.shadowRoot!.querySelector('button.primary')!;
      const style = getComputedStyle(start);
      const probe = document.createElement('span');
      probe.className = 'probe';
      document.body.append(probe);
      probe.setAttribute('hidden', '');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.probe { color: Highlight; background-color: Highlight; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      expect(style.forcedColorAdjust).to.equal('none');
      expect(style.backgroundColor).to.equal(highlight);
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    } finally {
      el.remove();
    }
  });

  itWith('reducedMotion')('reduced motion: no transitions or animations', async () => {
    if (emulated('reducedMotion')) await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const el = document.createElement('profile-scan') as ProfileScan;
    el.setAttribute('group', freshGroup());
    document.body.append(el);
    try {
      await ready(el);
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        const style = getComputedStyle(node);
        expect(parseFloat(style.transitionDuration) || 0).to.equal(0);
        expect(style.animationName).to.equal('none');
      }
    } finally {
      el.remove();
    }
  });
});

describe('a host app that uses @lit/localize itself', () => {
  it('keeps its own localisation, and the widget keeps its own', async () => {
    // The host configures @lit/localize (possible only once per page): it must not throw, so the widget never does.
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { greeting: 'Hallo Welt' } }),
    });
    class HostGreeting extends LitElement {
      override render() {
        return litHtml`<p>${hostMsg('Hello world', { id: 'greeting' })}</p>`;
      }
    }
    customElements.define('host-greeting', HostGreeting);
    await setLocale('de');

    const host = document.createElement('div');
    host.innerHTML = `<host-greeting></host-greeting><profile-scan lang="fr" group="${freshGroup()}"></profile-scan><profile-scan group="${freshGroup()}"></profile-scan>`;
    document.body.append(host);
    try {
      const greeting = host.children[0] as HostGreeting;
      await greeting.updateComplete;
      expect(greeting.shadowRoot!.textContent).to.contain('Hallo Welt');
      const fr = await ready(host.children[1] as ProfileScan);
      const nl = await ready(host.children[2] as ProfileScan);
      expect(text(fr.shadowRoot!.querySelector('button.primary'))).to.equal('Commencer');
      expect(text(nl.shadowRoot!.querySelector('button.primary'))).to.equal('Start');
      expect(heading(nl)).to.contain('Informeel leren');
      greeting.requestUpdate();
      await greeting.updateComplete;
      expect(greeting.shadowRoot!.textContent).to.contain('Hallo Welt');
    } finally {
      host.remove();
    }
  });
});
