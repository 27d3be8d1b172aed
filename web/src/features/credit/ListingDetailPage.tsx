import { Button, Card, Descriptions, Space, Spin, Table, Tag, Timeline } from 'antd';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { codeLabel, LISTING_STATE_COLORS } from './credit.labels.ts';
import { ApprovalNotice, ListingStepButtons, ObjectionModal } from './ListingDetailActions.tsx';
import { listingApi, type ObjectionDto } from './listingApi.ts';

/** One listing: its subject, records, dates and periods, the dated history, objections and the steps open now. */
export default function ListingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const loadListing = useCallback(() => listingApi.listing(id), [id]);
  const loadObjections = useCallback(() => listingApi.objections({ listingId: id }), [id]);
  const { data: listing, reload } = useRequest(loadListing);
  const { data: objections, reload: reloadObjections } = useRequest(loadObjections);
  const [objecting, setObjecting] = useState(false);
  const [answering, setAnswering] = useState<ObjectionDto | null>(null);
  if (!listing)
    return (
      <PageContainer title={t('credit.listing.title')} testId="credit-listing-detail">
        <Spin />
      </PageContainer>
    );
  const none = t('credit.none');
  const refresh = () => {
    setObjecting(false);
    setAnswering(null);
    reload();
    reloadObjections();
  };
  return (
    <PageContainer
      title={t('credit.listing.titleOf', { name: listing.subject?.name ?? '' })}
      testId="credit-listing-detail"
      extra={
        <Space>
          <ListingStepButtons listing={listing} onDone={refresh} />
          {['notified', 'awaiting_approval', 'decided', 'published'].includes(listing.state) ? (
            <Button onClick={() => setObjecting(true)} data-testid="listing-object">
              {t('credit.objection.register')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ApprovalNotice listing={listing} />
      <Card style={{ marginBottom: 12 }}>
        <Descriptions column={2} size="small">
          <Descriptions.Item label={t('credit.status')}>
            <Tag color={LISTING_STATE_COLORS[listing.state]} data-testid="listing-state">
              {codeLabel(t, 'credit.listing.state', listing.state)}
            </Tag>
            {listing.removalReason ? codeLabel(t, 'credit.listing.removal', listing.removalReason) : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('credit.uscc')}>{listing.subject?.uscc ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('credit.listing.reason')}>{listing.reason}</Descriptions.Item>
          <Descriptions.Item label={t('credit.basis')}>{listing.legalBasis}</Descriptions.Item>
          <Descriptions.Item label={t('credit.listing.proposedOn')}>{listing.proposedOn}</Descriptions.Item>
          <Descriptions.Item label={t('credit.listing.notifiedOn')}>
            {listing.notifiedOn ?? none}
          </Descriptions.Item>
          <Descriptions.Item label={t('credit.listing.statementDueOn')}>
            {listing.statementDueOn ?? none}
          </Descriptions.Item>
          <Descriptions.Item label={t('credit.listing.statement')}>
            {listing.statement ?? none}
          </Descriptions.Item>
          <Descriptions.Item label={t('credit.decidedOn')}>{listing.decidedOn ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('credit.publicity')}>
            {listing.publishedOn
              ? t('credit.dateRange', { from: listing.publishedOn, until: listing.publishUntil ?? '' })
              : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('credit.listing.removedOn')}>
            {listing.removedOn ?? none}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('credit.listing.records')} size="small" style={{ marginBottom: 12 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={listing.records}
          data-testid="listing-records"
          columns={[
            { title: t('credit.decidedOn'), dataIndex: 'decidedOn' },
            { title: t('credit.summary'), dataIndex: 'summary' },
            {
              title: t('credit.severity'),
              dataIndex: 'severity',
              render: (v) => (v === 'serious' ? t('credit.severity.serious') : t('credit.severity.general')),
            },
            {
              title: t('credit.status'),
              dataIndex: 'status',
              render: (v: string) => codeLabel(t, 'credit.record.status', v),
            },
          ]}
        />
      </Card>
      <Card title={t('credit.objections')} size="small" style={{ marginBottom: 12 }}>
        <Table<ObjectionDto>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={objections?.items ?? []}
          data-testid="listing-objections"
          columns={[
            {
              title: t('credit.objection.submittedAt'),
              dataIndex: 'submittedAt',
              render: (v: string) => v.slice(0, 10),
            },
            { title: t('credit.objection.contentShort'), dataIndex: 'content' },
            { title: t('credit.objection.dueOn'), dataIndex: 'dueOn' },
            {
              title: t('credit.objection.conclusion'),
              dataIndex: 'status',
              render: (v: string) => codeLabel(t, 'credit.objection.status', v),
            },
            {
              title: '',
              render: (_, row) =>
                row.status === 'open' ? (
                  <Button onClick={() => setAnswering(row)} data-testid="listing-objection-answer">
                    {t('credit.objection.answerAction')}
                  </Button>
                ) : (
                  row.answer
                ),
            },
          ]}
        />
      </Card>
      <Card title={t('credit.listing.events')} size="small">
        <Timeline
          items={listing.events.map((e) => ({
            children: t('credit.listing.eventLine', {
              date: e.at.slice(0, 10),
              actor: e.actorName ?? '',
              summary: e.summary,
            }),
          }))}
        />
        <p style={{ color: '#888' }}>
          {Object.values(listing.periods)
            .map((p) => `${p.explain}${p.confirmed ? '' : t('credit.unconfirmedParen')}`)
            .join(t('credit.separator'))}
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
