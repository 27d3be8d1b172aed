import type { AuditRecordDto } from '@ipp/shared';
import { Form, Table } from 'antd';
import { useAuth } from '../../app/auth/AuthProvider.tsx';
import { usePagedList } from '../../app/hooks/usePagedList.ts';
import { FilterBar } from '../../app/layout/FilterBar.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { useAuditColumns } from './AuditColumns.tsx';
import { AuditDetail } from './AuditDetail.tsx';
import {
  AuditFilterFields,
  type AuditFilters,
  type AuditFilterValues,
  toAuditFilters,
} from './AuditFilters.tsx';
import { auditApi } from './auditApi.ts';
import { useChainVerification, VerifyChainButton, VerifyChainResult } from './VerifyChain.tsx';

export default function AuditPage() {
  const title = useModuleTitle('audit');
  const { can } = useAuth();
  const [filterForm] = Form.useForm<AuditFilterValues>();
  const list = usePagedList<AuditRecordDto, AuditFilters>(auditApi.list, {});
  const columns = useAuditColumns();
  const chain = useChainVerification();

  const verifyButton = can('audit.record.read') ? (
    <VerifyChainButton verifying={chain.verifying} onVerify={chain.verify} />
  ) : null;

  return (
    <PageContainer title={title} extra={verifyButton} testId="audit-page">
      {chain.result ? <VerifyChainResult result={chain.result} onClose={chain.clear} /> : null}
      <FilterBar<AuditFilterValues>
        form={filterForm}
        name="auditFilter"
        onSearch={(values) => list.setFilters(toAuditFilters(values))}
        onReset={() => list.setFilters({})}
      >
        <AuditFilterFields />
      </FilterBar>
      <Table<AuditRecordDto>
        rowKey="seq"
        size="small"
        bordered
        loading={list.loading}
        columns={columns}
        dataSource={list.items}
        pagination={list.pagination}
        expandable={{ expandedRowRender: (record) => <AuditDetail record={record} /> }}
        scroll={{ x: 1200 }}
        data-testid="audit-table"
      />
    </PageContainer>
  );
}
