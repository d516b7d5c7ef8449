/**
 * `npm run collector` as a process: started from the environment alone, it answers over real
 * HTTP, logs nothing of its clients, keeps every acknowledged submission across a SIGKILL and a
 * restart, stops cleanly on SIGTERM, and refuses settings it cannot use.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { STORE_TARGETS, type OpenedStore } from './helpers/stores.ts';
import { sampleSubmission } from './helpers/submissions.ts';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const TOKEN = 'process-test-token-0123456789';
const ORIGIN = 'https://partner.example';
const CLIENT_MARKER = 'Mozilla/5.0 (ClientMarker-7f3a)';

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts main.ts and resolves once it says where it listens. */
async function start(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, DATABASE_URL: '', COLLECTOR_DATA: '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /collector listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`the collector exited (${code}) before listening:\n${output}`)));
  });
  return { child, url, output: () => output };
}

async function stop(running: Running, signal: NodeJS.Signals): Promise<number | null> {
  if (running.child.exitCode !== null) return running.child.exitCode;
  const exited = once(running.child, 'exit');
  running.child.kill(signal);
  const [code] = await exited;
  return code as number | null;
}

async function exportedIds(url: string): Promise<string[]> {
  const reply = await fetch(`${url}/v1/export`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(reply.status, 200);
  return (await reply.text()).trim().split('\r\n').slice(1).map((line) => line.split(',')[0] as string);
}

for (const target of STORE_TARGETS) {
  describe(`npm run collector on ${target.name}`, { skip: target.skip }, () => {
    let env: Record<string, string>;
    let store: OpenedStore | undefined;
    let folder: string | undefined;

    before(async () => {
      const base = { COLLECTOR_ADMIN_TOKEN: TOKEN, COLLECTOR_ORIGINS: ORIGIN, LOG_LEVEL: 'debug' };
      if (target.name === 'PGlite') {
        folder = mkdtempSync(join(tmpdir(), 'collector-main-'));
        env = { ...base, COLLECTOR_DATA: join(folder, 'data') };
      } else {
        store = await target.open({ migrated: false });
        env = { ...base, DATABASE_URL: store.url as string };
      }
    });
    after(async () => {
      await store?.dispose();
      if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('keeps every acknowledged submission across a SIGKILL and a restart, and logs nothing of its clients', async () => {
      const first = await start(env);
      const acknowledged: string[] = [];
      try {
        assert.deepEqual(await (await fetch(`${first.url}/health`)).json(), { ok: true });
        for (let i = 0; i < 5; i += 1) {
          const submission = sampleSubmission();
          const reply = await fetch(`${first.url}/v1/submissions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: ORIGIN, 'user-agent': CLIENT_MARKER, 'x-forwarded-for': '203.0.113.7' },
            body: JSON.stringify(submission),
          });
          assert.equal(reply.status, 201);
          assert.equal(reply.headers.get('access-control-allow-origin'), ORIGIN);
          acknowledged.push(submission.id);
        }
        const refused = await fetch(`${first.url}/v1/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': CLIENT_MARKER },
          body: '{"broken": ',
        });
        assert.equal(refused.status, 400);
      } finally {
        assert.equal(await stop(first, 'SIGKILL'), null);
      }

      const second = await start(env);
      try {
        assert.deepEqual((await exportedIds(second.url)).sort(), [...acknowledged].sort());
      } finally {
        assert.equal(await stop(second, 'SIGTERM'), 0, 'SIGTERM closes cleanly');
      }

      for (const output of [first.output(), second.output()]) {
        assert.doesNotMatch(output, /ClientMarker|203\.0\.113\.7|remoteAddress|user-agent/i);
        assert.match(output, /collector listening on/);
      }
    });
  });
}

describe('npm run collector with settings it cannot use', () => {
  it('exits with 1 and says which setting is wrong', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: { ...process.env, COLLECTOR_K: 'ten', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    assert.match(stderr, /COLLECTOR_K=ten/);
  });
});
