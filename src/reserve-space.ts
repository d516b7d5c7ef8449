/**
 * Holds the space each tag takes on its first screen, from the moment this script runs, so nothing
 * on the page moves when the widget's code and texts arrive: one constructed stylesheet on the
 * document (allowed under a strict Content Security Policy, unlike a <style> element), with rules
 * for the widget's own tags only. The heights are at least those of each first screen on the
 * three-tag page, in Dutch, French and English from 320 px wide (the scan's intro; the picker's
 * and the list's one line and way in, the list with the footer), and the elements keep them, so a
 * first screen neither grows nor shrinks when it appears. (The one-tag <informeel-leren-scan>
 * only until it is defined; its steps then take the height they need.)
 * On paper the space is not held: the printed page is the report.
 * Zero specificity: any rule of the host page wins. README "Reserving space" has the same rules
 * for the host's own CSS, which hold the space before this script has run.
 */
export const RESERVE_RULES = `:where(profile-scan,informeel-leren-scan,challenge-picker,action-list):not(:defined):not([hidden]){display:block}
:where(profile-scan){min-height:28rem}
:where(challenge-picker){min-height:15rem}
:where(action-list){min-height:24rem}
:where(informeel-leren-scan):not(:defined){min-height:64rem}
@media (max-width:47.99em){:where(profile-scan){min-height:34rem}}
@media (max-width:29.99em){:where(profile-scan){min-height:48rem}}
@media print{:where(profile-scan,informeel-leren-scan,challenge-picker,action-list){min-height:0}}`;

export function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVE_RULES);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets in this browser: the host's own rules (README) still apply.
  }
}
