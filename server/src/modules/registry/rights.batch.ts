/**
 * Verification lookups that arrive together share one statement. Partner systems call
 * verification thousands of times a minute over many connections; alone, each one-row index probe
 * paid a whole PostgreSQL round trip: a write and a read on both ends of the socket, a pool
 * checkout, and the executor's start-up, several times the probe itself. A DataLoader collects
 * the lookups made while the event loop handles one round of input, and sends them as one
 * statement (docs/adr/0011). Under light load a batch holds one lookup, which takes the
 * single-lookup statement; nothing waits for company.
 *
 * Slots go in as ARRAY[...] constructors of a fixed size class, padded with NULL (a NULL type
 * matches nothing): PostgreSQL estimates an ARRAY[...] of n elements at n rows, so the generic
 * plan costs what a custom one does and is kept. An array parameter would be re-planned on every
 * call (docs/adr/0010).
 */
import type { RightType } from '@ipp/shared';
import DataLoader from 'dataloader';
import { type SQL, sql } from 'drizzle-orm';

/** Batch sizes with a statement of their own; a batch takes the smallest that holds it. */
export const BATCH_SIZES = [2, 4, 8, 16, 32, 64] as const;
const MAX_BATCH = BATCH_SIZES[BATCH_SIZES.length - 1];
/**
 * Batches running at once per database handle. While they run, new lookups gather into the next
 * batch, so busy periods make larger batches instead of more statements; four keep PostgreSQL's
 * cores busy without queueing on the pool.
 */
export const MAX_IN_FLIGHT = 4;

export interface Lookup {
  type: RightType;
  /** The number's canonical forms, at most the statement's key count. */
  keys: string[];
}

export interface LookupStatements<Row> {
  /** One lookup: the single statement. */
  one(lookup: Lookup): Promise<Row | undefined>;
  /** Lookups in slots 1…size of the batch statement; rows say their slot in `slot`. */
  many(size: number, lookups: readonly Lookup[]): Promise<(Row & { slot: number })[]>;
}

/** The rows of `many`, back in the order of the lookups; a lookup that found nothing gets undefined. */
function bySlot<Row>(lookups: readonly Lookup[], rows: (Row & { slot: number })[]): (Row | undefined)[] {
  const found = new Map(rows.map((row) => [row.slot, row]));
  return lookups.map((_, i) => found.get(i + 1));
}

/** Runs at most `limit` dispatches at once; later ones wait (gathering lookups) for a free place. */
function inFlightGate(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    schedule(dispatch: () => void) {
      setImmediate(() => (running < limit ? dispatch() : waiting.push(dispatch)));
    },
    async run<T>(work: () => Promise<T>): Promise<T> {
      running++;
      try {
        return await work();
      } finally {
        running--;
        waiting.shift()?.();
      }
    },
  };
}

export function lookupBatcher<Row>(statements: LookupStatements<Row>) {
  const gate = inFlightGate(MAX_IN_FLIGHT);
  const loader = new DataLoader<Lookup, Row | undefined>(
    (lookups) =>
      gate.run(async () => {
        if (lookups.length === 1) return [await statements.one(lookups[0]!)];
        const size = BATCH_SIZES.find((s) => s >= lookups.length)!;
        return bySlot(lookups, await statements.many(size, lookups));
      }),
    { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: gate.schedule },
  );
  return (lookup: Lookup) => loader.load(lookup);
}

/** Placeholder names of slot `i` (1-based): its type and its keys. */
export function slotPlaceholders(i: number, keyCount: number): { type: string; keys: string[] } {
  return {
    type: `t${i}`,
    keys: Array.from({ length: keyCount }, (_, k) => `k${i}_${k}`),
  };
}

/**
 * The batch statement's parameter values: each lookup's keys as `keyParameters` lays them out in
 * `keyCount` places (the single statement's rule), and NULL in slots past the lookups.
 */
export function slotParameters(
  size: number,
  lookups: readonly Lookup[],
  keyCount: number,
  keyParameters: (keys: string[]) => string[],
): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  for (let i = 1; i <= size; i++) {
    const lookup = lookups[i - 1];
    const names = slotPlaceholders(i, keyCount);
    values[names.type] = lookup?.type ?? null;
    const keys = lookup ? keyParameters(lookup.keys) : [];
    names.keys.forEach((name, k) => {
      values[name] = keys[k] ?? null;
    });
  }
  return values;
}

/**
 * `unnest(ARRAY[$t1…]::text[], ARRAY[$k1_0…]::text[], …) with ordinality as b(type, key0…, slot)`:
 * one row per slot, its columns named for the lateral lookup to read.
 */
export function slotsSql(size: number, keyCount: number): SQL {
  const slots = Array.from({ length: size }, (_, i) => slotPlaceholders(i + 1, keyCount));
  const array = (names: string[]) =>
    sql`array[${sql.join(
      names.map((name) => sql.placeholder(name)),
      sql`, `,
    )}]::text[]`;
  const columns = [
    array(slots.map((s) => s.type)),
    ...Array.from({ length: keyCount }, (_, k) => array(slots.map((s) => s.keys[k]!))),
  ];
  const names = ['type', ...Array.from({ length: keyCount }, (_, k) => `key${k}`), 'slot'];
  return sql`unnest(${sql.join(columns, sql`, `)}) with ordinality as ${sql.raw(`b(${names.join(', ')})`)}`;
}
