/** Registers <informeel-leren-scan> (and the three elements it lays out). */
import { define } from '../define.js';
import { InformeelLerenScan } from './informeel-leren-scan.js';

define('informeel-leren-scan', InformeelLerenScan);

export { InformeelLerenScan };
