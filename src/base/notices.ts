import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../localize/localize.js';
import type { ScanStore, StoreProblem } from '../state/store.js';

/** Messages for saved or shared data that could not be used. */
export function problemsNotice(store: ScanStore): TemplateResult | typeof nothing {
  const messages: Record<StoreProblem, string> = {
    'storage-unavailable': msg('Je antwoorden kunnen in deze browser niet bewaard worden; ze blijven alleen tijdens dit bezoek.', {
      id: 'problem.storage-unavailable',
    }),
    'storage-corrupt': msg('Een deel van je bewaarde antwoorden was onleesbaar. We hebben behouden wat nog bruikbaar was.', {
      id: 'problem.storage-corrupt',
    }),
    'storage-old-version': msg('Je antwoorden kwamen uit een oudere versie van de scan. We hebben overgenomen wat nog past.', {
      id: 'problem.storage-old-version',
    }),
    'storage-conflict': msg('Een ander tabblad bewaarde onleesbare gegevens voor deze scan. We houden de antwoorden van dit tabblad bij.', {
      id: 'problem.storage-conflict',
    }),
    'team-partly-invalid': msg('Niet alle resultaten in de teamlink waren geldig. We tonen de geldige.', {
      id: 'problem.team-partly-invalid',
    }),
    'share-invalid': msg('De gedeelde link is ongeldig of onvolledig. Je eigen antwoorden blijven behouden.', {
      id: 'problem.share-invalid',
    }),
    'share-unavailable': msg('De gedeelde link kon niet geopend worden. Controleer je verbinding; we proberen het opnieuw zodra je online bent.', {
      id: 'problem.share-unavailable',
    }),
  };
  const problems = [...store.problems];
  if (!problems.length) return nothing;
  return html`<div class="notice error" role="status" part="notice">${problems.map((p) => html`<p>${messages[p]}</p>`)}</div>`;
}

/** Banner shown while a shared result is open. */
export function sharedBanner(store: ScanStore): TemplateResult | typeof nothing {
  if (!store.state.shared) return nothing;
  return html`<div class="notice" part="notice">
    <p>
      ${msg('Je bekijkt een gedeeld resultaat. Je eigen antwoorden blijven bewaard; pas je iets aan, dan wordt dit je eigen resultaat.', {
        id: 'shared.banner',
      })}
    </p>
    <button type="button" class="link" @click=${() => store.leaveShared()}>${msg('Toon mijn eigen antwoorden', { id: 'shared.leave' })}</button>
  </div>`;
}
