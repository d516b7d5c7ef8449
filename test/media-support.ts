/**
 * What the current engine can show of print media, forced colours and reduced motion (see
 * web-test-runner.config.js): 'emulated' (switched per test over CDP), 'preference' (switched on
 * for the whole run by the engine's own settings) or the reason it cannot run here.
 */
import { executeServerCommand } from '@web/test-runner-commands';

type Mode = 'emulated' | 'preference' | string;
export interface MediaSupport {
  engine: string;
  print: Mode;
  forcedColors: Mode;
  reducedMotion: Mode;
}
export type MediaFeature = Exclude<keyof MediaSupport, 'engine'>;

export const media = (await executeServerCommand('media-support')) as MediaSupport;

export const emulated = (feature: MediaFeature) => media[feature] === 'emulated';

type TestFunction = (title: string, fn: Mocha.Func | Mocha.AsyncFunc) => Mocha.Test;

/** `it` when `supported`, else a skipped test whose title says why. */
export function itWhere(supported: boolean, reason: string): TestFunction {
  if (supported) return (title, fn) => it(title, fn);
  return (title, fn) => it.skip(`${title} [skipped in ${media.engine}: ${reason}]`, fn);
}

/** `it` when the engine can show `feature`, else a skipped test whose title says why. */
export function itWith(feature: MediaFeature): TestFunction {
  const mode = media[feature];
  return itWhere(mode === 'emulated' || mode === 'preference', mode);
}
