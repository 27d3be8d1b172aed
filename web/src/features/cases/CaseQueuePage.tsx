import { PlusOutlined } from '@ant-design/icons';
import { CASE_QUEUES, type CaseListDto, type CaseQueue, type CaseSummaryDto } from '@ipp/shared';
import { Badge, Button, Form, Input, Select, Table, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../app/auth/AuthProvider.tsx';
import { PAGE_SIZE_OPTIONS } from '../../app/hooks/usePagedList.ts';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { FilterBar } from '../../app/layout/FilterBar.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { useCaseColumns } from './CaseColumns.tsx';
import { casesApi } from './casesApi.ts';
import { casePagePath, useCaseTypeFromPath } from './caseType.ts';
import { IntakeModal } from './IntakeModal.tsx';
import { useCaseRules } from './useCaseRules.ts';

interface QueueFilters {
  q?: string;
  state?: string;
}

/** Queues that deserve attention show their count in red. */
const ALARMING = new Set<CaseQueue>(['overdue', 'due_soon']);

function QueueLabel({ queue, counts }: { queue: CaseQueue; counts: CaseListDto['counts'] | undefined }) {
  const { t } = useI18n();
  const count = counts?.[queue];
  return (
    <span data-testid="case-queue" data-queue={queue} data-count={count ?? ''}>
      {t(`cases.queue.${queue}`)}{' '}
      <Badge
        count={count ?? 0}
        showZero
        overflowCount={9999}
        color={ALARMING.has(queue) && count ? 'red' : '#8c9bb0'}
        size="small"
      />
    </span>
  );
}

/** The case list of one case type: queues with their counts, filters, and the intake form. */
export default function CaseQueuePage() {
  const caseType = useCaseTypeFromPath();
  const { t, pick } = useI18n();
  const title = useModuleTitle(caseType);
  const navigate = useNavigate();
  const { can } = useAuth();
  const { rules } = useCaseRules(caseType);
  const [filterForm] = Form.useForm<QueueFilters>();
  const [queue, setQueue] = useState<CaseQueue>('open');
  const [filters, setFilters] = useState<QueueFilters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [intakeOpen, setIntakeOpen] = useState(false);
  const columns = useCaseColumns(rules);

  const load = useCallback(
    () => casesApi.list(caseType, { queue, ...filters, ...paging }),
    [caseType, queue, filters, paging],
  );
  const { data, loading } = useRequest(load);
  const canIntake = can(`cases.${caseType}.handle`);

  const createButton =
    canIntake && rules ? (
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => setIntakeOpen(true)}
        data-testid="case-create"
      >
        {t(caseType === 'enforcement' ? 'cases.intake.register' : 'cases.intake.new')}
      </Button>
    ) : null;

  return (
    <PageContainer title={title} extra={createButton} testId="case-queue-page">
      <Tabs
        activeKey={queue}
        onChange={(next) => {
          setQueue(next as CaseQueue);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        items={CASE_QUEUES.map((q) => ({ key: q, label: <QueueLabel queue={q} counts={data?.counts} /> }))}
        size="small"
      />
      <FilterBar<QueueFilters>
        form={filterForm}
        name="caseFilter"
        onSearch={(values) => {
          setFilters({ q: values.q?.trim() || undefined, state: values.state });
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        onReset={() => setFilters({})}
      >
        <Form.Item name="q">
          <Input allowClear placeholder={t('cases.searchPlaceholder')} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="state">
          <Select
            allowClear
            placeholder={t('cases.field.state')}
            style={{ width: 180 }}
            options={(rules?.states ?? []).map((s) => ({ value: s.id, label: pick(s.label) }))}
          />
        </Form.Item>
      </FilterBar>
      <Table<CaseSummaryDto>
        rowKey="id"
        size="small"
        bordered
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        scroll={{ x: 1290 }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) =>
            setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
        }}
        data-testid="case-table"
      />
      {intakeOpen && rules ? (
        <IntakeModal
          rules={rules}
          onClose={() => setIntakeOpen(false)}
          onCreated={(created) => navigate(casePagePath(caseType, created.id))}
        />
      ) : null}
    </PageContainer>
  );
}
