import { Rate, Segmented, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { type Authority, casesApi, type Expert } from './casesApi.ts';

type Tab = 'mediator' | 'technical_investigator' | 'mediation_org';

const L = {
  mediator: { zh: '调解员', en: 'Mediators' },
  technical_investigator: { zh: '技术调查官', en: 'Technical investigators' },
  mediation_org: { zh: '调解组织', en: 'Mediation organizations' },
  name: { zh: '姓名', en: 'Name' },
  expertise: { zh: '擅长领域', en: 'Expertise' },
  qualifications: { zh: '资质', en: 'Qualifications' },
  languages: { zh: '语言', en: 'Languages' },
  training: { zh: '培训学时', en: 'Training hours' },
  openCases: { zh: '在办案件', en: 'Open cases' },
  rating: { zh: '评价', en: 'Rating' },
  region: { zh: '地区', en: 'Region' },
  orgName: { zh: '名称', en: 'Name' },
};

const tags = (values: string[]) => values.map((v) => <Tag key={v}>{v}</Tag>);

function ExpertTable({ kind }: { kind: 'mediator' | 'technical_investigator' }) {
  const { pick } = useI18n();
  const load = useCallback(() => casesApi.experts(kind), [kind]);
  const { data, loading } = useRequest(load);
  return (
    <Table<Expert>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={data?.items ?? []}
      pagination={false}
      data-testid="experts-table"
      columns={[
        { title: pick(L.name), dataIndex: 'name' },
        { title: pick(L.expertise), dataIndex: 'expertise', render: tags },
        { title: pick(L.qualifications), dataIndex: 'qualifications', render: tags },
        { title: pick(L.languages), dataIndex: 'languages', render: (v: string[]) => v.join('、') },
        { title: pick(L.training), dataIndex: 'trainingHours', align: 'right' },
        { title: pick(L.openCases), dataIndex: 'openCases', align: 'right' },
        {
          title: pick(L.rating),
          dataIndex: 'rating',
          render: (v: number | null) => (v === null ? '—' : <Rate disabled allowHalf value={v / 20} />),
        },
      ]}
    />
  );
}

function MediationOrgTable() {
  const { pick } = useI18n();
  const load = useCallback(() => casesApi.authorities(undefined, 'mediation_org'), []);
  const { data, loading } = useRequest(load);
  return (
    <Table<Authority>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={data?.items ?? []}
      pagination={false}
      columns={[
        { title: pick(L.orgName), dataIndex: 'name' },
        { title: pick(L.region), dataIndex: 'regionName' },
      ]}
    />
  );
}

/** The directories mediation and adjudication draw on: mediators, technical investigators, organizations. */
export default function DirectoryPage() {
  const { pick } = useI18n();
  const title = useModuleTitle('case-directory');
  const [tab, setTab] = useState<Tab>('mediator');
  return (
    <PageContainer title={title} testId="directory-page">
      <Segmented<Tab>
        value={tab}
        onChange={setTab}
        style={{ marginBottom: 12 }}
        options={(['mediator', 'technical_investigator', 'mediation_org'] as const).map((k) => ({
          value: k,
          label: pick(L[k]),
        }))}
      />
      {tab === 'mediation_org' ? <MediationOrgTable /> : <ExpertTable kind={tab} />}
    </PageContainer>
  );
}
