/**
 * Per-widget localisation on top of @lit/localize.
 *
 * @lit/localize keeps one global locale per page, and `configureLocalization` may be called only once.
 * A widget on someone else's page must neither take that call from the host app nor share its locale:
 * two widgets in two languages can sit side by side. So our `msg` has the signature (and type brand)
 * of @lit/localize's `msg`, which keeps the lit-localize tooling (extraction to XLIFF, generated
 * locale modules) working, but looks its translations up in the templates of the widget that is
 * rendering, set for the duration of that synchronous render.
 */
import type { msg as litMsg } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { loadOnce, type Language } from '../content/load.js';

export { str } from '@lit/localize';

type Templates = LocaleModule['templates'] | undefined;

let activeTemplates: Templates;

/** Translates a UI string into the language of the widget being rendered (Dutch is the source). */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) =>
  runtimeMsg(activeTemplates, template as never, options)) as typeof litMsg;

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

/** The translations of one language; undefined for Dutch, the source language. */
export function loadTemplates(language: Language): Promise<Templates> {
  if (language === 'nl') return Promise.resolve(undefined);
  return loadOnce(`${language}/ui`, () => localeLoaders[language]().then((module) => module.templates));
}
