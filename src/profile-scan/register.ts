/** Registers <profile-scan>. */
import { define } from '../define.js';
import { ProfileScan } from './profile-scan.js';

define('profile-scan', ProfileScan);

export { ProfileScan };
