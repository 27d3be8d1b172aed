import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Descriptions, Flex, Form, InputNumber, Radio, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { submitAgainIfOvertaken } from '../../app/forms/validatedValues.ts';
import { chinaToday } from '../../app/i18n/format.ts';
import { useCalendarText } from './calendar.messages.ts';
import { calendarApi, type Deadline, type PeriodUnit } from './calendarApi.ts';
import { festivalsOf } from './festivals.ts';

interface CalculatorValues {
  from: Dayjs;
  amount: number;
  unit: PeriodUnit;
}

const UNITS: readonly PeriodUnit[] = ['working_days', 'calendar_days', 'months'];

function DeadlineResult({ deadline }: { deadline: Deadline }) {
  const { t, dayWithWeekday } = useCalendarText();
  const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
  const byCount = deadline.unit === 'working_days';
  const holidays = festivalsOf(
    deadline.skipped
      .filter((d) => d.reason === 'holiday')
      .map((d) => ({ day: d.day, kind: 'holiday' as const, name: d.name ?? '', weekday: d.weekday })),
  );
  const weekends = deadline.skipped.filter((d) => d.reason === 'weekend');
  const items = [
    {
      key: 'due',
      label: t('calendar.due'),
      children: (
        <strong data-testid="calendar-due">{dayWithWeekday(deadline.due, weekdayOf(deadline.due))}</strong>
      ),
    },
    ...(deadline.nominalEnd !== deadline.due
      ? [
          {
            key: 'nominalEnd',
            label: t('calendar.nominalEnd'),
            children: `${dayWithWeekday(deadline.nominalEnd, weekdayOf(deadline.nominalEnd))} · ${t('calendar.rolled')}`,
          },
        ]
      : []),
    {
      key: 'holidays',
      label: t(byCount ? 'calendar.skippedHolidays' : 'calendar.passedHolidays'),
      children:
        holidays.length === 0
          ? t('calendar.none')
          : holidays.map((h) => (
              <Tag key={h.name} color="red">
                {t('calendar.festivalDays', {
                  name: h.name,
                  ranges: h.ranges.map(([a, b]) => (a === b ? a : `${a} — ${b}`)).join(', '),
                  count: h.daysOff,
                })}
              </Tag>
            )),
    },
    {
      key: 'weekends',
      label: t(byCount ? 'calendar.skippedWeekends' : 'calendar.passedWeekends'),
      children:
        weekends.length === 0 ? t('calendar.none') : t('calendar.weekendCount', { count: weekends.length }),
    },
    {
      key: 'makeUp',
      label: t('calendar.makeUpCounted'),
      children:
        deadline.makeUpWorkdays.length === 0
          ? t('calendar.none')
          : deadline.makeUpWorkdays.map((d) => (
              <Tag key={d.day} color="orange">
                {dayWithWeekday(d.day, d.weekday)} {d.name}
              </Tag>
            )),
    },
  ];
  return (
    <Flex vertical gap={8} data-testid="calendar-deadline">
      {deadline.complete ? null : (
        <Alert
          type="warning"
          showIcon
          title={t('calendar.incomplete', { years: deadline.unknownYears.join('、') })}
        />
      )}
      <Descriptions size="small" bordered column={1} items={items} />
    </Flex>
  );
}

/** Computes a statutory period on the loaded calendar, showing why the due date is what it is. */
export function DeadlineCalculator() {
  const { t } = useCalendarText();
  const [form] = Form.useForm<CalculatorValues>();
  const [result, setResult] = useState<Deadline>();
  const [loading, setLoading] = useState(false);

  const compute = async (values: CalculatorValues) => {
    setLoading(true);
    try {
      setResult(await calendarApi.deadline(values.from.format('YYYY-MM-DD'), values.amount, values.unit));
    } catch {
      // The API client has shown the problem; keep the last answer off the screen.
      setResult(undefined);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Form<CalculatorValues>
        form={form}
        name="deadline"
        layout="vertical"
        initialValues={{ from: dayjs(chinaToday()), amount: 5, unit: 'working_days' }}
        onFinish={compute}
        onFinishFailed={submitAgainIfOvertaken(form)}
        data-testid="calendar-calculator"
      >
        <Form.Item
          name="from"
          label={t('calendar.from')}
          extra={t('calendar.fromHint')}
          rules={[{ required: true }]}
        >
          <DatePicker allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="amount" label={t('calendar.amount')} rules={[{ required: true }]}>
          <InputNumber min={1} max={3660} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="unit">
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={UNITS.map((unit) => ({ value: unit, label: t(`calendar.unit.${unit}`) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={loading} block>
          {t('calendar.compute')}
        </Button>
      </Form>
      {result ? <DeadlineResult deadline={result} /> : null}
    </Flex>
  );
}
