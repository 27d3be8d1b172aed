/** Set-based SQL for batch writes: one `insert … select * from unnest(…)` per table. */
import { getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/database.ts';

/** Rows of a query run through drizzle's `execute` (node-postgres and PGlite both answer `rows`). */
export async function rowsOf<T>(tx: Executor, query: SQL): Promise<T[]> {
  return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
}

export type ColumnValues<T> = [PgColumn, (row: T) => unknown][];

const ARRAY_ESCAPE = /["\\]/;

/**
 * A PostgreSQL array literal of text elements, each quoted (so NULL, braces and commas in text stay
 * text); what the drivers would send for a JS array, made in one pass.
 */
function arrayLiteral(values: unknown[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) out += ',';
    if (value === null || value === undefined) out += 'NULL';
    else {
      const text = String(value);
      out += `"${ARRAY_ESCAPE.test(text) ? text.replace(/["\\]/g, '\\$&') : text}"`;
    }
  }
  return `${out}}`;
}

/**
 * `insert into table (columns) select * from unnest(one array per column) <suffix>`. Values go
 * through each column's own driver mapping (JSON for jsonb, ISO text for timestamps), as drizzle's
 * insert would send them; each array is sent as one text parameter and cast to the column's type.
 */
export function insertRows<T>(table: PgTable, columns: ColumnValues<T>, rows: T[], suffix: SQL = sql``): SQL {
  const names = sql.join(
    columns.map(([column]) => sql.identifier(column.name)),
    sql`, `,
  );
  const arrays = sql.join(
    columns.map(([column, value]) => {
      const values = rows.map((row) => {
        const v = value(row);
        return v === null || v === undefined ? null : column.mapToDriverValue(v);
      });
      return sql`${arrayLiteral(values)}::text::${sql.raw(column.getSQLType())}[]`;
    }),
    sql`, `,
  );
  return sql`insert into ${sql.identifier(getTableName(table))} (${names}) select * from unnest(${arrays}) ${suffix}`;
}

/** `col = excluded.col, …` for an upsert's `do update set`: the columns take the incoming row's values. */
export function fromExcluded(columns: PgColumn[]): SQL {
  return sql.join(
    columns.map((column) => sql`${sql.identifier(column.name)} = excluded.${sql.identifier(column.name)}`),
    sql`, `,
  );
}
