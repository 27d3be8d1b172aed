import { Alert, Card, Col, Row } from 'antd';
import { useEffect, useState } from 'react';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useCalendarText } from './calendar.messages.ts';
import { calendarApi } from './calendarApi.ts';
import { DeadlineCalculator } from './DeadlineCalculator.tsx';
import { YearArrangement } from './YearArrangement.tsx';

/** The working-day calendar: the loaded years' holiday arrangements and a deadline calculator. */
export default function CalendarPage() {
  const { t } = useCalendarText();
  const years = useRequest(calendarApi.years);
  const [year, setYear] = useState<number>();
  const items = years.data?.items ?? [];

  // Open on the current year when it is loaded, else the latest loaded one.
  useEffect(() => {
    if (year !== undefined || items.length === 0) return;
    const current = new Date().getFullYear();
    setYear(items.some((y) => y.year === current) ? current : items[items.length - 1]!.year);
  }, [items, year]);

  return (
    <PageContainer title={t('calendar.title')} testId="calendar-page">
      <Alert type="info" showIcon title={t('calendar.intro')} style={{ marginBottom: 12 }} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" loading={years.loading && !years.data}>
            <YearArrangement years={items} year={year} onYear={setYear} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('calendar.calculator')}>
            <DeadlineCalculator />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}

export { CalendarPage };
