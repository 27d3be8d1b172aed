/**
 * `npm run bench:registry -- [--rows N] [--keep] [--reuse DB] [--seconds S] [--search-queries N]
 *  [--import-rows N] [--import-only] [--seed N]`: the rights registry benchmark on PostgreSQL.
 *  See bench/README.md.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Database } from '../../server/src/platform/db/database.ts';
import { bareHttpCeiling } from './bare-http.ts';
import * as D from './database.ts';
import { filterBench } from './filter-bench.ts';
import { importBench } from './import-bench.ts';
import { forgetImported, rememberImported } from './imported.ts';
import { bulkLoad } from './load.ts';
import { loadRegions, makeParties } from './parties.ts';
import { searchCases, verifyCases } from './queries.ts';
import type { RecordContext } from './records.ts';
import { aims, type BenchResults, markdown, writeResults } from './report.ts';
import { searchBench } from './search-bench.ts';
import { clientToken, createBenchClient, type RunningServer, startServer } from './server.ts';
import { pgbenchCeiling, verifyLoad, verifySanity } from './verify-bench.ts';
import { checkWrk } from './wrk-load.ts';

const USAGE = `npm run bench:registry -- [options]
  --rows N             rights to generate (default 1000000, at most 10000000)
  --keep               keep the benchmark database at the end (its name is printed)
  --reuse NAME         run on a database kept earlier (no generation; --rows is read from it)
  --seconds S          length of each measured load run (default 20)
  --search-queries N   queries per search class (default 20)
  --search-budget S    stop starting search queries after S seconds (default 300)
  --import-rows N      rows in the import file (default 100000, at most --rows)
  --import-only        skip the server, verification and search: load (or --reuse) and import
  --seed N             data seed (default 1)
  --search-first WAY   api or core: which way runs the first query of the first search class
                       first (default api); the other way does so for the queries where this
                       one runs second, so the two settings swap which half each meets cold
  --quiet-wait M       before each measured phase, wait up to M minutes for the load
                       average to drop below 0.75 per CPU (default 0: do not wait)
DATABASE_URL selects the PostgreSQL server (default ${D.DEFAULT_SERVER}).`;

function searchFirst(value: string): 'api' | 'core' {
  if (value !== 'api' && value !== 'core') throw new D.PreflightError('--search-first must be api or core');
  return value;
}

function options() {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'string' },
      seconds: { type: 'string', default: '20' },
      'search-queries': { type: 'string', default: '20' },
      'import-rows': { type: 'string', default: '100000' },
      'import-only': { type: 'boolean', default: false },
      'quiet-wait': { type: 'string', default: '0' },
      'search-budget': { type: 'string', default: '300' },
      seed: { type: 'string', default: '1' },
      'search-first': { type: 'string', default: 'api' },
      help: { type: 'boolean', default: false },
    },
  });
  const int = (name: string, value: string, min: number, max: number) => {
    const n = Number(value.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < min || n > max)
      throw new D.PreflightError(`--${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
  return {
    help: values.help,
    rows: int('rows', values.rows, 1_000, 10_000_000),
    keep: values.keep,
    reuse: values.reuse,
    seconds: int('seconds', values.seconds, 5, 600),
    searchQueries: int('search-queries', values['search-queries'], 5, 1_000),
    importRows: int('import-rows', values['import-rows'], 100, 1_000_000),
    importOnly: values['import-only'],
    seed: int('seed', values.seed, 1, 1_000_000),
    quietWait: int('quiet-wait', values['quiet-wait'], 0, 60),
    searchBudget: int('search-budget', values['search-budget'], 10, 3_600),
    searchFirst: searchFirst(values['search-first']),
  };
}

const log = (s: string) => console.log(s);

async function main(): Promise<number> {
  const opts = options();
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const server = process.env['DATABASE_URL'] || D.DEFAULT_SERVER;
  const pg = await D.checkServer(server);
  const pgbench = D.checkPgbench();
  const wrk = opts.importOnly ? undefined : checkWrk();
  if (opts.reuse && !/^[a-z0-9_]+$/.test(opts.reuse))
    throw new D.PreflightError('--reuse takes a database name');
  const name = opts.reuse ?? `ipp_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  if (opts.reuse && !(await D.databaseExists(server, name)))
    throw new D.PreflightError(`no database ${name} to reuse`);
  const url = D.databaseUrl(server, name);
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    rows: opts.rows,
    seed: opts.seed,
    phases: {},
    load: {},
    errors: {},
    aims: [],
    machine: {
      cpus: availableParallelism(),
      serverWorkers: availableParallelism(),
      node: process.versions.node,
      postgres: pg.version,
      postgresMemory: { sharedBuffers: pg.sharedBuffers, effectiveCacheSize: pg.effectiveCacheSize },
      pgbench,
      ...(wrk ? { loadGenerator: wrk } : {}),
      database: name,
    },
  };
  const quiet = async (label: string) => {
    const limit = Date.now() + opts.quietWait * 60_000;
    const calm = availableParallelism() * 0.75;
    if (opts.quietWait === 0 || loadavg()[0]! <= calm) return;
    log(`\n… waiting up to ${opts.quietWait} min for a load average under ${calm} before "${label}"`);
    for (let i = 0; i < opts.quietWait * 12 && Date.now() < limit && loadavg()[0]! > calm; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
    log(`  load average now ${loadavg()[0]!.toFixed(2)}`);
  };
  const phase = async <T>(label: string, work: () => Promise<T>, measured = true): Promise<T | undefined> => {
    if (measured) await quiet(label);
    results.load[label] = loadavg()[0]!;
    const busy = results.load[label]! > availableParallelism() * 0.75;
    log(
      `\n▶ ${label}${busy ? ` (load average ${results.load[label]!.toFixed(1)}: other processes are using the CPUs)` : ''}`,
    );
    const started = performance.now();
    try {
      return await work();
    } catch (error) {
      results.errors[label] = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`  ✗ ${label} failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    } finally {
      results.phases[label] = (performance.now() - started) / 1000;
      log(`  (${results.phases[label]!.toFixed(1)} s)`);
    }
  };
  log(`Registry benchmark on ${D.redact(url)} · ${pg.version} · ${pgbench}${wrk ? ` · ${wrk}` : ''}`);
  let database: Database | undefined;
  let running: RunningServer | undefined;
  try {
    if (!opts.reuse) await D.createDatabase(server, name);
    database = await D.openMigrated(url);
    // What the data was generated with, so that --reuse regenerates the same records.
    await database.query('create table if not exists bench_meta (rows integer, seed integer, today text)');
    // How many rows the import phases stored at most (forgetImported); null in older databases.
    await database.query('alter table bench_meta add column if not exists imported integer');
    let today = new Date().toISOString().slice(0, 10);
    let imported: number | null = 0;
    if (opts.reuse) {
      const [meta] = await database.query<{
        rows: number;
        seed: number;
        today: string;
        imported: number | null;
      }>('select * from bench_meta');
      if (!meta) throw new D.PreflightError(`${name} was not made by this benchmark (no bench_meta)`);
      ({ rows: opts.rows, seed: opts.seed, today, imported } = meta);
      [results.rows, results.seed] = [opts.rows, opts.seed];
      log(
        `  reusing ${name}: ${opts.rows.toLocaleString('en')} generated rights, seed ${opts.seed}, made ${today}`,
      );
    }
    const partyCount = Math.min(1_000_000, Math.max(2_000, Math.round(opts.rows / 5)));
    if (!opts.reuse) {
      const loaded = await phase(
        `generate and load ${opts.rows.toLocaleString('en')} rights`,
        () => bulkLoad(url, { rows: opts.rows, seed: opts.seed, partyCount, today }, log),
        false,
      );
      if (!loaded) throw new Error('the data set could not be loaded');
      await database.query('insert into bench_meta values ($1, $2, $3, 0)', [opts.rows, opts.seed, today]);
      log(
        `  ${loaded.rights.toLocaleString('en')} rights, ${loaded.parties.toLocaleString('en')} parties; ${loaded.rejected} records rejected by validation${loaded.rejectedSamples.length ? `: ${loaded.rejectedSamples.join(' | ')}` : ''}`,
      );
      log(
        `  generate + COPY ${loaded.seconds.generateAndCopy.toFixed(1)} s, indexes ${loaded.seconds.indexes.toFixed(1)} s, VACUUM (ANALYZE) ${loaded.seconds.analyze.toFixed(1)} s`,
      );
    }
    results.loaded = await D.loadedCounts(database);
    log(`  loaded: ${JSON.stringify(results.loaded)}`);
    const regions = loadRegions();
    const ctx: RecordContext = {
      seed: opts.seed,
      parties: makeParties(opts.seed, partyCount, regions),
      regions: [...regions.values()].flat(),
      today,
    };
    // Rights an earlier run imported are not part of the data set.
    if (opts.reuse) await forgetImported(database, ctx, imported, log);

    if (!opts.importOnly)
      running = await phase(
        'start the server (server/src/main.ts, LOG_LEVEL silent)',
        async () => {
          await createBenchClient(database!);
          const started = await startServer(url, results.machine.serverWorkers ?? 1);
          if (new URL(started.url).hostname !== '127.0.0.1')
            throw new Error(`the server listens on ${started.url}, not 127.0.0.1`);
          log(`  ${started.url} (pid ${started.pid})`);
          return started;
        },
        false,
      );
    const token = running ? await clientToken(running.url) : undefined;

    if (!opts.importOnly)
      await phase('verification: pgbench ceiling and HTTP load', async () => {
        if (!running || !token) throw new Error('no server');
        const cases = verifyCases(ctx, opts.rows, 20_000, opts.seed);
        await verifySanity(running.url, token, cases);
        log(`  pgbench: ${opts.seconds} s, 64 clients, one right by primary key…`);
        const raw = await pgbenchCeiling(url, opts.rows, opts.seed, opts.seconds);
        log(
          `    ${Math.round(raw.perSecond)} selects/s, p50 ${raw.p50.toFixed(2)} ms, p99 ${raw.p99.toFixed(2)} ms`,
        );
        log(`  HTTP: ${opts.seconds} s, wrk with 64 connections, POST /api/v1/rights/verify…`);
        const http = await verifyLoad(running.url, token, cases, opts.seconds);
        log(
          `    ${Math.round(http.perSecond)} verifications/s, p50 ${http.p50} ms, p99 ${http.p99} ms, non-2xx ${http.non2xx}, errors ${http.errors}, wrong answers ${http.wrongAnswers} of ${http.checked} checked`,
        );
        log(`  bare HTTP: ${opts.seconds} s, 64 connections, the same select behind a one-route Fastify…`);
        const bare = await bareHttpCeiling(url, opts.rows, opts.seed, opts.seconds);
        log(`    ${Math.round(bare.perSecond)} requests/s, p50 ${bare.p50} ms, p99 ${bare.p99} ms`);
        results.verification = { http, pgbench: raw, bare, ratio: http.perSecond / raw.perSecond };
      });

    if (!opts.importOnly)
      await phase('search: API, core SQL and sequential scan', async () => {
        if (!running || !token) throw new Error('no server');
        const cases = searchCases(ctx, opts.searchQueries, opts.seed);
        results.search = await searchBench(
          database!,
          running.url,
          token,
          cases,
          Math.min(5, opts.searchQueries),
          opts.searchBudget,
          opts.searchFirst,
          log,
        );
      });
    if (!opts.importOnly)
      await phase('search without text: a facet click on each filter', async () => {
        if (!running || !token) throw new Error('no server');
        results.filters = await filterBench(database!, running.url, token, log);
      });
    await running?.stop();
    running = undefined;

    await phase('import: importFile vs raw COPY', async () => {
      const rows = Math.min(opts.importRows, opts.rows);
      await rememberImported(database!, rows);
      results.import = await importBench(database!, url, ctx, rows, log);
      const i = results.import;
      log(
        `    importFile ${Math.round(i.pipeline.rowsPerSecond)} rows/s (${i.pipeline.seconds.toFixed(1)} s), raw COPY into the registry tables ${Math.round(i.copy.rowsPerSecond)} rows/s (${i.copy.seconds.toFixed(2)} s), plain COPY ${Math.round(i.plainCopy.rowsPerSecond)} rows/s`,
      );
    });
  } finally {
    await running?.stop();
    await database?.close();
    if (opts.keep || opts.reuse) log(`\nKept database ${name}: rerun with --reuse ${name}`);
    else await D.dropDatabase(server, name).catch((e) => log(`could not drop ${name}: ${e}`));
  }
  results.finishedAt = new Date().toISOString();
  results.aims = aims(results);
  const files = writeResults(results);
  log(`\n${markdown(results)}`);
  log(`Written: ${files.json}, ${files.md}, bench/results/latest.json, bench/results/latest.md`);
  return Object.keys(results.errors).length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof D.PreflightError) console.error(`\nCannot run the benchmark: ${error.message}`);
    else console.error('\nThe benchmark failed:', error);
    process.exit(2);
  },
);
