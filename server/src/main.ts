/** Starts the platform: `tsx src/main.ts [--demo]`. Settings come from the environment. */
import { buildApp } from './app.ts';
import { type Config, ConfigError, loadProcessConfig } from './config.ts';
import { prepareCertificateSigning } from './modules/certificate/index.ts';
import { DEMO_CLIENT, DEMO_USERS } from './modules/demo/index.ts';
import { prepareDatabase } from './platform/bootstrap.ts';
import { DataDirLockedError } from './platform/db/lock.ts';
import { isFirstWorker, isWorkerProcess, superviseWorkers } from './platform/workers.ts';

/** With WORKERS > 1: prepares the database once, then runs the workers until a signal. */
async function supervise(config: Config): Promise<never> {
  const { database } = await prepareDatabase(config);
  try {
    await prepareCertificateSigning(database.db, config.signingKeySecret);
  } finally {
    await database.close();
  }
  const log = { info: (m: string) => console.log(m), error: (m: string) => console.error(m) };
  process.exit(await superviseWorkers(config.workers, log));
}

async function main(): Promise<void> {
  const config = loadProcessConfig({ demo: process.argv.includes('--demo') || undefined });
  if (config.workers > 1 && !isWorkerProcess()) return supervise(config);
  const { database, demoSeeded } = await prepareDatabase(config);
  // A missing or wrong signing-key secret stops the start here, naming SIGNING_KEY_SECRET.
  await prepareCertificateSigning(database.db, config.signingKeySecret);
  const app = await buildApp({ config, database });
  let stopping = false;
  // A worker may get a signal twice (the terminal's to the process group, and its supervisor's).
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: shutting down`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  const address = await app.listen({ host: config.host, port: config.port });
  if (!isFirstWorker()) return;
  const where =
    database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  const lines = [
    '',
    `  知识产权保护信息平台 is running at ${address}`,
    `  API docs: ${address}/api/docs · database: ${where}`,
  ];
  if (config.demo) {
    lines.push(
      `  Demo data ${demoSeeded ? 'loaded now' : 'already present'}; every demo account's password: ${config.demoPassword}`,
    );
    for (const user of DEMO_USERS) lines.push(`    ${user.username.padEnd(17)} ${user.note}`);
    lines.push(`    API client ${DEMO_CLIENT.clientId} (secret: the demo password)`);
  }
  console.log(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
