import { text } from '../base/text.js';

/** The longest contact line shown; a longer one is cut, with one warning. */
const CONTACT_MAX = 200;
let contactCutWarned = false;

/** The partner's contact line as shown: trimmed, at most `CONTACT_MAX` characters. */
export function contactLine(value: unknown): string {
  const contact = text(value).trim();
  if (contact.length <= CONTACT_MAX) return contact;
  if (!contactCutWarned) console.warn(`informeel-leren: the contact line is longer than ${CONTACT_MAX} characters; only its start is shown.`);
  contactCutWarned = true;
  return `${contact.slice(0, CONTACT_MAX - 1)}…`;
}

