/**
 * The bulk load: drops the registry tables' indexes and foreign keys (their exact definitions are
 * kept), generates rows in worker threads, streams them with COPY into rights, right_numbers,
 * parties, right_holders and right_events, then rebuilds every index and key from the kept
 * definitions, checks the schema is as the migrations left it, and runs ANALYZE.
 */

import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Chunk, ChunkResult, WorkerSetup } from './gen-worker.ts';
import { COLUMNS, type Table } from './rows.ts';

const TABLES = Object.keys(COLUMNS) as Table[];
const CHUNK = 2_000;

interface Ddl {
  foreignKeys: { table: string; name: string; def: string }[];
  constraints: { table: string; name: string; def: string }[];
  indexes: { name: string; def: string }[];
}

async function schemaOf(client: pg.Client): Promise<Ddl> {
  const tables = TABLES.map((t) => `'public.${t}'::regclass`).join(', ');
  const constraintsSql = `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as def, contype
      from pg_constraint where (conrelid in (${tables}) or confrelid in (${tables})) order by conname`;
  const rows = (await client.query(constraintsSql)).rows as {
    table: string;
    name: string;
    def: string;
    contype: string;
  }[];
  const indexes = (
    await client.query(
      `select indexname as name, indexdef as def from pg_indexes where schemaname = 'public' and tablename = any($1)
         and indexname not in (select conname from pg_constraint) order by indexname`,
      [TABLES],
    )
  ).rows as { name: string; def: string }[];
  return {
    foreignKeys: rows.filter((r) => r.contype === 'f'),
    constraints: rows.filter((r) => r.contype === 'p' || r.contype === 'u'),
    indexes,
  };
}

async function dropAll(client: pg.Client, ddl: Ddl) {
  for (const fk of ddl.foreignKeys)
    await client.query(`alter table ${fk.table} drop constraint "${fk.name}"`);
  for (const ix of ddl.indexes) await client.query(`drop index "${ix.name}"`);
  for (const c of ddl.constraints) await client.query(`alter table ${c.table} drop constraint "${c.name}"`);
}

/** Rebuilds on two connections: the GIN index (the slowest) on one, everything else on the other. */
async function rebuild(url: string, ddl: Ddl, log: (s: string) => void) {
  const jobs = [
    ...ddl.constraints.map((c) => `alter table ${c.table} add constraint "${c.name}" ${c.def}`),
    ...ddl.indexes.map((i) => i.def),
  ].sort((a, b) => Number(b.includes('USING gin')) - Number(a.includes('USING gin')));
  const runner = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`set maintenance_work_mem = '1GB'`);
    try {
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const started = performance.now();
        await client.query(job);
        log(`    ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${job.slice(0, 100)}`);
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all([runner(), runner()]);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const fk of ddl.foreignKeys)
      await client.query(`alter table ${fk.table} add constraint "${fk.name}" ${fk.def}`);
  } finally {
    await client.end();
  }
}

/** A worker with a queue of answers, so that no message is lost while the caller is busy. */
class GenerationWorker {
  private readonly answers: ChunkResult[] = [];
  private waiting: { resolve: (r: ChunkResult) => void; reject: (e: unknown) => void } | null = null;
  private failure: unknown = null;
  inFlight = 0;
  constructor(readonly worker: Worker) {
    worker.on('message', (m: ChunkResult) => {
      if (this.waiting) this.waiting.resolve(m);
      else this.answers.push(m);
      this.waiting = null;
    });
    worker.on('error', (e) => {
      this.failure = e;
      this.waiting?.reject(e);
    });
  }
  send(chunk: Chunk) {
    this.inFlight += 1;
    this.worker.postMessage(chunk);
  }
  next(): Promise<ChunkResult> {
    this.inFlight -= 1;
    if (this.failure) return Promise.reject(this.failure);
    const ready = this.answers.shift();
    return ready
      ? Promise.resolve(ready)
      : new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }
}

async function startWorkers(count: number, setup: Omit<WorkerSetup, 'entry'>): Promise<GenerationWorker[]> {
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  const entry = new URL('./gen-worker.ts', import.meta.url).href;
  return Promise.all(
    Array.from({ length: count }, async () => {
      const worker = new Worker(boot, { workerData: { ...setup, entry } });
      const [message] = (await once(worker, 'message')) as [unknown];
      if (message !== 'ready') throw new Error(`generation worker failed to start: ${String(message)}`);
      return new GenerationWorker(worker);
    }),
  );
}

