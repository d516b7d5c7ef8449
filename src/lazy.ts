type Loader = () => Promise<unknown>;

const pending = new Map<string, Loader>();
let observer: MutationObserver | undefined;

function loadIfPresent(root: ParentNode): void {
  for (const [tag, load] of pending) {
    if (root.querySelector(tag) || (root instanceof Element && root.localName === tag)) {
      pending.delete(tag);
      load().catch((error: unknown) => console.warn(`informeel-leren: <${tag}> could not be loaded`, error));
    }
  }
  if (!pending.size) observer?.disconnect();
}

/**
 * Loads an element's code the first time its tag appears in the document (now or later),
 * so a page with only the scan never downloads the other steps.
 */
export function whenUsed(tag: string, load: Loader): void {
  if (customElements.get(tag)) return;
  pending.set(tag, load);
  loadIfPresent(document);
  if (pending.size && !observer) {
    observer = new MutationObserver((records) => {
      for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && loadIfPresent(node));
    });
    observer.observe(document, { childList: true, subtree: true });
  }
}
