/** When the last print dialog closed (`print()` blocks while it is open), on the events' clock. */
let printClosedAt = -Infinity;

/** The second (third…) click of a double click: a button that saves or prints acts on the first only. */
export const isRepeatClick = (event: Event): boolean => (event as MouseEvent).detail > 1;

/**
 * Prints the page from a button's click, once: the second click of a double click, and clicks
 * made while the print dialog was open (they arrive after it closes), are ignored.
 */
export function printPage(event: Event): void {
  if (isRepeatClick(event) || event.timeStamp < printClosedAt) return;
  print();
  printClosedAt = performance.now();
}
