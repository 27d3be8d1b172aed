/**
 * The official holiday arrangements (国务院办公厅 部分节假日安排的通知) shipped with the platform.
 * syncReferenceCalendar loads them at start-up; a year not listed here stays unknown until an
 * administrator loads its notice (PUT /api/v1/calendar/years/:year).
 *
 * Sources:
 * - 2025: 国办发明电〔2024〕12号 of 2024-11-12. Copied from the npm package holiday-calendar 1.3.3,
 *   data/CN/2025.json (MIT, https://github.com/cg-zhou/holiday-calendar), which transcribes the
 *   notice: 28 days off, 5 make-up working days.
 * - 2026: 国办发明电〔2025〕7号 of 2025-11-04, transcribed from the notice; holiday-calendar 1.3.3
 *   data/CN/2026.json agrees day for day: 33 days off, 6 make-up working days.
 *
 * Each festival lists its days off (every day of the range, weekend or not) and the make-up
 * working days (调休上班) on a Saturday or Sunday that the notice attaches to it.
 */

export interface ReferenceFestival {
  name: string;
  /** First and last day off, both included. */
  off: readonly [string, string];
  /** Weekend days that are working days under the notice. */
  workdays: readonly string[];
}

export interface ReferenceYear {
  year: number;
  source: string;
  publishedOn: string;
  festivals: readonly ReferenceFestival[];
}

export const REFERENCE_ARRANGEMENTS: readonly ReferenceYear[] = [
  {
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    publishedOn: '2024-11-12',
    festivals: [
      { name: '元旦', off: ['2025-01-01', '2025-01-01'], workdays: [] },
      { name: '春节', off: ['2025-01-28', '2025-02-04'], workdays: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', off: ['2025-04-04', '2025-04-06'], workdays: [] },
      { name: '劳动节', off: ['2025-05-01', '2025-05-05'], workdays: ['2025-04-27'] },
      { name: '端午节', off: ['2025-05-31', '2025-06-02'], workdays: [] },
      {
        name: '国庆节、中秋节',
        off: ['2025-10-01', '2025-10-08'],
        workdays: ['2025-09-28', '2025-10-11'],
      },
    ],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）',
    publishedOn: '2025-11-04',
    festivals: [
      { name: '元旦', off: ['2026-01-01', '2026-01-03'], workdays: ['2026-01-04'] },
      { name: '春节', off: ['2026-02-15', '2026-02-23'], workdays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', off: ['2026-04-04', '2026-04-06'], workdays: [] },
      { name: '劳动节', off: ['2026-05-01', '2026-05-05'], workdays: ['2026-05-09'] },
      { name: '端午节', off: ['2026-06-19', '2026-06-21'], workdays: [] },
      { name: '中秋节', off: ['2026-09-25', '2026-09-27'], workdays: [] },
      { name: '国庆节', off: ['2026-10-01', '2026-10-07'], workdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];
