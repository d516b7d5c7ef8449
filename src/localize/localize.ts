/**
 * Per-widget localisation on top of @lit/localize.
 *
 * @lit/localize keeps one global locale per page, and `configureLocalization` may be called only once.
 * A widget on someone else's page must neither take that call from the host app nor share its locale:
 * two widgets in two languages can sit side by side. So our `msg` has the signature (and type brand)
 * of @lit/localize's `msg`, which keeps the lit-localize tooling (extraction to XLIFF, generated
 * locale modules) working, but looks its translations up in the templates of the widget that is
 * rendering, set for the duration of that synchronous render.
 *
 * Only the `str` tag of the runtime is used: every message has an explicit id (so no id is ever
 * hashed at run time) and the translations are plain strings or `str` templates.
 */
import type { LocaleModule, msg as litMsg } from '@lit/localize';
import { joinStringsAndValues, str } from '@lit/localize/internal/str-tag.js';
import { loadOnce, type Language } from '../content/load.js';
import { firstScreenTranslations } from './first-screen.js';

export { str };

/** The translations of one language; undefined for Dutch, the source language. */
export type Templates = LocaleModule['templates'] | undefined;

/** A `str` template: strings and the values of its expressions. */
type StrResult = { strTag: true; strings: TemplateStringsArray; values: readonly unknown[] };

/** No widget is rendering: a `msg` now would not know its language. */
const OUTSIDE = Symbol('outside a localized call');
let activeTemplates: Templates | typeof OUTSIDE = OUTSIDE;
let warnedOutside = false;

const isStr = (value: unknown): value is StrResult => typeof value === 'object' && value !== null && 'strTag' in value;

/**
 * Translates a UI string into the language of the widget being rendered (Dutch is the source).
 * Outside a render, wrap the call in the element's `localized()`; a bare call shows Dutch and
 * says so in the console, rather than falling back silently.
 */
export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  if (activeTemplates === OUTSIDE && !warnedOutside) {
    warnedOutside = true;
    console.error(`informeel-leren: msg("${options?.id}") called outside localized(); shown in Dutch`);
  }
  const localized = activeTemplates === OUTSIDE || !options?.id ? undefined : activeTemplates?.[options.id];
  if (typeof localized === 'string') return localized;
  // A translated `str` template has ${n}: the index of the source value to put in its place.
  if (isStr(localized) && isStr(template)) return joinStringsAndValues(localized.strings, template.values, localized.values as number[]);
  return isStr(template) ? joinStringsAndValues(template.strings, template.values) : template;
}) as unknown as typeof litMsg;

/** Runs `render` with `templates` as the active translations. */
export function inLocale<T>(templates: Templates, render: () => T): T {
  const previous = activeTemplates;
  activeTemplates = templates;
  try {
    return render();
  } finally {
    activeTemplates = previous;
  }
}

const localeLoaders: Record<Exclude<Language, 'nl'>, () => Promise<LocaleModule>> = {
  fr: () => import('../generated/locales/fr.js'),
  en: () => import('../generated/locales/en.js'),
};

/** Which UI translations an element needs: those of a first screen, or all. */
export type TranslationScope = 'first-screen' | 'all';

/** The translations of one language (all, or a first screen's); undefined for Dutch, the source language. */
export function loadTemplates(language: Language, scope: TranslationScope = 'all'): Promise<Templates> {
  if (language === 'nl') return Promise.resolve(undefined);
  if (scope === 'first-screen') return loadOnce(`${language}/ui-first-screen`, () => firstScreenTranslations[language]().then((module) => module.templates));
  return loadOnce(`${language}/ui`, () => localeLoaders[language]().then((module) => module.templates));
}
