/**
 * The WordPress plugin in a real WordPress (Debian's package, a private MariaDB, PHP's built-in
 * server; see scripts/wordpress-site.js), installed from the zip `npm run build:wordpress` writes.
 * An author saves a post with the block and one with the shortcode and typed tags (through the
 * REST API, so kses filters them as it does for any author); Chromium goes through the whole flow
 * on the published block, and every page is checked for the requests it makes to the plugin.
 *
 *   npm run test:wordpress        (builds the zip, then runs this file)
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { missingPackages, startWordPress } from '../../scripts/wordpress-site.js';
import { Locator } from 'puppeteer-core';
import { byRole, launchChromium, openPage } from './browser.js';
import { dynamicBlock, htmlBlock, paragraph, restClient, shortcodeBlock } from './content.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const zip = join(root, 'integrations/wordpress/dist/informeel-leren.zip');
const PLUGIN = 'informeel-leren/informeel-leren.php';
const ASSETS = '/wp-content/plugins/informeel-leren/';
const php = (name) => join(dirname(fileURLToPath(import.meta.url)), 'php', name);
const content = (file) => JSON.parse(readFileSync(join(root, 'content', file), 'utf8'));

const statements = content('nl/statements.json').statements;
const challenges = content('nl/challenges.json').challenges;
const actions = content('nl/actions/2.json').actions;
/** The answers the demo-page test gives too: the profile Employee journey, whose top 3 for challenge 2 is 2.5, 2.2, 2.3. */
const YES = ['Visie_4', 'HR_Tools_1', 'Strategisch_2', 'Aanbod_5', 'LKB_1', 'Regie_2'];
const HOSTILE = '"><script>window.__pwned=1</script>';
/**
 * The same for a shortcode: WordPress itself mangles a shortcode whose text holds < or > (wptexturize
 * no longer skips it), so the attack there is breaking out of the attribute with a quote.
 */
const HOSTILE_SHORTCODE = 'x" onmouseover="window.__pwned=2" data-x="';

const started = Date.now();
/** @type {import('../../scripts/wordpress-site.js').WordPressSite} */
let site;
/** @type {import('puppeteer-core').Browser} */
let browser;
let author;
/** The published posts and page: { id, link, raw? }. */
const pages = {};

