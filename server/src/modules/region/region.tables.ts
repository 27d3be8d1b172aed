import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * GB/T 2260 division codes, county level and above, with the synthetic national root 000000.
 * Retired codes are kept (status 'retired') so old records keep their meaning.
 */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['national', 'province', 'city', 'county'] }).notNull(),
    parentCode: text('parent_code'),
    status: text('status', { enum: ['active', 'retired'] }).notNull(),
    validFrom: integer('valid_from'),
    validTo: integer('valid_to'),
    successors: jsonb('successors').$type<string[]>().notNull().default([]),
    formerNames: jsonb('former_names')
      .$type<{ name: string; from: number | null; to: number | null }[]>()
      .notNull()
      .default([]),
    dataVersion: text('data_version').notNull(),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);
