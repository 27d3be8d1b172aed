import { date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The working-day calendar is data: a year is "known" once its official arrangement (国务院办公厅
 * 节假日安排通知) is loaded, and administrators add the next year when it is published. A year
 * that is not loaded is unknown, never silently "no holidays".
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  /** The notice the arrangement comes from, e.g. 国办发明电〔2025〕7号. */
  source: text('source').notNull(),
  publishedOn: date('published_on', { mode: 'string' }),
  loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull(),
  loadedBy: text('loaded_by'),
});

/** Exceptions to the Monday–Friday week: days off on weekdays, and make-up working days. */
export const calendarDays = pgTable('calendar_days', {
  day: date('day', { mode: 'string' }).primaryKey(),
  year: integer('year')
    .notNull()
    .references(() => calendarYears.year, { onDelete: 'cascade' }),
  /** 'holiday' = a day off (any weekday of it); 'workday' = a make-up working day (调休上班). */
  kind: text('kind').notNull(),
  /** The festival it belongs to, e.g. 春节. */
  name: text('name').notNull(),
});
