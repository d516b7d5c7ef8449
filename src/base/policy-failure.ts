/**
 * What a visitor reads when the host page's Trusted Types policy refuses the widget's code (Lit's
 * "lit-html" policy is not allowed): in the language of the nearest `lang`, else Dutch. Loaded only
 * then, as a file of its own, which the policy does not stop.
 */
export function policyFailureMessage(element: Element): string {
  const language = (element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'nl').slice(0, 2).toLowerCase();
  return language === 'fr'
    ? 'Cette page n’autorise pas l’outil : sa politique de sécurité (Trusted Types) refuse son code. L’administrateur du site peut y remédier.'
    : language === 'en'
      ? 'This page does not allow the self-scan: its security policy (Trusted Types) refuses its code. The website’s administrator can fix this.'
      : 'Deze pagina laat de scan niet toe: haar beveiligingsbeleid (Trusted Types) weigert de code ervan. De beheerder van de website kan dit oplossen.';
}