async function write(stream: Writable, text: string) {
  if (text && !stream.write(text)) await once(stream, 'drain');
}

export interface LoadResult {
  rights: number;
  rejected: number;
  rejectedSamples: string[];
  parties: number;
  seconds: { generateAndCopy: number; indexes: number; analyze: number };
}

export async function bulkLoad(
  url: string,
  options: { rows: number; seed: number; partyCount: number; today: string },
  log: (s: string) => void,
): Promise<LoadResult> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const ddl = await schemaOf(admin);
  await dropAll(admin, ddl);
  const clients: Record<string, pg.Client> = {};
  const streams: Record<string, Writable> = {};
  for (const table of TABLES) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('set synchronous_commit = off');
    clients[table] = client;
    streams[table] = client.query(copyFrom(`copy ${table} (${COLUMNS[table].join(', ')}) from stdin`));
  }
  const started = performance.now();
  const workers = await startWorkers(Math.max(1, availableParallelism()), {
    seed: options.seed,
    partyCount: options.partyCount,
    today: options.today,
    now: new Date().toISOString(),
  });
  const result: LoadResult = {
    rights: 0,
    rejected: 0,
    rejectedSamples: [],
    parties: 0,
    seconds: { generateAndCopy: 0, indexes: 0, analyze: 0 },
  };
  const partiesSeen = new Set<string>();
  let next = 0;
  let lastReport = performance.now();
  const take = (): Chunk | null => {
    if (next >= options.rows) return null;
    const chunk = { start: next, end: Math.min(options.rows, next + CHUNK) };
    next = chunk.end;
    return chunk;
  };
  const drive = async (worker: GenerationWorker) => {
    const post = () => {
      const chunk = take();
      if (chunk) worker.send(chunk);
    };
    post();
    post();
    while (worker.inFlight > 0) {
      const r = await worker.next();
      post();
      result.rights += r.count;
      result.rejected += r.rejected.length;
      if (result.rejectedSamples.length < 5)
        result.rejectedSamples.push(...r.rejected.slice(0, 5 - result.rejectedSamples.length));
      const parties = r.parties.filter(
        (l) => !partiesSeen.has(l.slice(0, 36)) && partiesSeen.add(l.slice(0, 36)),
      );
      await Promise.all([
        write(streams['rights']!, r.rights),
        write(streams['right_search']!, r.right_search),
        write(streams['right_numbers']!, r.right_numbers),
        write(streams['right_holders']!, r.right_holders),
        write(streams['right_events']!, r.right_events),
        write(streams['parties']!, parties.join('')),
      ]);
      if (performance.now() - lastReport > 15_000) {
        lastReport = performance.now();
        const rate = result.rights / ((lastReport - started) / 1000);
        log(
          `    ${result.rights.toLocaleString('en')} rights generated and copied (${Math.round(rate).toLocaleString('en')}/s)`,
        );
      }
    }
  };
  try {
    await Promise.all(workers.map(drive));
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
  for (const table of TABLES) {
    const done = once(streams[table]!, 'finish');
    streams[table]!.end();
    await done;
    await clients[table]!.end();
  }
  result.parties = partiesSeen.size;
  result.seconds.generateAndCopy = (performance.now() - started) / 1000;
  log(`    indexes and keys (rebuilt from the migrations' definitions):`);
  const indexing = performance.now();
  await rebuild(url, ddl, log);
  result.seconds.indexes = (performance.now() - indexing) / 1000;
  const after = await schemaOf(admin);
  if (JSON.stringify(after) !== JSON.stringify(ddl))
    throw new Error('the rebuilt indexes and keys differ from the migrated schema');
  // A registry that has been live is vacuumed (hint bits set, visibility map kept); one just
  // loaded with COPY is not, and servers run with autovacuum off would otherwise set the hint
  // bits during the measured phases, writing the pages they read.
  const analyzing = performance.now();
  // The standing sample (ADR 0024) was filled by its trigger during the COPY into right_search.
  await admin.query(`vacuum (analyze) ${[...TABLES, 'right_search_subset'].join(', ')}`);
  result.seconds.analyze = (performance.now() - analyzing) / 1000;
  await admin.end();
  return result;
}
