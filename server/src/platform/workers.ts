/**
 * Several server processes on one port (node:cluster): one Node process serves from one core, and
 * with PostgreSQL the platform's state is in the database, so workers share nothing else. The
 * primary prepares the database once (migrations, reference data, demo data), then forks the
 * workers and replaces one that dies; on SIGINT or SIGTERM it stops them and waits for them.
 */
import cluster, { type Worker } from 'node:cluster';

/** A worker that dies this soon after it started is failing to start, not crashing in service. */
const EARLY_EXIT_MS = 10_000;

export interface SupervisorLog {
  info(message: string): void;
  error(message: string): void;
}

export function isWorkerProcess(): boolean {
  return cluster.isWorker;
}

/** The first worker prints the start banner; the others would repeat it. */
export function isFirstWorker(): boolean {
  return !cluster.isWorker || cluster.worker?.id === 1;
}

/** Forks `count` workers and supervises them until a signal stops them all; resolves with the exit code. */
export function superviseWorkers(count: number, log: SupervisorLog): Promise<number> {
  return new Promise((resolve) => {
    const started = new Map<Worker, number>();
    let stopping = false;
    let exitCode = 0;
    const fork = () => started.set(cluster.fork(), Date.now());
    const stopAll = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      log.info(`${signal}: stopping ${started.size} worker processes`);
      for (const worker of started.keys()) worker.process.kill('SIGTERM');
      if (started.size === 0) resolve(exitCode);
    };
    cluster.on('exit', (worker, code, signal) => {
      const since = started.get(worker) ?? 0;
      started.delete(worker);
      if (stopping) {
        if (started.size === 0) resolve(exitCode);
        return;
      }
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (Date.now() - since < EARLY_EXIT_MS) {
        log.error(`worker ${worker.process.pid} exited (${how}) while starting; stopping the others`);
        exitCode = 1;
        stopAll('SIGTERM');
        return;
      }
      log.error(`worker ${worker.process.pid} exited (${how}); starting another`);
      fork();
    });
    for (let i = 0; i < count; i++) fork();
    log.info(`${count} worker processes: ${[...started.keys()].map((w) => w.process.pid).join(', ')}`);
    process.on('SIGINT', () => stopAll('SIGINT'));
    process.on('SIGTERM', () => stopAll('SIGTERM'));
  });
}
