import { whenIdle } from './base/idle.js';
import { loadFailureMessage } from './base/load-failure.js';
import { mayHoldLink } from './state/link-param.js';
type Loader = () => Promise<unknown>;

/** How the entry loads the code of one tag. */
export interface TagLoad {
  /** Imports the element's code. */
  load: Loader;
  /**
   * The element's module as the build knows it (its path in src without extension, e.g.
   * "profile-scan/register"): the files it imports are fetched together with it, not one after the other.
   */
  module?: string;
  /**
   * The content parts its first render needs, fetched together with its code, in its language:
   * parts of content/<lang>/, and "ui" (all UI translations) or "ui-first-screen" (a first screen's).
   */
  content?: readonly string[];
  /**
   * A later step: when one of these tags is on the page too, its code waits until their first
   * screen is ready, then loads while the browser is idle, so it never delays that first screen.
   */
  after?: readonly string[];
}

/**
 * The built files, and per module of src that starts a chunk (as named in this entry) and per
 * "language/part" of the content, the indexes of the files it needs: the build (rollup.config.js)
 * writes them in place of this global, which is never set. Unbundled there is nothing to list:
 * the browser finds every file by itself.
 */
interface Files {
  files: string[];
  modules: Record<string, number[]>;
  content: Record<string, number[]>;
}
const FILES = (globalThis as { __INFORMEEL_LEREN_FILES__?: Files }).__INFORMEEL_LEREN_FILES__;
/** The footer's module and content: the last step tag on a page shows the footer. */
const FOOTER_CODE = 'footer/informeel-leren-footer';
const FOOTER_CONTENT = ['texts', 'ui'];
/** The module that opens share links: fetched with the first screen when the page was opened with one. */
const LINK_READER = 'state/open-link';

/** Every tag the entry loads. */
const known = new Set<string>();
/** Tags whose code is not loaded yet, with how to load it. */
const pending = new Map<string, TagLoad>();
/** Tags whose code is loading (or waiting for an earlier step's first screen) right now. */
const loading = new Set<string>();
/** Tags of first screens and the promise that settles when their first screen is ready. */
const firstScreens = new Map<string, Promise<void>>();
/** Roots (the document and open shadow roots) already watched for new tags. */
const watched = new WeakSet<Node>();
/** Files already asked for. */
const fetched = new Set<number>();

/** Tags that show the "could not be loaded" message, cleared once their code arrives. */
const failed = new Set<Element>();
/** Timed attempts made at a tag whose code failed: after 1, 3, 9 and 27 s; after that, the browser coming back online. */
const attempts = new Map<string, number>();

/** The language an element will speak (as base/language.ts resolves it), to fetch the right content. */
function languageOf(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) break;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return ((node as Element | null)?.getAttribute('lang') ?? '').trim().slice(0, 2).toLowerCase();
}

/**
 * Starts fetching, all at once, what a tag's first render needs: the files its code imports, the
 * content in the language of each instance, and the footer where the tag is the last one on the page.
 */
