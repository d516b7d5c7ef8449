/** Registers <informeel-leren-scan> (and the three elements it lays out). */
import { define } from '../define.js';
import { InformeelLerenScan } from './informeel-leren-scan.js';

define('informeel-leren-scan', InformeelLerenScan);

export { InformeelLerenScan };

declare global {
  /** The events of the three elements inside bubble out of it (see their register modules). */
  interface HTMLElementTagNameMap {
    'informeel-leren-scan': InformeelLerenScan;
  }
}
