/**
 * Test runner commands for network conditions, over the DevTools protocol (Chromium):
 *   executeServerCommand('network-offline', true | false)   fails every request for the widget's code and
 *       content, as when the network is gone (the test runner's own connection stays up)
 *   executeServerCommand('network-block', ['*pattern*'])     fails requests matching the patterns ([] lifts the block)
 *   executeServerCommand('network-requests', 'actions/')     how many requests whose URL contains the text were sent
 *   executeServerCommand('network-sent', '/chunks/')         the URLs containing the text, in the order they were sent
 */
export function networkEmulation() {
  const sessions = new WeakMap(); // page -> { cdp, urls }
  async function sessionFor(page) {
    if (!sessions.has(page)) {
      const cdp = await page.createCDPSession();
      const entry = { cdp, urls: [] };
      cdp.on('Network.requestWillBeSent', (event) => entry.urls.push(event.request.url));
      await cdp.send('Network.enable');
      sessions.set(page, entry);
    }
    return sessions.get(page);
  }
  return {
    name: 'network-emulation',
    async executeCommand({ command, payload, session }) {
      if (!['network-offline', 'network-block', 'network-requests', 'network-sent'].includes(command)) return undefined;
      if (!session.browser.getPage) throw new Error(`${command} needs Chromium`);
      const { cdp, urls: sent } = await sessionFor(session.browser.getPage(session.id));
      if (command === 'network-requests') return sent.filter((url) => url.includes(payload)).length;
      if (command === 'network-sent') return sent.filter((url) => url.includes(payload));
      const urls = command === 'network-block' ? payload : payload === true ? ['*/content/*', '*/src/*', '*/dist/*'] : [];
      await cdp.send('Network.setBlockedURLs', { urls });
      return true;
    },
  };
}

/**
 * `executeServerCommand('print-pdf')`: prints the test page as Chromium would to PDF (A4, print
 * media) and returns its number of pages.
 */
export function printToPdf() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, session }) {
      if (command !== 'print-pdf') return undefined;
      if (!session.browser.getPage) throw new Error('print-pdf needs Chromium');
      const page = session.browser.getPage(session.id);
      // A test may have emulated screen media; a print is print media.
      await page.emulateMediaType('print');
      const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      await page.emulateMediaType(null);
      if (process.env.REPORT_PDF) (await import('node:fs')).writeFileSync(process.env.REPORT_PDF, pdf);
      return pages;
    },
  };
}
