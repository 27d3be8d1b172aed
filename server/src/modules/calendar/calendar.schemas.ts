import { Type } from 'typebox';
import { Timestamp } from '../../platform/http/schemas.ts';
import { MAX_PERIOD } from './calendar.service.ts';

const IsoDate = Type.String({ format: 'date', description: 'A date in Beijing, YYYY-MM-DD' });
const Weekday = Type.Integer({ minimum: 0, maximum: 6, description: '0 = Sunday … 6 = Saturday' });
const DayKind = Type.Union([Type.Literal('holiday'), Type.Literal('workday')], {
  description: 'holiday = a day off; workday = a make-up working day on a weekend (调休上班)',
});

export const YearParams = Type.Object({ year: Type.Integer({ minimum: 1990, maximum: 2100 }) });

const yearFields = {
  year: Type.Integer(),
  source: Type.String({ description: 'The notice, e.g. 国办发明电〔2025〕7号' }),
  publishedOn: Type.Union([Type.String(), Type.Null()]),
  loadedAt: Timestamp,
  loadedBy: Type.Union([Type.String(), Type.Null()]),
  holidays: Type.Integer({ description: 'Days off in the arrangement' }),
  workdays: Type.Integer({ description: 'Make-up working days in the arrangement' }),
};

export const CalendarYearSchema = Type.Object(yearFields, { $id: 'CalendarYear' });

export const CalendarYearDetailSchema = Type.Object(
  {
    ...yearFields,
    days: Type.Array(
      Type.Object({ day: Type.String(), kind: DayKind, name: Type.String(), weekday: Weekday }),
    ),
  },
  { $id: 'CalendarYearDetail' },
);

export const ReplaceYearBody = Type.Object(
  {
    source: Type.String({ minLength: 1, maxLength: 200 }),
    publishedOn: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    days: Type.Array(
      Type.Object(
        {
          // Checked in the service, so that a bad date is reported with the others of the body.
          day: Type.String({ maxLength: 10 }),
          kind: DayKind,
          name: Type.String({ minLength: 1, maxLength: 50 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 200 },
    ),
  },
  { additionalProperties: false },
);

export const DeadlineQuerySchema = Type.Object({
  from: IsoDate,
  amount: Type.Integer({ minimum: 1, maximum: MAX_PERIOD }),
  unit: Type.Union([Type.Literal('working_days'), Type.Literal('calendar_days'), Type.Literal('months')], {
    description:
      'working_days: the n-th working day after from; calendar_days / months: from + n, moved to the ' +
      'next working day when it falls on a day off',
  }),
});

const Skipped = Type.Object({
  day: Type.String(),
  weekday: Weekday,
  reason: Type.Union([Type.Literal('weekend'), Type.Literal('holiday')]),
  name: Type.Union([Type.String(), Type.Null()]),
});

export const DeadlineSchema = Type.Object(
  {
    from: Type.String(),
    amount: Type.Integer(),
    unit: Type.String(),
    due: Type.String({ description: 'The last day of the period' }),
    nominalEnd: Type.String({ description: 'Where the count landed, before moving off a day off' }),
    complete: Type.Boolean({ description: 'False when a year without a loaded arrangement was involved' }),
    unknownYears: Type.Array(Type.Integer(), { description: 'Counted with weekends only' }),
    skipped: Type.Array(Skipped, { description: 'Days off not counted, or passed over at the end' }),
    makeUpWorkdays: Type.Array(Type.Object({ day: Type.String(), weekday: Weekday, name: Type.String() })),
  },
  { $id: 'Deadline' },
);
