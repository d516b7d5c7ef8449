/** Registers <action-list>. */
import { define } from '../define.js';
import type { ClearDetail } from '../footer/informeel-leren-footer.js';
import {
  ActionList,
  type ActionListDownloadDetail,
  type ActionListPlanDetail,
  type ActionListProfileChangeDetail,
  type ActionListShareDetail,
} from './action-list.js';

define('action-list', ActionList);

export { ActionList };

declare global {
  interface HTMLElementTagNameMap {
    'action-list': ActionList;
  }
  /** The events bubble and cross shadow roots: listen on the element, an ancestor, document or window. */
  interface GlobalEventHandlersEventMap {
    'action-list-profile-change': CustomEvent<ActionListProfileChangeDetail>;
    'action-list-share': CustomEvent<ActionListShareDetail>;
    'action-list-download': CustomEvent<ActionListDownloadDetail>;
    'action-list-plan': CustomEvent<ActionListPlanDetail>;
    'action-list-back': CustomEvent<Record<string, never>>;
    'informeel-leren-clear': CustomEvent<ClearDetail>;
  }
}
