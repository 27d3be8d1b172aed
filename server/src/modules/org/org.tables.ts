import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { regions } from '../region/region.tables.ts';

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    uscc: text('uscc'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('organizations_region_idx').on(t.regionCode),
    uniqueIndex('organizations_uscc_uq').on(t.uscc).where(sql`${t.uscc} is not null`),
    uniqueIndex('organizations_name_region_uq').on(t.name, t.regionCode),
  ],
);
