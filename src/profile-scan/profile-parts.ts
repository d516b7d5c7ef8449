import { html, type TemplateResult } from 'lit';
import type { ProfileText } from '../content/types.js';
import { msg } from '../localize/localize.js';

/** A profile's description in its three parts: core traits, today's focus and the opportunities. */
export function renderProfileParts(profile: ProfileText): TemplateResult {
  return html`<div class="profile-part">
    <h4>${msg('Kernkenmerken', { id: 'profile.core' })}</h4>
    <p>${profile.kernkenmerken}</p>
    <h4>${msg('Wat is de focus vandaag?', { id: 'profile.focus' })}</h4>
    <p>${profile.focus}</p>
    <h4>${msg('Kansen voor verdere ontwikkeling', { id: 'profile.opportunities' })}</h4>
    <p>${profile.kansen}</p>
  </div>`;
}
