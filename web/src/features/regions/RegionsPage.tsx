import type { RegionDto } from '@ipp/shared';
import {
  Breadcrumb,
  Button,
  Descriptions,
  Flex,
  Switch,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { RegionPicker } from './RegionPicker.tsx';
import { RegionLevelTag, RegionStatusTag } from './RegionTags.tsx';
import { type RegionWithPath, regionsApi } from './regionsApi.ts';

function useColumns(onOpen: (code: string) => void): TableColumnsType<RegionDto> {
  const { t } = useI18n();
  return [
    {
      title: t('common.code'),
      dataIndex: 'code',
      width: 120,
      render: (code: string) => <span className="ipp-mono">{code}</span>,
    },
    { title: t('common.name'), dataIndex: 'name' },
    {
      title: t('common.level'),
      dataIndex: 'level',
      width: 110,
      render: (_, r) => <RegionLevelTag level={r.level} />,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 110,
      render: (_, r) => <RegionStatusTag status={r.status} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, r) =>
        r.hasChildren ? (
          <Button
            type="link"
            size="small"
            onClick={() => onOpen(r.code)}
            data-testid={`region-open-${r.code}`}
          >
            {t('regions.drill')}
          </Button>
        ) : null,
    },
  ];
}

function SelectedRegion({ region, onOpen }: { region: RegionWithPath; onOpen: (code: string) => void }) {
  const { t } = useI18n();
  const crumbs = region.path.map((r, index) => ({
    key: r.code,
    title:
      index === region.path.length - 1 ? (
        r.name
      ) : (
        <Typography.Link onClick={() => onOpen(r.code)}>{r.name}</Typography.Link>
      ),
  }));
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 4 }}
      style={{ marginBottom: 12 }}
      data-testid="region-selected"
      items={[
        { key: 'path', label: t('regions.current'), span: 'filled', children: <Breadcrumb items={crumbs} /> },
        { key: 'code', label: t('common.code'), children: <span className="ipp-mono">{region.code}</span> },
        { key: 'name', label: t('common.name'), children: region.name },
        { key: 'level', label: t('common.level'), children: <RegionLevelTag level={region.level} /> },
        { key: 'status', label: t('common.status'), children: <RegionStatusTag status={region.status} /> },
      ]}
    />
  );
}

export default function RegionsPage() {
  const { t } = useI18n();
  const title = useModuleTitle('regions');
  const [code, setCode] = useState<string>();
  const [includeRetired, setIncludeRetired] = useState(false);

  const loadSelected = useCallback(() => (code ? regionsApi.get(code) : Promise.resolve(undefined)), [code]);
  const loadChildren = useCallback(() => regionsApi.list(code, includeRetired), [code, includeRetired]);
  const selected = useRequest(loadSelected);
  const children = useRequest(loadChildren);
  const columns = useColumns(setCode);

  return (
    <PageContainer title={title} testId="regions-page">
      <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
        <span>{t('regions.picker')}：</span>
        <RegionPicker
          value={code}
          onChange={setCode}
          includeRetired={includeRetired}
          allowClear
          style={{ width: 360 }}
          data-testid="region-picker"
        />
        <Flex gap={6} align="center">
          <Switch
            size="small"
            checked={includeRetired}
            onChange={setIncludeRetired}
            data-testid="region-include-retired"
          />
          <span>{t('regions.includeRetired')}</span>
        </Flex>
      </Flex>
      {code && selected.data ? <SelectedRegion region={selected.data} onOpen={setCode} /> : null}
      <Typography.Title level={5} style={{ margin: '4px 0 8px' }}>
        {code ? t('regions.children') : t('regions.roots')}
      </Typography.Title>
      <Table<RegionDto>
        rowKey="code"
        size="small"
        bordered
        loading={children.loading}
        columns={columns}
        dataSource={children.data?.items ?? []}
        locale={{ emptyText: code ? t('regions.noChildren') : undefined }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        data-testid="regions-table"
      />
    </PageContainer>
  );
}
