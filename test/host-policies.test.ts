/**
 * The policies the README's host recipe gives: the widget renders on a page that allows scripts
 * only from its own origin and enforces Trusted Types with only lit-html's policy allowed.
 */
import { expect } from '@open-wc/testing';
import { itWhere } from './media-support.js';
import { until } from './frames.js';

type Win = Window & { cspViolations?: string[] };

async function open(path: string): Promise<{ win: Win; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '600';
  // Same origin as the frame: the demo's group (the default one) starts empty. Only that key goes:
  // test files running at the same time keep their own groups' saved answers.
  for (const key of Object.keys(localStorage)) if (/^informeel-leren\/v\d+$/.test(key)) localStorage.removeItem(key);
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { win: frame.contentWindow as Win, doc: frame.contentDocument! };
}

const trustedTypes = 'trustedTypes' in window;

describe('host policies', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  itWhere(trustedTypes, 'no Trusted Types')('renders under Trusted Types when the lit-html policy is allowed', async () => {
    const { win, doc } = await open('/demo/csp.html?trusted-types=lit-html');
    const heading = await until(() => doc.querySelector('profile-scan')?.shadowRoot?.querySelector('h2'), 'the scan');
    expect(heading.textContent).to.contain('Informeel leren');
    expect(win.cspViolations).to.deep.equal([]);
  });

  itWhere(trustedTypes, 'no Trusted Types')('is stopped by Trusted Types when no policy is allowed (the check above is real)', async () => {
    const { win } = await open('/demo/csp.html?trusted-types=none');
    const violations = await until(() => (win.cspViolations?.length ? win.cspViolations : null), 'a violation');
    expect(violations.join()).to.contain('trusted-types');
  });
});