function prefetch(tag: string, how: TagLoad, root: ParentNode): void {
  if (!FILES) return;
  const wanted = new Set(FILES.modules[how.module!] ?? []);
  const tags = [...known].join();
  for (const el of root.querySelectorAll(tag)) {
    let language = languageOf(el);
    if (!FILES.content[`${language}/texts`]) language = 'nl';
    for (const part of how.content ?? []) for (const file of FILES.content[`${language}/${part}`] ?? []) wanted.add(file);
    const later = [...(el.getRootNode() as ParentNode).querySelectorAll(tags)].some((other) => el.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (!later) {
      for (const file of FILES.modules[FOOTER_CODE] ?? []) wanted.add(file);
      for (const part of FOOTER_CONTENT) for (const file of FILES.content[`${language}/${part}`] ?? []) wanted.add(file);
    }
  }
  if (mayHoldLink(location.hash)) for (const file of FILES.modules[LINK_READER] ?? []) wanted.add(file);
  for (const file of wanted) {
    if (fetched.has(file)) continue;
    fetched.add(file);
    // Failures are the real load's to report.
    import(new URL(FILES.files[file], import.meta.url).href).catch(() => {});
  }
}

/**
 * Tells the visitor, inside each tag, that this step could not load. Light DOM text: the element
 * has no code (and so no shadow root) yet; it disappears from view once the element upgrades.
 */
function showFailure(root: ParentNode, tag: string, messageFor = loadFailureMessage): void {
  for (const el of root.querySelectorAll(tag)) {
    const message = messageFor(el);
    if (failed.has(el) || el.childNodes.length) continue; // never overwrite what the host put inside
    failed.add(el);
    el.setAttribute('role', 'alert');
    el.textContent = message;
  }
}

function clearFailures(tag: string): void {
  for (const el of failed) {
    if (el.localName !== tag) continue;
    failed.delete(el);
    el.removeAttribute('role');
    el.textContent = '';
  }
}

/** Settles when every instance of a loaded tag in `root` has rendered its first screen. */
async function rendered(tag: string, root: ParentNode): Promise<void> {
  await customElements.whenDefined(tag);
  await Promise.all([...root.querySelectorAll(tag)].map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
}


/** For a later step: the first screens on the page it waits for (none: it loads at once). */
function earlierScreens(how: TagLoad, root: ParentNode): Promise<void>[] {
  return (how.after ?? []).filter((tag) => firstScreens.has(tag) && (root.querySelector(tag) || document.querySelector(tag))).map((tag) => firstScreens.get(tag)!);
}

function load(tag: string, root: ParentNode): void {
  const how = pending.get(tag);
  if (!how || loading.has(tag)) return;
  loading.add(tag);
  const waitFor = earlierScreens(how, root);
  const start = waitFor.length ? Promise.all(waitFor).then(whenIdle) : Promise.resolve();
  const loaded = start.then(() => {
    prefetch(tag, how, root);
    return how.load();
  });
  if (!how.after) {
    firstScreens.set(
      tag,
      loaded.then(
        () => rendered(tag, root),
        () => undefined,
      ),
    );
  }
  loaded.then(
    () => {
      pending.delete(tag);
      loading.delete(tag);
      clearFailures(tag);
    },
    (error: unknown) => {
      // Kept pending: timed attempts, the next tag on the page, `discover()` or the browser coming online try again.
      loading.delete(tag);
      console.warn(`informeel-leren: <${tag}> could not be loaded`, error);
      // The host's Trusted Types policy refuses Lit's ("lit-html"): no attempt can help, and the message says what is wrong.
      if (/createPolicy/.test(String(error))) {
        return void import('./base/policy-failure.js').then(({ policyFailureMessage }) => showFailure(root, tag, policyFailureMessage), () => showFailure(root, tag));
      }
      showFailure(root, tag);
      const attempt = attempts.get(tag) ?? 0;
      attempts.set(tag, attempt + 1);
      if (attempt < 4) setTimeout(() => load(tag, root), 1000 * 3 ** attempt);
    },
  );
}

function loadIfPresent(root: ParentNode): void {
  // First screens first, so the later steps know what to wait for.
  const tags = [...pending.keys()].sort((a, b) => Number(!!pending.get(a)!.after) - Number(!!pending.get(b)!.after));
  for (const tag of tags) {
    if (root.querySelector(tag) || (root instanceof Element && root.localName === tag)) load(tag, root);
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      discover(node);
      if (node.shadowRoot) discover(node.shadowRoot);
    }
  }
});

/**
 * Loads the code of every widget tag in `root` and in the open shadow roots inside it, and keeps
 * watching those roots for tags added later. The document is watched from the start; call this
 * for tags inside your own components' shadow roots, e.g. `discover(this.shadowRoot)` after they render.
 */
export function discover(root: ParentNode = document): void {
  if (!pending.size) return;
  loadIfPresent(root);
  if (root instanceof ShadowRoot && !watched.has(root)) {
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) discover(el.shadowRoot);
}

/**
 * Loads an element's code the first time its tag appears (now or later), so a page with only the
 * scan never downloads the other steps. A failed load says so inside the tag and is tried again.
 * Call it for every tag first, then `discover()`.
 */
export function whenUsed(tag: string, how: TagLoad): void {
  if (customElements.get(tag)) return;
  known.add(tag);
  pending.set(tag, how);
  if (!watched.has(document)) {
    watched.add(document);
    observer.observe(document, { childList: true, subtree: true });
    globalThis.addEventListener('online', () => discover(document));
  }
}
