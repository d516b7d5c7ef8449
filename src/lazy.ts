type Loader = () => Promise<unknown>;

/** Tags whose code is not loaded yet, with their loaders. */
const pending = new Map<string, Loader>();
/** Tags whose code is loading right now. */
const loading = new Set<string>();
/** Roots (the document and open shadow roots) already watched for new tags. */
const watched = new WeakSet<Node>();

/** Tags that show the "could not be loaded" message, cleared once their code arrives. */
const failed = new Set<Element>();

/**
 * Tells the visitor, inside each tag, that this step could not load. Light DOM text: the element
 * has no code (and so no shadow root) yet; it disappears from view once the element upgrades.
 */
function showFailure(root: ParentNode, tag: string): void {
  const language = (document.documentElement.lang || 'nl').slice(0, 2).toLowerCase();
  const message =
    language === 'fr'
      ? 'Cette partie de l’outil n’a pas pu être chargée. Vérifiez votre connexion; nous réessayons automatiquement.'
      : language === 'en'
        ? 'This part of the self-scan could not be loaded. Check your connection; we will try again automatically.'
        : 'Dit deel van de scan kon niet geladen worden. Controleer je verbinding; we proberen het automatisch opnieuw.';
  for (const el of root.querySelectorAll(tag)) {
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

function load(tag: string, root: ParentNode): void {
  const loader = pending.get(tag);
  if (!loader || loading.has(tag)) return;
  loading.add(tag);
  loader().then(
    () => {
      pending.delete(tag);
      loading.delete(tag);
      clearFailures(tag);
    },
    (error: unknown) => {
      // Kept pending: the next tag on the page, `discover()` or the browser coming online tries again.
      loading.delete(tag);
      console.warn(`informeel-leren: <${tag}> could not be loaded`, error);
      showFailure(root, tag);
    },
  );
}

function loadIfPresent(root: ParentNode): void {
  for (const tag of pending.keys()) {
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
 */
export function whenUsed(tag: string, loader: Loader): void {
  if (customElements.get(tag)) return;
  pending.set(tag, loader);
  if (!watched.has(document)) {
    watched.add(document);
    observer.observe(document, { childList: true, subtree: true });
    globalThis.addEventListener('online', () => discover(document));
  }
  loadIfPresent(document);
}
