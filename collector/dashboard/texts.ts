/**
 * The dashboard's own words in Dutch, French and English. The statements and the profile names
 * are not here: they come verbatim from the instrument's content files (see content.ts).
 */

/** The dashboard's languages; Dutch first, as the default. */
export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

import type { SectorId, SizeId } from '../src/choices.ts';

/** Sector and size ids, as the collector accepts them. */
export { SECTOR_IDS, SIZE_IDS, type SectorId, type SizeId } from '../src/choices.ts';

/** Every text of the page in one language. Functions take the numbers they mention. */
export interface Texts {
  languageName: string;
  title: string;
  intro: string;
  privacy: (k: number) => string;
  languageNav: string;
  filtersHeading: string;
  partner: string;
  partnerHint: string;
  partnerInvalid: string;
  sector: string;
  allSectors: string;
  sectors: Record<SectorId, string>;
  size: string;
  allSizes: string;
  sizes: Record<SizeId, string>;
  from: string;
  to: string;
  firstQuarter: string;
  lastQuarter: string;
  total: string;
  scrollHint: string;
  periodInvalid: string;
  apply: string;
  reset: string;
  loading: string;
  loadFailed: string;
  retry: string;
  refused: (message: string) => string;
  updated: (total: number | null, k: number) => string;
  totalShown: (total: string) => string;
  totalSuppressed: (k: number) => string;
  selection: string;
  everything: string;
  emptyHeading: string;
  empty: (k: number) => string;
  profilesHeading: string;
  profilesIntro: string;
  chartLabel: (first: string, last: string) => string;
  legend: string;
  profilesCaption: string;
  quarter: string;
  answers: string;
  fewerThan: (k: number) => string;
  suppressedNote: (k: number) => string;
  statementsHeading: string;
  statementsIntro: string;
  statementsPeriod: string;
  allQuarters: string;
  statementsCaption: (period: string) => string;
  statement: string;
  yesShare: string;
  statementsSuppressed: (k: number) => string;
  aboutHeading: string;
  about: (k: number) => string;
  /** "2026-Q1" as people in this language write it. */
  quarterName: (year: string, q: string) => string;
}

