/** Registers the elements under their default names, eagerly. */
import './profile-scan/register.js';
import './challenge-picker/register.js';
import './action-list/register.js';
import './team-view/register.js';
