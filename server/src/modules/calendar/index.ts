/**
 * The working-day calendar: the official holiday arrangements by year, and the arithmetic of
 * statutory periods (working days, calendar days, months) on them.
 */

export { addMonthsClamped, beijingToday, isIsoDate, weekdayOf } from './calendar.dates.ts';
export { invalidateWorkingCalendar, loadWorkingCalendar } from './calendar.loader.ts';
export { REFERENCE_LOADER, type ReferenceSyncResult, syncReferenceCalendar } from './calendar.reference.ts';
export { calendarRoutes } from './calendar.routes.ts';
export {
  CALENDAR_WRITE,
  type CalendarYearDetailDto,
  type CalendarYearDto,
  computeDeadline,
  type DeadlineQuery,
  getCalendarYear,
  listCalendarYears,
  replaceCalendarYear,
} from './calendar.service.ts';
export { calendarDays, calendarYears } from './calendar.tables.ts';
export { type Deadline, explainDeadline, type MakeUpWorkday, type SkippedDay } from './deadline.ts';
export {
  type CalendarDay,
  type CalendarDayKind,
  type Coverage,
  type DayStatus,
  type DueDate,
  type PeriodUnit,
  WorkingCalendar,
  type WorkingDayCount,
} from './working-calendar.ts';