const nl: Texts = {
  languageName: 'Nederlands',
  title: 'Monitoring informeel leren',
  intro:
    'Hoe staat het met het leerbeleid van de organisaties die de zelfscan informeel leren invulden? Deze pagina toont de profielen per kwartaal en hoe vaak elke stelling met ja beantwoord werd.',
  privacy: (k) =>
    `Alleen wie na de scan uitdrukkelijk toestemming gaf, deelde zijn antwoorden, zonder naam of andere gegevens die naar een persoon of organisatie leiden. Een groep van minder dan ${k} antwoorden tonen we nooit.`,
  languageNav: 'Taal',
  filtersHeading: 'Selectie',
  partner: 'Partner',
  partnerHint: 'De korte code die de partner aan de scan op zijn website gaf (monitoring-partner). Leeg laten voor alle partners.',
  partnerInvalid: 'Een partnercode bestaat uit kleine letters, cijfers en streepjes (hoogstens 32 tekens).',
  sector: 'Sector',
  allSectors: 'Alle sectoren',
  sectors: {
    industrie: 'Industrie',
    bouw: 'Bouw',
    handel: 'Handel',
    'transport-logistiek': 'Transport en logistiek',
    horeca: 'Horeca',
    'ict-communicatie': 'ICT en communicatie',
    financien: 'Financiën',
    'zakelijke-diensten': 'Zakelijke diensten',
    onderwijs: 'Onderwijs',
    'zorg-welzijn': 'Zorg en welzijn',
    overheid: 'Overheid',
    'social-profit-cultuur': 'Social profit en cultuur',
    andere: 'Andere',
  },
  size: 'Grootte',
  allSizes: 'Alle groottes',
  sizes: { '1-9': '1 tot 9 medewerkers', '10-49': '10 tot 49 medewerkers', '50-249': '50 tot 249 medewerkers', '250+': '250 of meer medewerkers' },
  from: 'Van kwartaal',
  to: 'Tot en met kwartaal',
  firstQuarter: 'Eerste kwartaal',
  lastQuarter: 'Laatste kwartaal',
  total: 'Totaal',
  scrollHint: 'Schuif de tabel opzij om alle profielen te zien.',
  periodInvalid: 'Het eerste kwartaal ligt na het laatste. Kies een ander begin of einde.',
  apply: 'Toon resultaten',
  reset: 'Alles tonen',
  loading: 'Resultaten laden…',
  loadFailed: 'De resultaten konden niet geladen worden. Controleer de verbinding en probeer opnieuw.',
  retry: 'Opnieuw proberen',
  refused: (message) => `De verzamelserver weigerde deze selectie (${message}).`,
  updated: (total, k) =>
    total === null ? `Resultaten bijgewerkt: minder dan ${k} antwoorden in deze selectie.` : `Resultaten bijgewerkt: ${total} antwoorden.`,
  totalShown: (total) => `${total} antwoorden in de getoonde kwartalen.`,
  totalSuppressed: (k) => `Minder dan ${k} antwoorden in de getoonde kwartalen.`,
  selection: 'Selectie:',
  everything: 'alle antwoorden',
  emptyHeading: 'Nog geen resultaten voor deze selectie',
  empty: (k) =>
    `Er is nog geen kwartaal met minstens ${k} antwoorden dat bij deze selectie past. Kies een ruimere selectie of kom later terug.`,
  profilesHeading: 'Profielen per kwartaal',
  profilesIntro: 'Het aandeel van elk van de vijf profielen in de antwoorden van een kwartaal.',
  chartLabel: (first, last) => `Lijndiagram van het aandeel van elk profiel per kwartaal, van ${first} tot ${last}. De cijfers staan in de tabel hieronder.`,
  legend: 'Legende',
  profilesCaption: 'Aandeel van elk profiel per kwartaal',
  quarter: 'Kwartaal',
  answers: 'Antwoorden',
  fewerThan: (k) => `minder dan ${k} antwoorden`,
  suppressedNote: (k) =>
    `“Minder dan ${k} antwoorden” betekent dat we het kwartaal niet tonen om niemand herkenbaar te maken. Dat gebeurt ook als het verschil met een ruimere selectie kleiner is dan ${k}.`,
  statementsHeading: 'Ja-antwoorden per stelling',
  statementsIntro: 'Hoeveel procent van de antwoorden “ja” gaf op elk van de 20 stellingen.',
  statementsPeriod: 'Periode',
  allQuarters: 'Alle getoonde kwartalen samen',
  statementsCaption: (period) => `Aandeel ja per stelling, ${period}`,
  statement: 'Stelling',
  yesShare: 'Aandeel ja',
  statementsSuppressed: (k) => `Minder dan ${k} antwoorden in deze periode: de stellingen worden niet getoond.`,
  aboutHeading: 'Over deze cijfers',
  about: (k) =>
    `De antwoorden komen van wie de scan invulde en daarna koos om ze anoniem te delen; ze zijn dus geen steekproef van alle Vlaamse organisaties. Van het tijdstip bewaren we alleen de week. Groepen van minder dan ${k} antwoorden blijven verborgen, ook als je selecties met elkaar vergelijkt. Percentages zijn afgerond.`,
  quarterName: (year, q) => `K${q} ${year}`,
};

