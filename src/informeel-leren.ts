/**
 * The widget: registers <profile-scan>, <challenge-picker>, <action-list> and the one-tag
 * <informeel-leren-scan>, and <team-view>. Each element's code is loaded only when its tag is on the page; what a
 * first screen needs (code and content in the page's language) is fetched all at once, and the
 * later steps load once the first screen is ready. Tags inside your components' shadow roots:
 * call `discover(shadowRoot)`.
 */
import { claimPage } from './copies.js';
import { discover as discoverHere, whenUsed } from './lazy.js';
import { reserveSpace } from './reserve-space.js';

const FIRST_SCREENS = ['profile-scan', 'informeel-leren-scan'];

// A second copy of this script (or another version) leaves the page to the first.
const running = claimPage(discoverHere);
if (!running) {
  reserveSpace();
  whenUsed('profile-scan', { load: () => import('./profile-scan/register.js'), module: 'profile-scan/register', content: ['statements', 'scan', 'ui-first-screen'] });
  whenUsed('informeel-leren-scan', { load: () => import('./scan/register.js'), module: 'scan/register', content: ['statements', 'scan', 'ui-first-screen'] });
  whenUsed('challenge-picker', {
    load: () => import('./challenge-picker/register.js'),
    module: 'challenge-picker/register',
    content: ['challenges', 'profiles', 'texts', 'ui'],
    after: FIRST_SCREENS,
  });
  whenUsed('action-list', {
    load: () => import('./action-list/register.js'),
    module: 'action-list/register',
    content: ['challenges', 'profiles', 'texts', 'questions', 'ui'],
    after: FIRST_SCREENS,
  });
  whenUsed('team-view', {
    load: () => import('./team-view/register.js'),
    module: 'team-view/register',
    content: ['statements', 'profiles', 'texts', 'ui'],
    after: FIRST_SCREENS,
  });
  discoverHere(document);
}

/** Loads the widget's tags inside `root` (e.g. your component's shadow root) and watches it for more. */
const discover: (root?: ParentNode) => void = running ?? discoverHere;

export { discover };
