/**
 * Test runner commands that run the real collector (collector/src/server.ts on PGlite in a
 * temporary folder) for a browser test, loaded through tsx. One collector per test session:
 *   executeServerCommand('collector-start', { origin, k })  a new, empty collector on 127.0.0.1 that
 *       accepts submissions from `origin` (the test page's); resolves { url } (its base URL)
 *   executeServerCommand('collector-stop')       closes it, keeping its data (requests now fail)
 *   executeServerCommand('collector-restart')    opens the same data again on the same port
 *   executeServerCommand('collector-lose-reply') the next stored submission's reply is lost: the
 *       row is committed, then the page gets a 504 instead (as from a proxy that gave up waiting)
 *   executeServerCommand('collector-rows')       every stored row, from GET /v1/export with the admin token
 *   executeServerCommand('collector-aggregates', 'partner=x')  GET /v1/aggregates with that query
 *   executeServerCommand('collector-end')        closes it and removes its folder
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const COMMANDS = ['collector-start', 'collector-stop', 'collector-restart', 'collector-lose-reply', 'collector-rows', 'collector-aggregates', 'collector-end'];
const root = pathToFileURL(`${process.cwd()}/`).href;

/** The collector's modules, loaded once, on first use. */
let modules;
async function collectorModules() {
  modules ??= Promise.all([
    tsImport('./collector/src/server.ts', root),
    tsImport('./collector/src/storage.ts', root),
    tsImport('./collector/src/migrate.ts', root),
  ]).then(([server, storage, migrate]) => ({ buildServer: server.buildServer, openPglite: storage.openPglite, migrate: migrate.migrate }));
  return modules;
}

/** One CSV line into its fields (the export quotes fields with commas or quotes). */
function csvFields(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') fields.push(field), (field = '');
    else field += c;
  }
  fields.push(field);
  return fields;
}

/** A running (or stopped) collector of one test session. */
class TestCollector {
  constructor(options) {
    this.options = options;
    this.folder = mkdtempSync(join(tmpdir(), 'informeel-leren-collector-'));
    this.token = randomBytes(24).toString('hex');
    this.port = 0;
    this.loseNextReply = false;
  }

  get url() {
    return `http://127.0.0.1:${this.port}/`;
  }

  async start() {
    const { buildServer, openPglite, migrate } = await collectorModules();
    this.storage = await openPglite(this.folder);
    await migrate(this.storage);
    this.app = await buildServer({ storage: this.storage, k: this.options.k, origins: [this.options.origin], adminToken: this.token });
    this.app.addHook('onSend', async (request, reply, payload) => {
      if (this.loseNextReply && request.method === 'POST' && request.url === '/v1/submissions' && reply.statusCode === 201) {
        this.loseNextReply = false;
        reply.code(504);
        return JSON.stringify({ error: 'gateway_timeout', message: 'the reply was lost on its way back' });
      }
      return payload;
    });
    await this.app.listen({ port: this.port, host: '127.0.0.1' });
    this.port = this.app.server.address().port;
  }

  async stop() {
    await this.app?.close();
    await this.storage?.close();
    this.app = this.storage = undefined;
  }

  async rows() {
    const response = await fetch(new URL('v1/export', this.url), { headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) throw new Error(`GET /v1/export answered ${response.status}`);
    const [head, ...lines] = (await response.text()).split(/\r?\n/).filter(Boolean);
    const columns = csvFields(head);
    return lines.map((line) => Object.fromEntries(csvFields(line).map((value, i) => [columns[i], value])));
  }

  async aggregates(query = '') {
    const response = await fetch(new URL(`v1/aggregates?${query}`, this.url));
    return { status: response.status, body: await response.json() };
  }

  async end() {
    await this.stop();
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** The collector commands; every collector still running is ended when the test runner stops. */
export function collectorCommands() {
  const collectors = new Map(); // session id -> TestCollector
  const collectorOf = (session) => {
    const collector = collectors.get(session.id);
    if (!collector) throw new Error('no collector: call collector-start first');
    return collector;
  };
  return {
    name: 'collector',
    async serverStop() {
      await Promise.all([...collectors.values()].map((collector) => collector.end()));
      collectors.clear();
    },
    async executeCommand({ command, payload, session }) {
      if (!COMMANDS.includes(command)) return undefined;
      if (command === 'collector-start') {
        await collectors.get(session.id)?.end();
        const collector = new TestCollector({ origin: payload.origin, k: payload.k ?? 10 });
        collectors.set(session.id, collector);
        await collector.start();
        return { url: collector.url };
      }
      // Ending is safe to call after every test, with or without a collector.
      if (command === 'collector-end' && !collectors.has(session.id)) return false;
      const collector = collectorOf(session);
      switch (command) {
        case 'collector-stop':
          await collector.stop();
          return true;
        case 'collector-restart':
          await collector.start();
          return { url: collector.url };
        case 'collector-lose-reply':
          collector.loseNextReply = true;
          return true;
        case 'collector-rows':
          return collector.rows();
        case 'collector-aggregates':
          return collector.aggregates(payload ?? '');
        default:
          collectors.delete(session.id);
          await collector.end();
          return true;
      }
    },
  };
}
