/**
 * The collector as a real child process (`tsx collector/src/main.ts`), as `npm run collector`
 * starts it: started from the environment alone, on loopback, and ended by a signal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** Every collector this bench has started and not yet seen exit, ended if the bench stops early. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Where one collector keeps its data, and its other settings. */
export interface CollectorSettings {
  /** PGlite data folder (COLLECTOR_DATA); ignored when databaseUrl is set. */
  dataFolder?: string;
  /** PostgreSQL server (DATABASE_URL). */
  databaseUrl?: string;
  /** Bearer token for GET /v1/export. */
  adminToken: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port: number;
}

/** A started collector. */
export interface RunningCollector {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Sends SIGKILL (no cleanup at all) and resolves once the process is gone. */
  kill(): Promise<void>;
  /** Sends SIGTERM and resolves with the exit code (0 when it closed cleanly). */
  stop(): Promise<number | null>;
  /** Sends SIGKILL at once, without waiting; safe to call from a response handler. */
  killNow(): void;
  /** Resolves when the process has exited, with its code and signal. */
  readonly exited: Promise<[number | null, NodeJS.Signals | null]>;
}

/** Starts main.ts with the rate limit off and resolves once it says where it listens. */
export async function startCollector(settings: CollectorSettings): Promise<RunningCollector> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(settings.port),
      COLLECTOR_DATA: settings.dataFolder ?? '',
      DATABASE_URL: settings.databaseUrl ?? '',
      COLLECTOR_ADMIN_TOKEN: settings.adminToken,
      COLLECTOR_ORIGINS: '',
      // The bench's clients all come from 127.0.0.1; a per-client limit would refuse nearly all.
      COLLECTOR_RATE_LIMIT: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  void exited.then(() => running.delete(child));

  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /collector listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match) resolve(match[1] as string);
    });
    void exited.then(([code, signal]) =>
      reject(new Error(`the collector exited (code ${code}, signal ${signal}) before listening:\n${output.trim()}`)),
    );
  });

  return {
    url,
    port: Number(new URL(url).port),
    pid: child.pid as number,
    output: () => output,
    exited,
    killNow: () => void child.kill('SIGKILL'),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const [code] = await exited;
      return code;
    },
  };
}
