import { expect } from '@open-wc/testing';
import { readParam, withoutParam, withParam } from '../../src/state/fragment.js';

const P = 'informeel-leren';

describe('our parameter in the host’s URL fragment', () => {
  const cases: [string, string][] = [
    ['', 'informeel-leren=AB-12'],
    ['top', 'top&informeel-leren=AB-12'],
    ['a=1&b=2', 'a=1&b=2&informeel-leren=AB-12'],
    ['/route', '/route?informeel-leren=AB-12'],
    ['!/route/sub', '!/route/sub?informeel-leren=AB-12'],
    ['/route?x=1', '/route?x=1&informeel-leren=AB-12'],
  ];
  for (const [host, withOurs] of cases) {
    it(`adds, reads and removes it next to "${host}"`, () => {
      expect(withParam(host, P, 'AB-12')).to.equal(withOurs);
      expect(readParam(withOurs, P)).to.equal('AB-12');
      expect(withoutParam(withOurs, P)).to.equal(host);
    });
  }

  it('replaces an earlier value instead of adding a second one, wherever it sits', () => {
    expect(withParam('informeel-leren=OLD&a=1', P, 'NEW')).to.equal('a=1&informeel-leren=NEW');
    expect(withParam('/r?informeel-leren=OLD&x=2', P, 'NEW')).to.equal('/r?x=2&informeel-leren=NEW');
    expect(withoutParam('/r?informeel-leren=OLD&x=2', P)).to.equal('/r?x=2');
  });

  it('leaves look-alike parameters of the host alone', () => {
    expect(readParam('my-informeel-leren=1', P)).to.equal(null);
    expect(withoutParam('xinformeel-leren=1&a=2', P)).to.equal('xinformeel-leren=1&a=2');
  });
});
