import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normalizeGroup, storeFor, type ScanStore } from '../state/store.js';

/** What the controller needs of its element: the `group` it belongs to. */
export type StoreHost = ReactiveControllerHost & HTMLElement & { group: unknown };

/** The elements attached to each store right now, so steps of one group can find each other. */
const attached = new WeakMap<ScanStore, Set<StoreHost>>();

/**
 * Keeps an element attached to the shared state of its group: subscribes on connect, follows a
 * change of `group`, unsubscribes on disconnect (and subscribes again when the element is put
 * back, as frameworks do when they move nodes). Every change of the state re-renders the element.
 */
export class StoreController implements ReactiveController {
  private current?: ScanStore;

  constructor(
    private readonly host: StoreHost,
    /** Called before the re-render when the shared state changed (here or in another element). */
    private readonly onChange?: () => void,
  ) {
    host.addController(this);
  }

  /** The store of the element's group. */
  get store(): ScanStore {
    return this.current ?? storeFor(this.host.group);
  }

  /** The group name as the store knows it. */
  get group(): string {
    return normalizeGroup(this.host.group);
  }

  /** The other connected elements that share this store. */
  get peers(): StoreHost[] {
    return [...(attached.get(this.store) ?? [])].filter((peer) => peer !== this.host);
  }

  hostConnected(): void {
    this.attach();
  }

  hostUpdate(): void {
    if (this.host.isConnected) this.attach();
  }

  hostDisconnected(): void {
    this.detach();
  }

  private readonly changed = (): void => {
    this.onChange?.();
    this.host.requestUpdate();
  };

  private attach(): void {
    const store = storeFor(this.host.group);
    if (store === this.current) return;
    this.detach();
    this.current = store;
    store.addEventListener('change', this.changed);
    let hosts = attached.get(store);
    if (!hosts) attached.set(store, (hosts = new Set()));
    hosts.add(this.host);
    this.peersChanged();
  }

  private detach(): void {
    if (!this.current) return;
    this.current.removeEventListener('change', this.changed);
    attached.get(this.current)?.delete(this.host);
    this.peersChanged();
    this.current = undefined;
  }

  /** Elements that render depending on their peers (the one footer per group) re-render. */
  private peersChanged(): void {
    for (const peer of this.peers) peer.requestUpdate();
  }
}