describe('the WordPress plugin in a real WordPress', { timeout: 240_000 }, () => {
  before(async () => {
    const missing = await missingPackages();
    if (missing.length) throw new Error(`Missing Debian packages: apt-get install -y --no-install-recommends ${missing.join(' ')}`);
    if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm run build:wordpress`);
    site = await startWordPress({ log: (line) => console.log(`# ${line}`) });
    // The site's language is Dutch: the block's default ("the page's language") must follow it.
    // Written directly: update_option() accepts only languages with WordPress's own translations
    // installed, and none can be downloaded here.
    await site.sql("INSERT INTO wordpress.wp_options (option_name, option_value, autoload) VALUES ('WPLANG', 'nl_BE', 'yes') ON DUPLICATE KEY UPDATE option_value = 'nl_BE'");
    await site.php(php('set-option.php'), 'informeel_leren_default_contact', 'info@example.test');
    browser = await launchChromium();
  });

  // Also when a test fails. (Interrupted, the site ends its servers itself and puppeteer its browser.)
  after(async () => {
    await browser?.close();
    await site?.stop();
    console.log(`# WordPress plugin test: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  });

  it('installs from the zip (as Plugins → Upload does) and activates', async () => {
    const result = JSON.parse(await site.php(php('install-plugin.php'), zip, PLUGIN));
    assert.equal(result.active, true);
    for (const file of ['assets/informeel-leren.js', 'assets/informeel-leren-scan.js', 'languages/informeel-leren-nl_BE.mo', 'languages/informeel-leren-nl_BE-informeel-leren-editor.json']) {
      assert.ok(existsSync(join(result.folder, file)), `${file} is in the installed plugin`);
    }
  });

  it('an author saves the block, the shortcode and typed tags, and kses keeps them', async () => {
    author = JSON.parse(await site.php(php('create-author.php'), 'auteur'));
    assert.equal(author.unfiltered_html, false, 'an author has no unfiltered_html: kses filters what it saves');
    const rest = restClient(site.url, author);

    const block = dynamicBlock('informeel-leren/scan', { group: 'wp-test', contact: 'hr@example.be' });
    pages.block = await rest.publishPost('Zelfscan', `${paragraph('Doe de scan met je team.')}\n${block}`);
    assert.ok(pages.block.raw.includes(block), `the block is saved as the editor wrote it:\n${pages.block.raw}`);

    const shortcode = '[informeel_leren steps="profile-scan" lang="fr" group="sc"]';
    const typed = '<action-list profile="groei" challenge="3" group="typed"></action-list>';
    pages.shortcode = await rest.publishPost('Shortcode', `${shortcodeBlock(shortcode)}\n${htmlBlock(typed)}`);
    assert.ok(pages.shortcode.raw.includes(shortcode), pages.shortcode.raw);
    assert.ok(pages.shortcode.raw.includes(typed), `the typed tag and its attributes survive kses:\n${pages.shortcode.raw}`);

    // What the block editor's preview asks the server for.
    const preview = await rest.renderBlock('informeel-leren/scan', { steps: 'action-list', profile: 'basis', challenge: '4', group: 'a"b' });
    assert.match(preview.rendered, /<action-list lang="nl" group="a&quot;b" contact="info@example.test" profile="basis" challenge="4"><\/action-list>/);
  });

  it('the administrator (unfiltered_html) saves hostile values, and a page without the widget', async () => {
    const hostile = [
      dynamicBlock('informeel-leren/scan', { steps: 'profile-scan', group: HOSTILE, contact: HOSTILE }),
      shortcodeBlock(`[informeel_leren steps="challenge-picker" group='${HOSTILE_SHORTCODE}' contact='${HOSTILE_SHORTCODE}']`),
    ].join('\n');
    pages.hostile = JSON.parse(await site.php(php('create-post.php'), 'post', 'Vijandig', hostile));
    assert.equal(pages.hostile.unfiltered_html, true, 'nothing filters what the administrator saves: the plugin must escape');
    pages.plain = JSON.parse(await site.php(php('create-post.php'), 'page', 'Over ons', paragraph('Een pagina zonder scan.')));
  });

  it('the block page: the whole flow in Chromium, from start to the actions', async () => {
    const { page, requests, errors, close } = await openPage(browser, pages.block.link);
    try {
      assert.equal(await page.$eval('html', (html) => html.lang), 'nl-BE');
      assert.equal(await page.$eval('informeel-leren-scan', (el) => el.getAttribute('lang')), 'nl');

      await page.locator(byRole('button', 'Start')).click();
      // The unit choice, when the widget asks for one.
      const unit = await Locator.race([page.locator(byRole('radio', 'Team')), page.locator('pierce/fieldset[data-statement]')]).waitHandle();
      if (await unit.evaluate((el) => el.localName === 'input')) {
        await unit.click();
        await page.locator(byRole('button', 'Verder')).click();
      }
      // Each statement by its id (its fieldset's accessible name carries the list number's
      // punctuation), answered by the radio's role and name.
      for (const [id, text] of Object.entries(statements)) {
        const group = await page.waitForSelector(`pierce/fieldset[data-statement="${id}"]`);
        assert.equal(await group.$eval('legend', (legend) => legend.textContent.trim()), text);
        const radio = await group.$(byRole('radio', YES.includes(id) ? 'Ja' : 'Nee'));
        assert.ok(radio, `the answers of ${id}`);
        await radio.click();
      }
      await page.locator(byRole('progressbar', '20 van 20 beantwoord')).wait();
      await page.locator(byRole('button', 'Toon mijn resultaat')).click();

      await page.locator(byRole('heading', 'Het profiel van je team: Employee journey')).wait();
      await page.locator(byRole('button', 'Volgende stap: kies een uitdaging')).click();
      await page.locator(byRole('radio', challenges['2'].title)).click();
      await page.locator(byRole('button', 'Bekijk de acties')).click();

      for (const [rank, id] of ['2.5', '2.2', '2.3'].entries()) {
        const heading = await page.locator(byRole('heading', `Actie ${rank + 1}: ${actions[id].title}`)).waitHandle();
        assert.ok(await heading.isVisible(), `action ${id} is visible`);
      }
      const report = await page.$(byRole('button', 'Rapport downloaden'));
      assert.ok(report && (await report.isVisible()), '"Rapport downloaden" is there');
      // "Hiermee gaan we aan de slag" on every action (its accessible name adds the action's title).
      const marks = await page.$$('::-p-aria([role="checkbox"])');
      assert.ok(marks.length >= 3, `a plan checkbox on each of the top 3 (found ${marks.length})`);
      for (const mark of marks.slice(0, 3)) assert.ok(await mark.isVisible());
      // The block's contact line in the footer.
      assert.ok(await page.$(byRole('link', 'hr@example.be')), 'the contact address is a link in the footer');
      assert.deepEqual(errors, []);
      assertPluginScripts(requests, 'the block page', { once: true });
    } finally {
      await close();
    }
  });

  it('the shortcode and the typed tags work, in their own language and with their own options', async () => {
    const { page, requests, errors, close } = await openPage(browser, pages.shortcode.link);
    try {
      await page.locator(byRole('button', 'Commencer')).wait();
      await page.locator(byRole('heading', `Top 3 acties voor: ${challenges['3'].title}`)).wait();
      assert.deepEqual(errors, []);
      assertPluginScripts(requests, 'the shortcode page', { once: true });
    } finally {
      await close();
    }
  });

  it('hostile attribute values stay attribute values: escaped, never run', async () => {
    const { page, requests, close } = await openPage(browser, pages.hostile.link);
    try {
      await page.locator(byRole('button', 'Start')).wait();
      const found = await page.evaluate(() => ({
        pwned: '__pwned' in window,
        elements: [...document.querySelectorAll('profile-scan, challenge-picker')].map((el) => ({
          tag: el.localName,
          attributes: el.getAttributeNames(),
          group: el.getAttribute('group'),
          contact: el.getAttribute('contact'),
        })),
        injected: [...document.scripts].filter((script) => script.textContent.includes('__pwned')).length,
      }));
      assert.equal(found.pwned, false, 'the hostile script did not run');
      assert.equal(found.injected, 0, 'no script element came out of the attribute values');
      // Each value arrived whole, as the value of its own attribute.
      assert.deepEqual(found.elements.map((el) => [el.tag, el.group]), [['profile-scan', HOSTILE], ['challenge-picker', HOSTILE_SHORTCODE]]);
      for (const element of found.elements) {
        assert.deepEqual(element.attributes, ['lang', 'group', 'contact'], `${element.tag} has no attribute of the attacker's`);
        // The contact line is plain text: tags are stripped before it is escaped.
        assert.ok(!/<script/i.test(element.contact), `${element.tag}'s contact line lost its tags: ${element.contact}`);
      }
      assertPluginScripts(requests, 'the hostile page', { once: true });
    } finally {
      await close();
    }
  });

  it('the same hostile value saved by an author: kses cleans it on the way in, and nothing runs', async () => {
    const post = await restClient(site.url, author).publishPost('Vijandig (auteur)', dynamicBlock('informeel-leren/scan', { steps: 'profile-scan', group: HOSTILE }));
    const { page, close } = await openPage(browser, post.link);
    try {
      await page.locator(byRole('button', 'Start')).wait();
      const found = await page.evaluate(() => ({
        pwned: '__pwned' in window,
        injected: [...document.scripts].filter((script) => script.textContent.includes('__pwned')).length,
        attributes: document.querySelector('profile-scan').getAttributeNames(),
        group: document.querySelector('profile-scan').getAttribute('group'),
      }));
      assert.deepEqual({ pwned: found.pwned, injected: found.injected, attributes: found.attributes }, { pwned: false, injected: 0, attributes: ['lang', 'group', 'contact'] });
      assert.ok(!/<script/i.test(found.group), `kses took the tags out of the value: ${found.group}`);
    } finally {
      await close();
    }
  });

  it('a page without the block or shortcode asks nothing of the plugin', async () => {
    const { page, requests, close } = await openPage(browser, pages.plain.link);
    try {
      assert.ok(await page.$(byRole('heading', 'Over ons')), 'the page rendered');
      assert.deepEqual(pluginRequests(requests), [], 'no request for the plugin’s files');
      assert.equal(await page.$$eval('script[src*="informeel-leren"], link[href*="informeel-leren"]', (tags) => tags.length), 0);
    } finally {
      await close();
    }
  });

  it('the block in the editor: its settings (in Dutch) and a preview the widget renders', async () => {
    const { page, errors, close } = await openPage(browser, `${site.url}/wp-login.php`);
    try {
      // The login page focuses and selects the user field shortly after it loads: wait for that, or it
      // selects (and then replaces) what is being typed.
      await page.waitForFunction(() => document.activeElement?.id === 'user_login');
      await page.locator('#user_login').fill(author.login);
      await page.locator('#user_pass').fill(author.loginPassword);
      await Promise.all([page.waitForNavigation(), page.locator('#wp-submit').click()]);
      assert.match(new URL(page.url()).pathname, /^\/wp-admin\//, 'logged in as the author');
      await page.goto(`${site.url}/wp-admin/post.php?post=${pages.block.id}&action=edit`, { waitUntil: 'load' });
      const preview = await page.waitForFunction(
        () => {
          const scan = document.querySelector('[data-type="informeel-leren/scan"] informeel-leren-scan');
          const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
          return scan?.shadowRoot && all(scan.shadowRoot).find((el) => el.localName === 'button' && el.textContent.trim() === 'Start');
        },
        { timeout: 30_000 },
      ).catch(async (error) => {
        const state = await page.evaluate(() => ({
          blocks: document.querySelectorAll('[data-type="informeel-leren/scan"]').length,
          markup: document.querySelector('[data-type="informeel-leren/scan"]')?.innerHTML.slice(0, 300),
          defined: !!customElements.get('informeel-leren-scan'),
          scripts: [...document.querySelectorAll('script[type="module"]')].map((script) => script.src),
        }));
        throw new Error(`no preview: ${JSON.stringify(state)}; page errors: ${JSON.stringify(errors)}`, { cause: error });
      });
      assert.ok(preview, 'the preview shows the widget’s first screen');
      // Selecting the block opens its settings in the sidebar, in the site's language.
      await page.click('[data-type="informeel-leren/scan"]');
      await page.locator(byRole('button', 'Zelfscan')).wait();
      // The fields by their labels' text (the sidebar shows labels in capitals, so the accessible names are too).
      const field = (label) =>
        page.evaluate((label) => {
          const element = [...document.querySelectorAll('.interface-interface-skeleton__sidebar label')].find((l) => l.textContent.trim() === label)?.control;
          return element && { tag: element.localName, value: element.value };
        }, label);
      assert.deepEqual(await field('Stappen'), { tag: 'select', value: 'all' });
      assert.deepEqual(await field('Taal'), { tag: 'select', value: '' });
      assert.deepEqual(await field('Groep'), { tag: 'input', value: 'wp-test' });
      assert.deepEqual(await field('Contact'), { tag: 'input', value: 'hr@example.be' });
      assert.deepEqual(errors.filter((error) => /informeel|block/i.test(error)), []);
    } finally {
      await close();
    }
  });

  it('the texts are translated for PHP, the editor and the block (nl, fr; English is the source)', async () => {
    const dutch = JSON.parse(await site.php(php('translations.php')));
    assert.equal(dutch.locale, 'nl_BE');
    assert.equal(dutch.php, 'Contact voor de zelfscan');
    assert.deepEqual(dutch.editor.locale_data.messages.Steps, ['Stappen']);
    assert.match(dutch.block.description, /^De zelfscan voor informeel leren/);
    assert.deepEqual(dutch.block.keywords, ['zelfscan', 'leren', 'informeel leren']);
    for (const locale of ['fr_FR', 'fr_BE']) {
      const french = JSON.parse(await site.phpIn(locale, php('translations.php')));
      assert.equal(french.locale, locale);
      assert.equal(french.php, 'Contact du scan');
      assert.deepEqual(french.editor.locale_data.messages.Steps, ['Étapes']);
      assert.match(french.block.description, /^Le scan/);
    }
    const english = JSON.parse(await site.phpIn('en_GB', php('translations.php')));
    assert.equal(english.php, 'Self-scan contact');
    assert.equal(english.editor, null, 'no translation file: the editor shows its English source');
  });

  it('deleting the plugin leaves nothing behind', async () => {
    const before = await site.sql("SELECT option_name FROM wordpress.wp_options WHERE option_name LIKE '%informeel%'");
    assert.match(before, /informeel_leren_default_contact/);
    const result = JSON.parse(await site.php(php('uninstall.php'), PLUGIN));
    assert.deepEqual(result, { deleted: true, folder_left: false });
    assert.equal(await site.sql("SELECT option_name FROM wordpress.wp_options WHERE option_name LIKE '%informeel%'"), '');
  });

  it('PHP reported no notice, warning or error from the plugin', () => {
    const log = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '';
    assert.deepEqual(log.split('\n').filter((line) => line.includes('informeel-leren')), []);
  });
});

/** The requests a page made for the plugin's files (its address without the version query). */
function pluginRequests(requests) {
  return requests.filter((url) => url.pathname.startsWith(ASSETS)).map((url) => url.pathname.slice(ASSETS.length));
}

/**
 * The page asked for the widget's entry exactly once, asked for no file twice, and asked nothing of
 * another origin.
 */
function assertPluginScripts(requests, where, { once }) {
  const asked = pluginRequests(requests);
  if (once) assert.equal(asked.filter((path) => path === 'assets/informeel-leren.js').length, 1, `${where}: the entry once (${asked.join(', ')})`);
  assert.deepEqual(asked.filter((path, i) => asked.indexOf(path) !== i), [], `${where}: no file twice`);
  const origin = new URL(site.url).origin;
  assert.deepEqual(requests.filter((url) => url.protocol.startsWith('http') && url.origin !== origin).map(String), [], `${where}: no request elsewhere`);
}
