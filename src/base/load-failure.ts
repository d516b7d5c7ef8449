/**
 * What a visitor reads when a part's code could not be loaded, before any translations can be
 * (they come with that code): in the language of the nearest `lang`, else Dutch.
 */
export function loadFailureMessage(element: Element): string {
  const language = (element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'nl').slice(0, 2).toLowerCase();
  return language === 'fr'
    ? 'Cette partie de l’outil n’a pas pu être chargée. Vérifiez votre connexion\u00a0; nous réessayons automatiquement.'
    : language === 'en'
      ? 'This part of the self-scan could not be loaded. Check your connection; we will try again automatically.'
      : 'Dit deel van de scan kon niet geladen worden. Controleer je verbinding; we proberen het automatisch opnieuw.';
}
