/** The working-day calendar, seen through the small interface the case engine needs. */
import type { Executor } from '../../platform/db/database.ts';
import { beijingToday, loadWorkingCalendar } from '../calendar/index.ts';
import type { DueCalculator } from './engine/deadlines.ts';

export async function dueCalculator(
  db: Executor,
  today: string = beijingToday(new Date()),
): Promise<DueCalculator> {
  const calendar = await loadWorkingCalendar(db);
  return {
    today: () => today,
    due(start, amount, unit) {
      const result =
        unit === 'working_days'
          ? calendar.addWorkingDays(start, amount)
          : unit === 'months'
            ? calendar.addMonths(start, amount)
            : calendar.addCalendarDays(start, amount);
      return { dueOn: result.due, complete: result.complete };
    },
    remaining(from, to, unit) {
      if (to <= from) return 0;
      return unit === 'working_days'
        ? calendar.workingDaysBetween(from, to)
        : Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
    },
  };
}
