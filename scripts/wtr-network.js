/**
 * Test runner commands for network conditions, over the DevTools protocol (Chromium):
 *   executeServerCommand('network-offline', true | false)   fails every request for the widget's code and
 *       content, as when the network is gone (the test runner's own connection stays up)
 *   executeServerCommand('network-block', ['*pattern*'])     fails requests matching the patterns ([] lifts the block)
 *   executeServerCommand('network-requests', 'actions/')     how many requests whose URL contains the text were sent
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
      if (!['network-offline', 'network-block', 'network-requests'].includes(command)) return undefined;
      if (!session.browser.getPage) throw new Error(`${command} needs Chromium`);
      const { cdp, urls: sent } = await sessionFor(session.browser.getPage(session.id));
      if (command === 'network-requests') return sent.filter((url) => url.includes(payload)).length;
      const urls = command === 'network-block' ? payload : payload === true ? ['*/content/*', '*/src/*', '*/dist/*'] : [];
      await cdp.send('Network.setBlockedURLs', { urls });
      return true;
    },
  };
}
