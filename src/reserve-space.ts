/**
 * Holds the space each tag will take while its code and texts load, so nothing on the page moves
 * when the widget appears: one constructed stylesheet on the document (allowed under a strict
 * Content Security Policy, unlike a <style> element), with rules for the widget's own tags only,
 * and only while they are not defined yet. Zero specificity: any rule of the host page wins.
 * The elements keep the same heights while their texts load (--_loading-height).
 */
const RULES = `:where(profile-scan,informeel-leren-scan,challenge-picker,action-list):not(:defined){display:block}
:where(profile-scan,informeel-leren-scan):not(:defined){min-height:28rem}
:where(challenge-picker,action-list):not(:defined){min-height:15rem}`;

export function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RULES);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets in this browser: the host's own rules (README) still apply.
  }
}
