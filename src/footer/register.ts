/** Registers <informeel-leren-footer>; the step elements also register it when they first connect. */
import { define } from '../define.js';
import { InformeelLerenFooter, type ClearDetail } from './informeel-leren-footer.js';

define('informeel-leren-footer', InformeelLerenFooter);

export { InformeelLerenFooter, type ClearDetail };

declare global {
  interface HTMLElementTagNameMap {
    'informeel-leren-footer': InformeelLerenFooter;
  }
  interface GlobalEventHandlersEventMap {
    'informeel-leren-clear': CustomEvent<ClearDetail>;
  }
}