const fr: Texts = {
  languageName: 'Français',
  title: 'Suivi de l’apprentissage informel',
  intro:
    'Où en est la politique d’apprentissage des organisations qui ont rempli l’autodiagnostic sur l’apprentissage informel ? Cette page montre les profils par trimestre et la fréquence du « oui » à chaque affirmation.',
  privacy: (k) =>
    `Seules les personnes qui l’ont expressément accepté après le diagnostic ont partagé leurs réponses, sans nom ni donnée menant à une personne ou une organisation. Un groupe de moins de ${k} réponses n’est jamais affiché.`,
  languageNav: 'Langue',
  filtersHeading: 'Sélection',
  partner: 'Partenaire',
  partnerHint: 'Le code court que le partenaire a donné au diagnostic sur son site (monitoring-partner). Laisser vide pour tous les partenaires.',
  partnerInvalid: 'Un code de partenaire se compose de minuscules, de chiffres et de tirets (32 caractères au plus).',
  sector: 'Secteur',
  allSectors: 'Tous les secteurs',
  sectors: {
    industrie: 'Industrie',
    bouw: 'Construction',
    handel: 'Commerce',
    'transport-logistiek': 'Transport et logistique',
    horeca: 'Horeca',
    'ict-communicatie': 'TIC et communication',
    financien: 'Finance',
    'zakelijke-diensten': 'Services aux entreprises',
    onderwijs: 'Enseignement',
    'zorg-welzijn': 'Soins et bien-être',
    overheid: 'Secteur public',
    'social-profit-cultuur': 'Non-marchand et culture',
    andere: 'Autre',
  },
  size: 'Taille',
  allSizes: 'Toutes les tailles',
  sizes: { '1-9': '1 à 9 personnes', '10-49': '10 à 49 personnes', '50-249': '50 à 249 personnes', '250+': '250 personnes ou plus' },
  from: 'Du trimestre',
  to: 'Au trimestre (inclus)',
  firstQuarter: 'Premier trimestre',
  lastQuarter: 'Dernier trimestre',
  total: 'Total',
  scrollHint: 'Faites défiler le tableau de côté pour voir tous les profils.',
  periodInvalid: 'Le premier trimestre est postérieur au dernier. Choisissez un autre début ou une autre fin.',
  apply: 'Afficher les résultats',
  reset: 'Tout afficher',
  loading: 'Chargement des résultats…',
  loadFailed: 'Les résultats n’ont pas pu être chargés. Vérifiez la connexion et réessayez.',
  retry: 'Réessayer',
  refused: (message) => `Le serveur de collecte a refusé cette sélection (${message}).`,
  updated: (total, k) =>
    total === null ? `Résultats mis à jour : moins de ${k} réponses dans cette sélection.` : `Résultats mis à jour : ${total} réponses.`,
  totalShown: (total) => `${total} réponses dans les trimestres affichés.`,
  totalSuppressed: (k) => `Moins de ${k} réponses dans les trimestres affichés.`,
  selection: 'Sélection :',
  everything: 'toutes les réponses',
  emptyHeading: 'Pas encore de résultats pour cette sélection',
  empty: (k) =>
    `Aucun trimestre ne compte encore au moins ${k} réponses pour cette sélection. Élargissez la sélection ou revenez plus tard.`,
  profilesHeading: 'Profils par trimestre',
  profilesIntro: 'La part de chacun des cinq profils dans les réponses d’un trimestre.',
  chartLabel: (first, last) => `Graphique linéaire de la part de chaque profil par trimestre, de ${first} à ${last}. Les chiffres figurent dans le tableau ci-dessous.`,
  legend: 'Légende',
  profilesCaption: 'Part de chaque profil par trimestre',
  quarter: 'Trimestre',
  answers: 'Réponses',
  fewerThan: (k) => `moins de ${k} réponses`,
  suppressedNote: (k) =>
    `« Moins de ${k} réponses » signifie que le trimestre est masqué pour que personne ne soit reconnaissable. C’est aussi le cas si l’écart avec une sélection plus large est inférieur à ${k}.`,
  statementsHeading: 'Réponses « oui » par affirmation',
  statementsIntro: 'Le pourcentage de réponses « oui » à chacune des 20 affirmations.',
  statementsPeriod: 'Période',
  allQuarters: 'Tous les trimestres affichés',
  statementsCaption: (period) => `Part de « oui » par affirmation, ${period}`,
  statement: 'Affirmation',
  yesShare: 'Part de « oui »',
  statementsSuppressed: (k) => `Moins de ${k} réponses sur cette période : les affirmations ne sont pas affichées.`,
  aboutHeading: 'À propos de ces chiffres',
  about: (k) =>
    `Les réponses viennent de personnes qui ont rempli le diagnostic puis choisi de les partager anonymement ; elles ne forment donc pas un échantillon de toutes les organisations flamandes. Du moment de l’envoi, seule la semaine est conservée. Les groupes de moins de ${k} réponses restent masqués, même en comparant des sélections entre elles. Les pourcentages sont arrondis.`,
  quarterName: (year, q) => `T${q} ${year}`,
};

