import { CASE_TYPE_LABELS } from '@ipp/shared';
import { Card, Col, Empty, Row, Statistic, Table, Tag, Timeline, Typography } from 'antd';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { CaseStateTag, DueDate } from './CaseTags.tsx';
import { casesApi, type Escalation, type SupervisionItem } from './casesApi.ts';
import { casePagePath } from './caseType.ts';

/** The next report the handling organization owes, or the oldest overdue one. */
function nextReport(item: SupervisionItem) {
  return item.reports.find((r) => r.status === 'overdue') ?? item.reports.find((r) => r.status === 'due');
}

function SupervisedCases({ items, loading }: { items: SupervisionItem[]; loading: boolean }) {
  const { t, pick } = useI18n();
  return (
    <Table<SupervisionItem>
      rowKey="id"
      size="small"
      bordered
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 1100 }}
      data-testid="supervision-table"
      columns={[
        {
          title: t('cases.field.caseNumber'),
          key: 'number',
          width: 200,
          render: (_, item) => (
            <Link to={casePagePath(item.case.caseType, item.case.id)}>
              {item.case.caseNumber ?? t('cases.noNumber')}
            </Link>
          ),
        },
        {
          title: t('cases.field.type'),
          key: 'type',
          width: 100,
          render: (_, item) => pick(CASE_TYPE_LABELS[item.case.caseType]),
        },
        {
          title: t('cases.field.title'),
          key: 'title',
          width: 240,
          ellipsis: true,
          render: (_, item) => item.case.title,
        },
        {
          title: t('cases.field.state'),
          key: 'state',
          width: 120,
          render: (_, item) => (
            <CaseStateTag
              state={item.case.state}
              label={item.case.stateLabel}
              terminal={item.case.closedAt !== null}
            />
          ),
        },
        {
          title: t('cases.field.org'),
          key: 'org',
          width: 190,
          ellipsis: true,
          render: (_, item) => item.case.orgName,
        },
        { title: t('cases.supervision.reason'), dataIndex: 'reason', width: 220, ellipsis: true },
        {
          title: t('cases.supervision.nextReport'),
          key: 'report',
          width: 130,
          render: (_, item) => {
            const report = nextReport(item);
            return report ? <DueDate date={report.dueOn} overdue={report.status === 'overdue'} /> : '—';
          },
        },
        {
          title: t('cases.field.nextDue'),
          key: 'due',
          width: 120,
          render: (_, item) => <DueDate date={item.case.nextDueOn} overdue={item.case.overdue} />,
        },
        {
          title: t('common.status'),
          dataIndex: 'status',
          width: 80,
          render: (s: SupervisionItem['status']) => (
            <Tag color={s === 'active' ? 'volcano' : 'default'}>{t(`cases.supervision.status.${s}`)}</Tag>
          ),
        },
      ]}
    />
  );
}

function Escalations({ items }: { items: Escalation[] }) {
  const { t, locale } = useI18n();
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.supervision.noEscalations')} />;
  return (
    <Timeline
      data-testid="escalations"
      items={items.map((e) => ({
        key: `${e.caseId}-${e.at}`,
        color: 'red',
        content: (
          <>
            <Typography.Text type="secondary" className="ipp-mono">
              {formatDateTime(e.at, locale)}
            </Typography.Text>{' '}
            <Link to={casePagePath(e.caseType, e.caseId)}>
              <Typography.Text strong>{e.caseNumber ?? e.title}</Typography.Text>
            </Link>
            <div>{e.summary}</div>
          </>
        ),
      }))}
    />
  );
}

/** For upper levels: the cases they supervise, reports owed to them, and deadlines escalated to them. */
export default function SupervisionPage() {
  const { t } = useI18n();
  const title = useModuleTitle('supervision');
  const load = useCallback(() => casesApi.supervision(), []);
  const { data, loading } = useRequest(load);
  const items = data?.items ?? [];
  const active = items.filter((i) => i.status === 'active');
  const reportsOverdue = items.flatMap((i) => i.reports).filter((r) => r.status === 'overdue').length;
  return (
    <PageContainer title={title} testId="supervision-page">
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col xs={12} md={6}>
          <Statistic title={t('cases.supervision.active')} value={active.length} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('cases.supervision.casesOverdue')}
            value={items.filter((i) => i.case.overdue).length}
            styles={{ content: { color: '#cf1322' } }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('cases.supervision.reportsOverdue')}
            value={reportsOverdue}
            styles={{ content: { color: '#cf1322' } }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('cases.supervision.escalations')} value={data?.escalations.length ?? 0} />
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} xl={17}>
          <Card size="small" title={t('cases.supervision.cases')}>
            <SupervisedCases items={items} loading={loading} />
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card size="small" title={t('cases.supervision.escalations')}>
            <Escalations items={data?.escalations ?? []} />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
