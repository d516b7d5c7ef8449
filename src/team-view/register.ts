/** Registers <team-view>. */
import { define } from '../define.js';
import type { ClearDetail } from '../footer/informeel-leren-footer.js';
import { TeamView, type TeamChangeDetail } from './team-view.js';

define('team-view', TeamView);

export { TeamView };

declare global {
  interface HTMLElementTagNameMap {
    'team-view': TeamView;
  }
  /** The events bubble and cross shadow roots: listen on the element, an ancestor, document or window. */
  interface GlobalEventHandlersEventMap {
    'team-change': CustomEvent<TeamChangeDetail>;
    'informeel-leren-clear': CustomEvent<ClearDetail>;
  }
}
