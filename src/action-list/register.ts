/** Registers <action-list>. */
import { define } from '../define.js';
import { ActionList } from './action-list.js';

define('action-list', ActionList);

export { ActionList };
