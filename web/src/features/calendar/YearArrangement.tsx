import { Descriptions, Empty, Flex, Segmented, Table, type TableColumnsType, Tag } from 'antd';
import { useCallback } from 'react';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { useCalendarText } from './calendar.messages.ts';
import { type CalendarYear, calendarApi } from './calendarApi.ts';
import { type FestivalRow, festivalsOf } from './festivals.ts';

/** calendar_years.loaded_by of the shipped data (the server's REFERENCE_LOADER). */
const REFERENCE_LOADER = 'platform:reference-data';

function useColumns(): TableColumnsType<FestivalRow> {
  const { t, dayWithWeekday } = useCalendarText();
  const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
  return [
    { title: t('calendar.festival'), dataIndex: 'name', width: 140 },
    {
      title: t('calendar.daysOff'),
      key: 'ranges',
      render: (_, row) =>
        row.ranges.map(([first, last]) => (
          <div key={first} className="ipp-mono">
            {first === last
              ? dayWithWeekday(first, weekdayOf(first))
              : `${dayWithWeekday(first, weekdayOf(first))} — ${dayWithWeekday(last, weekdayOf(last))}`}
          </div>
        )),
    },
    { title: t('calendar.dayCount'), dataIndex: 'daysOff', width: 80, align: 'right' },
    {
      title: t('calendar.makeUp'),
      key: 'makeUp',
      render: (_, row) =>
        row.makeUp.length === 0
          ? t('calendar.none')
          : row.makeUp.map((d) => (
              <Tag key={d.day} color="orange" className="ipp-mono">
                {dayWithWeekday(d.day, d.weekday)}
              </Tag>
            )),
    },
  ];
}

interface YearArrangementProps {
  years: readonly CalendarYear[];
  year: number | undefined;
  onYear: (year: number) => void;
}

/** One year's arrangement as the notice gives it: festivals, days off, make-up working days. */
export function YearArrangement({ years, year, onYear }: YearArrangementProps) {
  const { locale } = useI18n();
  const { t } = useCalendarText();
  const columns = useColumns();
  const load = useCallback(() => (year ? calendarApi.year(year) : Promise.resolve(undefined)), [year]);
  const detail = useRequest(load);

  if (years.length === 0) return <Empty description={t('calendar.noYears')} />;
  const data = detail.data;
  return (
    <Flex vertical gap={12} data-testid="calendar-year">
      <Segmented<number>
        value={year}
        onChange={onYear}
        options={years.map((y) => ({ value: y.year, label: String(y.year) }))}
        data-testid="calendar-year-picker"
      />
      {data ? (
        <Descriptions
          size="small"
          bordered
          column={1}
          items={[
            { key: 'source', label: t('calendar.source'), children: data.source },
            { key: 'publishedOn', label: t('calendar.publishedOn'), children: data.publishedOn ?? '—' },
            {
              key: 'counts',
              label: t('calendar.total'),
              children: t('calendar.counts', { holidays: data.holidays, workdays: data.workdays }),
            },
            {
              key: 'loaded',
              label: t('calendar.loadedBy'),
              children: `${
                data.loadedBy === REFERENCE_LOADER ? t('calendar.loadedByReference') : (data.loadedBy ?? '—')
              } · ${formatDateTime(data.loadedAt, locale)}`,
            },
          ]}
        />
      ) : null}
      <Table<FestivalRow>
        rowKey="name"
        size="small"
        bordered
        loading={detail.loading}
        columns={columns}
        dataSource={data ? festivalsOf(data.days) : []}
        pagination={false}
        data-testid="calendar-festivals"
      />
    </Flex>
  );
}
