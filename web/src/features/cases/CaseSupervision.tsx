import { EyeOutlined, FormOutlined } from '@ant-design/icons';
import type { CaseDetailDto, SupervisionDto } from '@ipp/shared';
import { Button, Descriptions, Empty, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useAuth, useMe } from '../../app/auth/AuthProvider.tsx';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { casesApi } from './casesApi.ts';
import { TextFormModal } from './TextFormModal.tsx';

type Report = SupervisionDto['reports'][number];

const REPORT_COLORS: Record<Report['status'], string> = {
  due: 'processing',
  submitted: 'success',
  overdue: 'error',
};

function Reports({ reports }: { reports: Report[] }) {
  const { t, locale } = useI18n();
  return (
    <Table<Report>
      rowKey="id"
      size="small"
      bordered
      pagination={false}
      dataSource={reports}
      data-testid="supervision-reports"
      columns={[
        { title: t('cases.supervision.reportDue'), dataIndex: 'dueOn', width: 120 },
        {
          title: t('common.status'),
          dataIndex: 'status',
          width: 90,
          render: (s: Report['status']) => (
            <Tag color={REPORT_COLORS[s]}>{t(`cases.supervision.report.${s}`)}</Tag>
          ),
        },
        {
          title: t('cases.supervision.content'),
          dataIndex: 'content',
          render: (c: string | null) => c ?? '—',
        },
        {
          title: t('cases.supervision.submittedAt'),
          dataIndex: 'submittedAt',
          width: 170,
          render: (at: string | null) => formatDateTime(at, locale),
        },
      ]}
    />
  );
}

/**
 * Supervision of the case by an upper level: the upper level opens it with a reason and a report
 * interval; the handling organization answers with progress reports on that rhythm.
 */
export function CaseSupervision({ detail, onChanged }: { detail: CaseDetailDto; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const { can } = useAuth();
  const [modal, setModal] = useState<'open' | 'report' | null>(null);
  const supervision = detail.supervision;
  const handling = me.org.id === detail.orgId;
  // Supervising is for an upper level; the server enforces it, the button only avoids a useless offer.
  const canSupervise = !supervision && !handling && can('cases.case.supervise') && detail.closedAt === null;
  const canReport = supervision?.status === 'active' && handling;
  const done = () => {
    setModal(null);
    onChanged();
  };

  return (
    <Flex vertical gap={12} data-testid="case-supervision">
      <Flex gap={8} justify="flex-end">
        {canSupervise ? (
          <Button icon={<EyeOutlined />} onClick={() => setModal('open')} data-testid="supervision-open">
            {t('cases.supervision.open')}
          </Button>
        ) : null}
        {canReport ? (
          <Button
            type="primary"
            icon={<FormOutlined />}
            onClick={() => setModal('report')}
            data-testid="supervision-report"
          >
            {t('cases.supervision.submitReport')}
          </Button>
        ) : null}
      </Flex>
      {supervision ? (
        <>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'org', label: t('cases.supervision.by'), children: supervision.supervisorOrgName },
              {
                key: 'status',
                label: t('common.status'),
                children: (
                  <Tag color={supervision.status === 'active' ? 'volcano' : 'default'}>
                    {t(`cases.supervision.status.${supervision.status}`)}
                  </Tag>
                ),
              },
              { key: 'reason', label: t('cases.supervision.reason'), children: supervision.reason, span: 2 },
              {
                key: 'every',
                label: t('cases.supervision.every'),
                children: t('cases.supervision.everyDays', { days: supervision.reportEveryDays }),
              },
              {
                key: 'at',
                label: t('cases.supervision.openedAt'),
                children: formatDateTime(supervision.openedAt, locale),
              },
            ]}
          />
          <Reports reports={supervision.reports} />
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.supervision.none')} />
      )}
      {modal === 'open' ? (
        <TextFormModal<{ reason: string; reportEveryDays: number }>
          title={t('cases.supervision.open')}
          fields={[
            { name: 'reason', label: t('cases.supervision.reason'), kind: 'textarea', required: true },
            {
              name: 'reportEveryDays',
              label: t('cases.supervision.every'),
              kind: 'days',
              required: true,
              initialValue: 15,
            },
          ]}
          onSubmit={(v) =>
            casesApi.supervise(detail.id, { reason: v.reason.trim(), reportEveryDays: v.reportEveryDays })
          }
          successText={t('cases.supervision.opened')}
          onClose={() => setModal(null)}
          onSaved={done}
          testId="supervision-open-modal"
        />
      ) : null}
      {modal === 'report' ? (
        <TextFormModal<{ content: string }>
          title={t('cases.supervision.submitReport')}
          fields={[
            { name: 'content', label: t('cases.supervision.content'), kind: 'textarea', required: true },
          ]}
          onSubmit={(v) => casesApi.report(detail.id, v.content.trim())}
          successText={t('cases.supervision.reported')}
          onClose={() => setModal(null)}
          onSaved={done}
          testId="supervision-report-modal"
        />
      ) : null}
    </Flex>
  );
}
