import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useAuth } from '../../app/auth/AuthProvider.tsx';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { codeLabel } from './credit.labels.ts';
import { RecordDrawer } from './RecordDrawer.tsx';
import { RecordFormModal } from './RecordFormModal.tsx';
import { RecordStatusTag } from './RecordStatusTag.tsx';
import { type CreditRecordDto, RECORD_CATEGORIES, recordApi } from './recordApi.ts';

const PAGE_SIZE = 20;

/** /credit/records: the credit records in the officer's jurisdiction, by category and subject; manual entry. */
export default function RecordsPage() {
  const title = useModuleTitle('credit-records');
  const { t } = useI18n();
  const { can } = useAuth();
  const [filter, setFilter] = useState<{ subject?: string; category?: string; status?: string }>({});
  const [page, setPage] = useState(1);
  const [entering, setEntering] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const load = useCallback(() => recordApi.list({ ...filter, page, pageSize: PAGE_SIZE }), [filter, page]);
  const { data, loading, reload } = useRequest(load);
  const change = (next: typeof filter) => {
    setFilter(next);
    setPage(1);
  };
  return (
    <PageContainer
      title={title}
      testId="credit-records-page"
      extra={
        can('credit.record.write') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEntering(true)}
            data-testid="credit-record-new"
          >
            {t('credit.records.new')}
          </Button>
        ) : null
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          style={{ width: 320 }}
          placeholder={t('credit.records.subjectFilter')}
          onSearch={(subject) => change({ ...filter, subject: subject.trim() || undefined })}
          data-testid="credit-records-subject"
        />
        <Select
          allowClear
          style={{ width: 220 }}
          placeholder={t('credit.records.categoryFilter')}
          value={filter.category}
          onChange={(category?: string) => change({ ...filter, category })}
          options={RECORD_CATEGORIES.map((value) => ({
            value,
            label: codeLabel(t, 'credit.category', value),
          }))}
          data-testid="credit-records-category"
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('credit.records.statusFilter')}
          value={filter.status}
          onChange={(status?: string) => change({ ...filter, status })}
          options={(['active', 'repaired', 'revoked'] as const).map((value) => ({
            value,
            label: t(`credit.record.status.${value}`),
          }))}
        />
      </Flex>
      <Table<CreditRecordDto>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        data-testid="credit-records-table"
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          onChange: setPage,
          showTotal: (total) => t('common.total', { total }),
        }}
        onRow={(row) => ({ onClick: () => setOpen(row.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('credit.decidedOn'), dataIndex: 'decidedOn', width: 110 },
          {
            title: t('credit.party'),
            render: (_, row) => (
              <Typography.Link data-testid="credit-record-open" data-record-id={row.id}>
                {row.subject.name}
              </Typography.Link>
            ),
          },
          {
            title: t('credit.uscc'),
            width: 190,
            render: (_, row) => row.subject.uscc ?? row.subject.idNumberMasked ?? t('credit.none'),
          },
          {
            title: t('credit.record.category'),
            width: 150,
            render: (_, row) => codeLabel(t, 'credit.category', row.category),
          },
          {
            title: t('credit.severity'),
            width: 80,
            render: (_, row) => codeLabel(t, 'credit.severity', row.severity),
          },
          { title: t('credit.summary'), dataIndex: 'summary', ellipsis: true },
          { title: t('credit.publishUntil'), dataIndex: 'publicityUntil', width: 110 },
          { title: t('credit.status'), width: 200, render: (_, row) => <RecordStatusTag record={row} /> },
        ]}
      />
      <RecordFormModal
        open={entering}
        onClose={() => setEntering(false)}
        onSaved={() => {
          setEntering(false);
          // Newest decisions first: the record just entered heads the unfiltered list.
          change({});
        }}
      />
      <RecordDrawer recordId={open} onClose={() => setOpen(null)} onChanged={reload} />
    </PageContainer>
  );
}