const en: Texts = {
  languageName: 'English',
  title: 'Informal learning monitor',
  intro:
    'Where does the learning policy of the organisations that took the informal learning self-scan stand? This page shows the profiles per quarter and how often each statement was answered with yes.',
  privacy: (k) =>
    `Only people who explicitly agreed after the scan shared their answers, without a name or anything else that leads to a person or an organisation. A group of fewer than ${k} answers is never shown.`,
  languageNav: 'Language',
  filtersHeading: 'Selection',
  partner: 'Partner',
  partnerHint: 'The short code the partner gave the scan on its website (monitoring-partner). Leave empty for all partners.',
  partnerInvalid: 'A partner code is made of lower-case letters, digits and hyphens (32 characters at most).',
  sector: 'Sector',
  allSectors: 'All sectors',
  sectors: {
    industrie: 'Manufacturing',
    bouw: 'Construction',
    handel: 'Trade',
    'transport-logistiek': 'Transport and logistics',
    horeca: 'Hospitality',
    'ict-communicatie': 'ICT and communication',
    financien: 'Finance',
    'zakelijke-diensten': 'Business services',
    onderwijs: 'Education',
    'zorg-welzijn': 'Health and welfare',
    overheid: 'Public sector',
    'social-profit-cultuur': 'Non-profit and culture',
    andere: 'Other',
  },
  size: 'Size',
  allSizes: 'All sizes',
  sizes: { '1-9': '1 to 9 people', '10-49': '10 to 49 people', '50-249': '50 to 249 people', '250+': '250 people or more' },
  from: 'From quarter',
  to: 'To quarter (included)',
  firstQuarter: 'Earliest quarter',
  lastQuarter: 'Latest quarter',
  total: 'Total',
  scrollHint: 'Scroll the table sideways to see every profile.',
  periodInvalid: 'The first quarter comes after the last one. Choose another start or end.',
  apply: 'Show results',
  reset: 'Show everything',
  loading: 'Loading results…',
  loadFailed: 'The results could not be loaded. Check the connection and try again.',
  retry: 'Try again',
  refused: (message) => `The collector refused this selection (${message}).`,
  updated: (total, k) =>
    total === null ? `Results updated: fewer than ${k} answers in this selection.` : `Results updated: ${total} answers.`,
  totalShown: (total) => `${total} answers in the quarters shown.`,
  totalSuppressed: (k) => `Fewer than ${k} answers in the quarters shown.`,
  selection: 'Selection:',
  everything: 'all answers',
  emptyHeading: 'No results for this selection yet',
  empty: (k) => `No quarter has at least ${k} answers that match this selection yet. Choose a wider selection or come back later.`,
  profilesHeading: 'Profiles per quarter',
  profilesIntro: 'The share of each of the five profiles in a quarter’s answers.',
  chartLabel: (first, last) => `Line chart of the share of each profile per quarter, from ${first} to ${last}. The numbers are in the table below.`,
  legend: 'Legend',
  profilesCaption: 'Share of each profile per quarter',
  quarter: 'Quarter',
  answers: 'Answers',
  fewerThan: (k) => `fewer than ${k} answers`,
  suppressedNote: (k) =>
    `“Fewer than ${k} answers” means the quarter is hidden so that no one can be recognised. This also happens when the difference with a wider selection is smaller than ${k}.`,
  statementsHeading: 'Yes answers per statement',
  statementsIntro: 'The percentage of answers that said “yes” to each of the 20 statements.',
  statementsPeriod: 'Period',
  allQuarters: 'All quarters shown',
  statementsCaption: (period) => `Share of yes per statement, ${period}`,
  statement: 'Statement',
  yesShare: 'Share of yes',
  statementsSuppressed: (k) => `Fewer than ${k} answers in this period: the statements are not shown.`,
  aboutHeading: 'About these figures',
  about: (k) =>
    `The answers come from people who took the scan and then chose to share them anonymously, so they are not a sample of all Flemish organisations. Of the time of sending, only the week is kept. Groups of fewer than ${k} answers stay hidden, also when selections are compared with each other. Percentages are rounded.`,
  quarterName: (year, q) => `Q${q} ${year}`,
};

/** The texts of each language. */
export const TEXTS: Record<Language, Texts> = { nl, fr, en };

/** True for a language the dashboard speaks. */
export const isLanguage = (value: string | null | undefined): value is Language =>
  (LANGUAGES as readonly string[]).includes(value ?? '');

/**
 * The language to show: `?lang=` when it names one of ours, else the first of the browser's
 * languages that we speak ("fr-BE" counts as French), else Dutch.
 */
export function pickLanguage(requested: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(requested)) return requested;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'nl';
}
