/**
 * The widget: registers <profile-scan>, <challenge-picker> and <action-list>.
 * Each element's code is loaded only when its tag is on the page.
 */
import { whenUsed } from './lazy.js';

whenUsed('profile-scan', () => import('./profile-scan/register.js'));
whenUsed('challenge-picker', () => import('./challenge-picker/register.js'));
whenUsed('action-list', () => import('./action-list/register.js'));
