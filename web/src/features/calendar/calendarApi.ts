import { api } from '../../app/api/client.ts';

export type PeriodUnit = 'working_days' | 'calendar_days' | 'months';

export interface CalendarYear {
  year: number;
  /** The notice, e.g. 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）. */
  source: string;
  publishedOn: string | null;
  loadedAt: string;
  loadedBy: string | null;
  holidays: number;
  workdays: number;
}

export interface CalendarDayEntry {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export interface CalendarYearDetail extends CalendarYear {
  days: CalendarDayEntry[];
}

export interface Deadline {
  from: string;
  amount: number;
  unit: PeriodUnit;
  due: string;
  nominalEnd: string;
  complete: boolean;
  unknownYears: number[];
  skipped: { day: string; weekday: number; reason: 'weekend' | 'holiday'; name: string | null }[];
  makeUpWorkdays: { day: string; weekday: number; name: string }[];
}

export const calendarApi = {
  years: () => api.get<{ items: CalendarYear[] }>('/calendar/years'),
  year: (year: number) => api.get<CalendarYearDetail>(`/calendar/years/${year}`),
  deadline: (from: string, amount: number, unit: PeriodUnit) =>
    api.get<Deadline>('/calendar/deadline', { from, amount, unit }),
};
