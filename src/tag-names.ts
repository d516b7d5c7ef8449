/**
 * The default tag names of the elements, as the register modules define them. Free of side
 * effects and of browser APIs, so a build configuration can import it. For Vue, so that it leaves
 * these tags to the browser:
 *
 * ```js
 * // vite.config.js
 * import vue from '@vitejs/plugin-vue';
 * import { isTagName } from 'informeel-leren/tag-names';
 * export default { plugins: [vue({ template: { compilerOptions: { isCustomElement: isTagName } } })] };
 * ```
 *
 * Elements registered under other names (with `define`) are not in it.
 */
export const TAG_NAMES = [
  'profile-scan',
  'challenge-picker',
  'action-list',
  'informeel-leren-scan',
  'informeel-leren-footer',
  'team-view',
] as const;

/** One of the default tag names. */
export type TagName = (typeof TAG_NAMES)[number];

/**
 * Whether `tag` is one of the default tag names; fits Vue's `compilerOptions.isCustomElement`
 * as it is (`TAG_NAMES.includes(tag)` does not type-check for a plain string).
 */
export function isTagName(tag: string): tag is TagName {
  return (TAG_NAMES as readonly string[]).includes(tag);
}
