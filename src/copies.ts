import { VERSION } from './version.js';

/** The copy of the entry that runs the page, for the script loaded twice or two versions of it. */
interface RunningCopy {
  version: string;
  discover(root?: ParentNode): void;
}

/** Under a registered symbol, so copies find each other without a global name. */
const KEY = Symbol.for('informeel-leren');

/**
 * Claims the page for this copy of the entry. The first copy gets undefined and loads the tags; a
 * later one gets the running copy's `discover`, loads nothing itself, and warns once if it is
 * another version.
 */
export function claimPage(discover: RunningCopy['discover']): RunningCopy['discover'] | undefined {
  const global = globalThis as { [KEY]?: RunningCopy };
  const running = global[KEY];
  if (!running) {
    global[KEY] = { version: VERSION, discover };
    return undefined;
  }
  if (running.version !== VERSION) console.warn(`informeel-leren: version ${running.version} is already on this page; ${VERSION} stays idle.`);
  return running.discover;
}
