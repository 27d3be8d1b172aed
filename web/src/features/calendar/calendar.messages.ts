/**
 * The calendar page's texts (zh-CN the reference, en-US the same keys). Shaped like the app's
 * dictionaries so they can be spread into them; until then useCalendarText reads them here.
 */
import { interpolate, useI18n } from '../../app/i18n/index.tsx';

export const calendarZhCN = {
  'calendar.title': '工作日历',
  'calendar.intro':
    '工作日按国务院办公厅当年节假日安排通知计算：周一至周五为工作日，法定放假日除外，调休上班的周末为工作日。未载入安排的年份为“未知”，涉及该年份的期限仅按周末计算并标注待核实。',
  'calendar.year': '年度',
  'calendar.noYears': '尚未载入任何年度的节假日安排',
  'calendar.source': '依据',
  'calendar.publishedOn': '发布日期',
  'calendar.loadedBy': '载入',
  'calendar.loadedByReference': '平台内置数据',
  'calendar.total': '合计',
  'calendar.counts': '放假 {holidays} 天，调休上班 {workdays} 天',
  'calendar.festival': '节日',
  'calendar.daysOff': '放假日期',
  'calendar.dayCount': '天数',
  'calendar.makeUp': '调休上班',
  'calendar.none': '无',
  'calendar.calculator': '期限计算',
  'calendar.from': '起算日',
  'calendar.fromHint': '起算日当日不计入期间',
  'calendar.amount': '期间',
  'calendar.unit.working_days': '工作日',
  'calendar.unit.calendar_days': '日（自然日）',
  'calendar.unit.months': '月',
  'calendar.compute': '计算',
  'calendar.due': '届满日',
  'calendar.nominalEnd': '期间末日',
  'calendar.rolled': '期间末日为休息日，顺延至其后第一个工作日',
  'calendar.incomplete': '期间涉及 {years} 年，其节假日安排尚未载入：该年份仅按周末计算，结果待核实。',
  'calendar.skippedHolidays': '不计入的法定假日',
  'calendar.skippedWeekends': '不计入的周末',
  'calendar.passedHolidays': '顺延跳过的法定假日',
  'calendar.passedWeekends': '顺延跳过的周末',
  'calendar.weekendCount': '{count} 天',
  'calendar.festivalDays': '{name}：{ranges}（{count} 天）',
  'calendar.makeUpCounted': '计入的调休上班日',
  'calendar.weekday.0': '周日',
  'calendar.weekday.1': '周一',
  'calendar.weekday.2': '周二',
  'calendar.weekday.3': '周三',
  'calendar.weekday.4': '周四',
  'calendar.weekday.5': '周五',
  'calendar.weekday.6': '周六',
} as const;

export type CalendarMessageKey = keyof typeof calendarZhCN;

export const calendarEnUS: Record<CalendarMessageKey, string> = {
  'calendar.title': 'Working-day calendar',
  'calendar.intro':
    'Working days follow the State Council’s holiday arrangement for the year: Monday to Friday, except the days off, plus the weekend days worked in exchange. A year without a loaded arrangement is unknown: periods reaching into it count weekends only and are flagged for checking.',
  'calendar.year': 'Year',
  'calendar.noYears': 'No year’s holiday arrangement is loaded yet',
  'calendar.source': 'Source',
  'calendar.publishedOn': 'Published',
  'calendar.loadedBy': 'Loaded by',
  'calendar.loadedByReference': 'Platform reference data',
  'calendar.total': 'In all',
  'calendar.counts': '{holidays} days off, {workdays} make-up working days',
  'calendar.festival': 'Festival',
  'calendar.daysOff': 'Days off',
  'calendar.dayCount': 'Days',
  'calendar.makeUp': 'Make-up working days',
  'calendar.none': 'None',
  'calendar.calculator': 'Deadline calculator',
  'calendar.from': 'Start date',
  'calendar.fromHint': 'The start date itself is not counted',
  'calendar.amount': 'Period',
  'calendar.unit.working_days': 'working days',
  'calendar.unit.calendar_days': 'days',
  'calendar.unit.months': 'months',
  'calendar.compute': 'Compute',
  'calendar.due': 'Due date',
  'calendar.nominalEnd': 'Last day of the count',
  'calendar.rolled': 'The count ended on a day off, so the period ends on the next working day',
  'calendar.incomplete':
    'The period reaches into {years}, whose holiday arrangement is not loaded: weekends only were counted there; check the result.',
  'calendar.skippedHolidays': 'Holidays not counted',
  'calendar.skippedWeekends': 'Weekend days not counted',
  'calendar.passedHolidays': 'Holidays passed over',
  'calendar.passedWeekends': 'Weekend days passed over',
  'calendar.weekendCount': '{count} days',
  'calendar.festivalDays': '{name}: {ranges} ({count} days)',
  'calendar.makeUpCounted': 'Make-up working days counted',
  'calendar.weekday.0': 'Sun',
  'calendar.weekday.1': 'Mon',
  'calendar.weekday.2': 'Tue',
  'calendar.weekday.3': 'Wed',
  'calendar.weekday.4': 'Thu',
  'calendar.weekday.5': 'Fri',
  'calendar.weekday.6': 'Sat',
};

export function useCalendarText() {
  const { locale } = useI18n();
  const dict = locale === 'en-US' ? calendarEnUS : calendarZhCN;
  return {
    t: (key: CalendarMessageKey, vars?: Record<string, string | number>) => interpolate(dict[key], vars),
    /** 2026-02-14（周六） / 2026-02-14 (Sat) */
    dayWithWeekday: (day: string, weekday: number) => {
      const name = dict[`calendar.weekday.${weekday}` as CalendarMessageKey];
      return locale === 'en-US' ? `${day} (${name})` : `${day}（${name}）`;
    },
  };
}
