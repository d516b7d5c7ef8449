#!/usr/bin/env node
// Screenshots of every step, for looking at the widget as a user would: the partner demo page in
// nl, fr and en at 1280 and 360 px, walked through by clicking. Needs `npm start` running (or
// pass the base URL) and /usr/bin/chromium. Writes PNGs to the folder given (default /tmp/shots).
//   node scripts/screenshots.js [outDir] [baseUrl] [pagePath]
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] ?? '/tmp/shots';
const base = process.argv[3] ?? 'http://localhost:8000';
/** The page to walk through: the demo on the sources, or e.g. /demo/csp.html on the built bundle. */
const pagePath = process.argv[4] ?? '/demo/index.html';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
/** Clicks the first button (in any shadow root) whose text starts with one of the labels. */
const click = (page, labels) =>
  page.evaluate((labels) => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    const button = all(document).find((el) => el.localName === 'button' && labels.some((l) => el.textContent.trim().startsWith(l)));
    button?.click();
    return !!button;
  }, labels);
const answerAll = (page, yes) =>
  page.evaluate((yes) => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (const fs of all(document).filter((el) => el.matches?.('fieldset[data-statement]'))) {
      fs.querySelector(`input[value="${yes.includes(fs.dataset.statement) ? 'ja' : 'nee'}"]`).click();
    }
  }, yes);
const pickChallenge = (page, id) =>
  page.evaluate((id) => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    all(document).find((el) => el.matches?.(`input[name="challenge"][value="${id}"]`))?.click();
  }, id);
const widest = (page) =>
  page.evaluate(() => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    const over = all(document).filter((el) => el.getBoundingClientRect().right > innerWidth + 1);
    return over.slice(-3).map((el) => `${el.localName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
  });
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

const labels = {
  start: ['Start', 'Commencer'],
  next: ['Verder', 'Continuer', 'Continue', 'Suivant', 'Next'],
  result: ['Toon mijn resultaat', 'Afficher mon résultat', 'Show my result'],
  step2: ['Volgende stap', 'Étape suivante', 'Next step'],
  actions: ['Bekijk de acties', 'Voir les actions', 'See the actions', 'View the actions'],
};
for (const lang of ['nl', 'fr', 'en']) {
  for (const width of [1280, 360]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(`${base}${pagePath}`, { waitUntil: 'networkidle0' });
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'networkidle0' });
    await page.evaluate((lang) => (document.documentElement.lang = lang), lang);
    await pause(600);
    const shot = async (name, tag) => {
      await pause(400);
      await page.screenshot({ path: `${out}/${lang}-${width}-${name}.png`, fullPage: true });
      const element = tag && (await page.$(tag));
      if (element) await element.screenshot({ path: `${out}/${lang}-${width}-${name}-${tag}.png` });
      const over = await widest(page);
      if (over.length) console.log(`${lang} ${width} ${name}: wider than the viewport: ${over.join(', ')}`);
    };
    await shot('1-intro');
    await click(page, labels.start);
    await pause(300);
    await click(page, labels.next);
    await pause(300);
    await shot('2-statements', 'profile-scan');
    await answerAll(page, ['Visie_4', 'HR_Tools_1', 'Strategisch_2', 'Aanbod_5', 'LKB_1', 'Regie_2']);
    await click(page, labels.result);
    await shot('3-result', 'profile-scan');
    await click(page, labels.step2);
    await pickChallenge(page, '3');
    await click(page, labels.actions);
    await pause(500);
    await shot('4-actions', 'action-list');
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
