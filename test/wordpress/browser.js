/**
 * Chromium (Debian's, never a downloaded one) driven by puppeteer-core, with the requests each page
 * makes recorded, and selectors by role and accessible name (they see into shadow roots).
 */
import puppeteer from 'puppeteer-core';

/** Starts headless Chromium. */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A selector for the element with this role and accessible name (puppeteer's ARIA query, which
 * reads the accessibility tree and so finds elements inside shadow roots).
 * @param {string} role
 * @param {string} name
 */
export function byRole(role, name) {
  if (/["\\]/.test(name)) throw new Error(`byRole: the name may not hold quotes or backslashes: ${name}`);
  return `::-p-aria([role="${role}"][name="${name}"])`;
}

/**
 * Opens `url` in a fresh browser context (its own localStorage, so no saved scan carries over) and
 * records every request the page makes.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ page: import('puppeteer-core').Page, requests: URL[], errors: string[], close: () => Promise<void> }>}
 */
export async function openPage(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(new URL(request.url())));
  page.on('pageerror', (error) => errors.push(String(error)));
  // Failed loads are named by their address (the console only says "Failed to load resource").
  // The browser asks for /favicon.ico by itself; the test site has none.
  page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`));
  page.on('console', (message) => {
    const text = message.text();
    // Errors, and the widget's own warnings (e.g. a part of it that could not be loaded).
    if ((message.type() === 'error' && !/^Failed to load resource/.test(text)) || (message.type() === 'warn' && text.startsWith('informeel-leren'))) errors.push(text);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors, close: () => context.close() };
}
