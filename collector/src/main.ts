/**
 * `npm run collector`: starts one collector instance with the settings from the environment
 * (see config.ts), runs the migrations and listens until SIGINT or SIGTERM.
 */
import { ConfigError, configFromEnv } from './config.ts';
import { migrate } from './migrate.ts';
import { dashboardRoutes } from './dashboard/routes.ts';
import { buildServer, type CollectorPlugin } from './server.ts';
import { openStorage } from './storage.ts';

/** Routes added to the collector's own (the dashboard registers here). */
const plugins: CollectorPlugin[] = [dashboardRoutes];

async function main(): Promise<void> {
  const config = configFromEnv();
  const storage = await openStorage(config);
  const ran = await migrate(storage);
  const app = await buildServer({
    storage,
    k: config.k,
    origins: config.origins,
    adminToken: config.adminToken,
    rateLimitPerMinute: config.rateLimitPerMinute,
    trustProxy: config.trustProxy,
    logger: { level: process.env.LOG_LEVEL || 'info' },
    plugins,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: finishing open requests, then closing the store`);
    await app.close();
    await storage.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info(
    {
      storage: config.databaseUrl ? 'postgres (DATABASE_URL)' : `pglite ${config.dataFolder}`,
      migrations: ran,
      k: config.k,
      origins: config.origins,
      export: config.adminToken ? 'on' : 'off',
      rateLimitPerMinute: config.rateLimitPerMinute,
    },
    `collector listening on ${address.replace('0.0.0.0', '127.0.0.1')}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`collector: ${error.message}`);
  } else {
    console.error('collector could not start:', error);
  }
  process.exit(1);
});
