import { Button, Card, Descriptions, Space, Spin, Table, Tag, Timeline } from 'antd';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { ListingStepButtons, ObjectionModal } from './ListingDetailActions.tsx';
import { LISTING_STATE_LABELS, listingApi, type ObjectionDto, REMOVAL_LABELS } from './listingApi.ts';

/** One listing: its subject, records, dates and periods, the dated history, objections and the steps open now. */
export default function ListingDetailPage() {
  const { id = '' } = useParams();
  const loadListing = useCallback(() => listingApi.listing(id), [id]);
  const loadObjections = useCallback(() => listingApi.objections({ listingId: id }), [id]);
  const { data: listing, reload } = useRequest(loadListing);
  const { data: objections, reload: reloadObjections } = useRequest(loadObjections);
  const [objecting, setObjecting] = useState(false);
  const [answering, setAnswering] = useState<ObjectionDto | null>(null);
  if (!listing)
    return (
      <PageContainer title="严重违法失信名单" testId="credit-listing-detail">
        <Spin />
      </PageContainer>
    );
  const state = LISTING_STATE_LABELS[listing.state];
  const refresh = () => {
    setObjecting(false);
    setAnswering(null);
    reload();
    reloadObjections();
  };
  return (
    <PageContainer
      title={`严重违法失信名单：${listing.subject?.name ?? ''}`}
      testId="credit-listing-detail"
      extra={
        <Space>
          <ListingStepButtons listing={listing} onDone={refresh} />
          {['notified', 'decided', 'published'].includes(listing.state) ? (
            <Button onClick={() => setObjecting(true)}>登记异议</Button>
          ) : null}
        </Space>
      }
    >
      <Card style={{ marginBottom: 12 }}>
        <Descriptions column={2} size="small">
          <Descriptions.Item label="状态">
            <Tag color={state.color}>{state.text}</Tag>
            {listing.removalReason ? REMOVAL_LABELS[listing.removalReason] : null}
          </Descriptions.Item>
          <Descriptions.Item label="统一社会信用代码">{listing.subject?.uscc ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="列入事由">{listing.reason}</Descriptions.Item>
          <Descriptions.Item label="依据">{listing.legalBasis}</Descriptions.Item>
          <Descriptions.Item label="拟列入日期">{listing.proposedOn}</Descriptions.Item>
          <Descriptions.Item label="告知日期">{listing.notifiedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="陈述申辩期至">{listing.statementDueOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="陈述申辩">{listing.statement ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="决定日期">{listing.decidedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="公示期">
            {listing.publishedOn ? `${listing.publishedOn} 至 ${listing.publishUntil}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="移出日期">{listing.removedOn ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="所依据的信用记录" size="small" style={{ marginBottom: 12 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={listing.records}
          columns={[
            { title: '决定日期', dataIndex: 'decidedOn' },
            { title: '摘要', dataIndex: 'summary' },
            { title: '严重程度', dataIndex: 'severity', render: (v) => (v === 'serious' ? '严重' : '一般') },
            { title: '状态', dataIndex: 'status' },
          ]}
        />
      </Card>
      <Card title="异议" size="small" style={{ marginBottom: 12 }}>
        <Table<ObjectionDto>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={objections?.items ?? []}
          columns={[
            { title: '提出', dataIndex: 'submittedAt', render: (v: string) => v.slice(0, 10) },
            { title: '内容', dataIndex: 'content' },
            { title: '答复期限', dataIndex: 'dueOn' },
            { title: '结论', dataIndex: 'status' },
            {
              title: '',
              render: (_, row) =>
                row.status === 'open' ? <Button onClick={() => setAnswering(row)}>答复</Button> : row.answer,
            },
          ]}
        />
      </Card>
      <Card title="办理经过" size="small">
        <Timeline
          items={listing.events.map((e) => ({
            children: `${e.at.slice(0, 10)} ${e.actorName ?? ''}：${e.summary}`,
          }))}
        />
        <p style={{ color: '#888' }}>
          {Object.values(listing.periods)
            .map((p) => `${p.explain}${p.confirmed ? '' : '（待核实）'}`)
            .join('；')}
        </p>
      </Card>
      <ObjectionModal
        listingId={listing.id}
        answering={answering}
        open={objecting || !!answering}
        onClose={() => {
          setObjecting(false);
          setAnswering(null);
        }}
        onDone={refresh}
      />
    </PageContainer>
  );
}
