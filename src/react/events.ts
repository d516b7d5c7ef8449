import type { EventName } from '@lit/react';

/** An event's name, typed with its entry in the event maps of the register modules. */
export const eventName = <K extends keyof GlobalEventHandlersEventMap>(name: K) =>
  name as K & EventName<GlobalEventHandlersEventMap[K]>;
