import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { ORG_KIND_CODES, ORG_KINDS, type OrgDto, type OrgKind } from '@ipp/shared';
import { Button, Form, Input, Select, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../app/auth/AuthProvider.tsx';
import { usePagedList } from '../../app/hooks/usePagedList.ts';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { FilterBar } from '../../app/layout/FilterBar.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { RegionPicker } from '../regions/RegionPicker.tsx';
import { RegionLevelTag } from '../regions/RegionTags.tsx';
import { OrgFormModal } from './OrgFormModal.tsx';
import { orgsApi } from './orgsApi.ts';

interface OrgFilters {
  q?: string;
  kind?: OrgKind;
  regionCode?: string;
}

type ModalState = { mode: 'create' } | { mode: 'edit'; org: OrgDto } | null;

function useColumns(canWrite: boolean, onEdit: (org: OrgDto) => void): TableColumnsType<OrgDto> {
  const { t, pick, locale } = useI18n();
  const columns: TableColumnsType<OrgDto> = [
    { title: t('orgs.name'), dataIndex: 'name', ellipsis: true },
    { title: t('orgs.kind'), dataIndex: 'kind', width: 170, render: (_, org) => pick(ORG_KINDS[org.kind]) },
    {
      title: t('orgs.region'),
      dataIndex: 'regionName',
      width: 210,
      render: (_, org) => (
        <Space size={4}>
          {org.regionName}
          <RegionLevelTag level={org.level} />
        </Space>
      ),
    },
    {
      title: t('orgs.uscc'),
      dataIndex: 'uscc',
      width: 190,
      render: (uscc: string | null) => <span className="ipp-mono">{uscc ?? '—'}</span>,
    },
    {
      title: t('common.createdAt'),
      dataIndex: 'createdAt',
      width: 170,
      render: (at: string) => formatDateTime(at, locale),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, org) => (
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          onClick={() => onEdit(org)}
          data-testid="org-edit"
        >
          {t('common.edit')}
        </Button>
      ),
    });
  }
  return columns;
}

function OrgFilterFields() {
  const { t, pick } = useI18n();
  return (
    <>
      <Form.Item name="q">
        <Input allowClear placeholder={t('orgs.searchPlaceholder')} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="kind">
        <Select
          allowClear
          placeholder={t('orgs.kind')}
          style={{ width: 180 }}
          options={ORG_KIND_CODES.map((code) => ({ value: code, label: pick(ORG_KINDS[code]) }))}
        />
      </Form.Item>
      <Form.Item name="regionCode">
        <RegionPicker allowClear placeholder={t('orgs.region')} style={{ width: 260 }} />
      </Form.Item>
    </>
  );
}

export default function OrgsPage() {
  const { t } = useI18n();
  const title = useModuleTitle('orgs');
  const { can } = useAuth();
  const canWrite = can('iam.org.write');
  const [filterForm] = Form.useForm<OrgFilters>();
  const [modal, setModal] = useState<ModalState>(null);
  const list = usePagedList<OrgDto, OrgFilters>(orgsApi.list, {});
  const columns = useColumns(canWrite, (org) => setModal({ mode: 'edit', org }));

  const createButton = canWrite ? (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setModal({ mode: 'create' })}
      data-testid="org-create"
    >
      {t('orgs.create')}
    </Button>
  ) : null;

  return (
    <PageContainer title={title} extra={createButton} testId="orgs-page">
      <FilterBar<OrgFilters>
        form={filterForm}
        name="orgFilter"
        onSearch={(values) => list.setFilters({ ...values, q: values.q?.trim() || undefined })}
        onReset={() => list.setFilters({})}
      >
        <OrgFilterFields />
      </FilterBar>
      <Table<OrgDto>
        rowKey="id"
        size="small"
        bordered
        loading={list.loading}
        columns={columns}
        dataSource={list.items}
        pagination={list.pagination}
        scroll={{ x: 960 }}
        data-testid="orgs-table"
      />
      {modal ? (
        <OrgFormModal
          open
          org={modal.mode === 'edit' ? modal.org : undefined}
          onClose={() => setModal(null)}
          onSaved={() => {
            setModal(null);
            list.reload();
          }}
        />
      ) : null}
    </PageContainer>
  );
}
