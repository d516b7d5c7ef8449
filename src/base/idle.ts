/** Settles when the browser is idle (at the latest after a second), so later work never delays what the user sees first. */
export const whenIdle = (): Promise<void> =>
  new Promise((resolve) => ('requestIdleCallback' in globalThis ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 50)));
