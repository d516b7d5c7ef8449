/**
 * The widget: registers <profile-scan>, <challenge-picker>, <action-list> and the one-tag
 * <informeel-leren-scan>, and <team-view>. Each element's code is loaded only when its tag is on the page.
 * Tags inside your components' shadow roots: call `discover(shadowRoot)`.
 */
import { discover, whenUsed } from './lazy.js';

whenUsed('profile-scan', () => import('./profile-scan/register.js'));
whenUsed('challenge-picker', () => import('./challenge-picker/register.js'));
whenUsed('action-list', () => import('./action-list/register.js'));
whenUsed('informeel-leren-scan', () => import('./scan/register.js'));
whenUsed('team-view', () => import('./team-view/register.js'));

export { discover };
