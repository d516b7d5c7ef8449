/**
 * A share link opened while the code that reads links cannot load (offline): the user is told,
 * their own answers stay, and the link opens once the browser is back online. A file of its own:
 * the page must not have loaded that code before.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ProfileScan } from '../src/profile-scan/profile-scan.js';
import '../src/profile-scan/register.js';
import { encodeResult } from '../src/scoring/result-code.js';
import { storeFor } from '../src/state/store.js';
import { $, freshGroup, heading, html, mount, yesTo } from './helpers.js';
import { itWhere, media } from './media-support.js';

const itOffline = itWhere(media.engine === 'chromium', 'blocking requests needs CDP (Chromium only)');

describe('a share link while offline', () => {
  itOffline('says so, keeps the user’s answers, and opens the link once back online', async () => {
    const group = freshGroup();
    localStorage.setItem(`informeel-leren/v1/${group}`, JSON.stringify({ answers: { Visie_1: true }, seed: 7, unit: 'team' }));
    const code = encodeResult({ answers: yesTo('Aanbod_3', 'LKB_1', 'Talent_3'), unit: 'onderneming', challenge: '8' });
    await executeServerCommand('network-block', ['*/src/state/open-link.ts*']);
    history.replaceState(null, '', `#informeel-leren=${code}`);
    try {
      const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
      expect($(el, '.notice.error')!.textContent).to.contain('De gedeelde link kon niet geopend worden');
      expect(heading(el)).to.equal('Het leerbeleid van je team');
      expect(storeFor(group).state.answers).to.deep.equal({ Visie_1: true });

      await executeServerCommand('network-block', []);
      window.dispatchEvent(new Event('online'));
      expect(await storeFor(group).opening).to.equal(true);
      await el.updateComplete;
      expect(heading(el)).to.equal('Het profiel van je onderneming: Krachtige ambitie');
      expect($(el, '.notice.error')).to.equal(null);
      expect(JSON.parse(localStorage.getItem(`informeel-leren/v1/${group}`)!).answers).to.deep.equal({ Visie_1: true });
    } finally {
      await executeServerCommand('network-block', []);
      history.replaceState(null, '', location.pathname);
    }
  });
});
