import { Button, Descriptions, Drawer, Flex, List, Spin, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth/AuthProvider.tsx';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { codeLabel } from './credit.labels.ts';
import { RecordObjectionModal } from './RecordObjectionModal.tsx';
import { RecordStatusTag } from './RecordStatusTag.tsx';
import { type RecordObjectionDto, recordApi } from './recordApi.ts';

/** Objections to the record with their due dates and answers; open ones can be answered in scope. */
function ObjectionsTable(props: {
  items: RecordObjectionDto[];
  canAnswer: boolean;
  onAnswer: (objection: RecordObjectionDto) => void;
}) {
  const { t } = useI18n();
  return (
    <Table<RecordObjectionDto>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={props.items}
      locale={{ emptyText: t('credit.recordObjection.none') }}
      data-testid="record-objections"
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
          render: (_, row) => (
            <span data-testid="record-objection-status" data-status={row.status}>
              {codeLabel(t, 'credit.objection.status', row.status)}
              {row.resolution
                ? t('credit.inParens', { text: t(`credit.recordObjection.resolved.${row.resolution}`) })
                : null}
            </span>
          ),
        },
        {
          title: t('credit.objection.answer'),
          render: (_, row) =>
            row.status === 'open' && props.canAnswer ? (
              <Button size="small" onClick={() => props.onAnswer(row)} data-testid="record-objection-answer">
                {t('credit.objection.answerAction')}
              </Button>
            ) : (
              row.answer
            ),
        },
      ]}
    />
  );
}

/** One record: subject, legal basis, documents, publicity period, the listings on it and its objections. */
export function RecordDrawer({
  recordId,
  onClose,
  onChanged,
}: {
  recordId: string | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { can } = useAuth();
  const loadRecord = useCallback(
    () => (recordId ? recordApi.get(recordId) : Promise.resolve(null)),
    [recordId],
  );
  const loadObjections = useCallback(
    () => (recordId ? recordApi.objections(recordId) : Promise.resolve(null)),
    [recordId],
  );
  const { data: record, reload } = useRequest(loadRecord);
  const { data: objections, reload: reloadObjections } = useRequest(loadObjections);
  const [objecting, setObjecting] = useState(false);
  const [answering, setAnswering] = useState<RecordObjectionDto | null>(null);
  const none = t('credit.none');
  const refresh = () => {
    setObjecting(false);
    setAnswering(null);
    reload();
    reloadObjections();
    onChanged();
  };
  const current = record && record.id === recordId ? record : null;
  return (
    <Drawer
      open={recordId !== null}
      onClose={onClose}
      size="large"
      title={
        current ? t('credit.record.detailOf', { name: current.subject.name }) : t('credit.record.detail')
      }
      data-testid="record-drawer"
      extra={
        current?.status === 'active' && !current.openObjection && can('credit.record.write') ? (
          <Button onClick={() => setObjecting(true)} data-testid="record-object">
            {t('credit.recordObjection.onBehalf')}
          </Button>
        ) : null
      }
    >
      {!current ? (
        <Spin />
      ) : (
        <Flex vertical gap={16}>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('credit.subject')}>{current.subject.name}</Descriptions.Item>
            <Descriptions.Item label={t('credit.uscc')}>
              {current.subject.uscc ?? current.subject.idNumberMasked ?? none}
            </Descriptions.Item>
            <Descriptions.Item label={t('credit.record.category')}>
              {codeLabel(t, 'credit.category', current.category)}
            </Descriptions.Item>
            <Descriptions.Item label={t('credit.severity')}>
              {codeLabel(t, 'credit.severity', current.severity)}
            </Descriptions.Item>
            <Descriptions.Item label={t('credit.status')}>
              <RecordStatusTag record={current} />
            </Descriptions.Item>
            <Descriptions.Item label={t('credit.decidedOn')}>{current.decidedOn}</Descriptions.Item>
            <Descriptions.Item label={t('credit.basis')} span={2}>
              <span data-testid="record-legal-basis-shown">{current.legalBasis}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('credit.summary')} span={2}>
              <span data-testid="record-summary-shown">{current.summary}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('credit.publicity')} span={2}>
              {t('credit.dateRange', { from: current.publicityFrom, until: current.publicityUntil })}
            </Descriptions.Item>
            <Descriptions.Item label={t('credit.record.publicityBasis')} span={2}>
              {current.publicityBasis}
            </Descriptions.Item>
            <Descriptions.Item label={t('credit.record.source')}>
              {codeLabel(t, 'credit.record.source', current.source)}
            </Descriptions.Item>
            <Descriptions.Item label={t('credit.record.createdBy')}>
              {current.createdBy ?? none}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text strong>{t('credit.record.documents')}</Typography.Text>
          <List
            size="small"
            dataSource={current.documents}
            locale={{ emptyText: t('credit.record.noDocuments') }}
            data-testid="record-documents"
            renderItem={(d) => (
              <List.Item>{t('credit.repair.proofItem', { name: d.name, reference: d.reference })}</List.Item>
            )}
          />
          {current.listings.length > 0 ? (
            <>
              <Typography.Text strong>{t('credit.record.listings')}</Typography.Text>
              <Flex gap={8} wrap>
                {current.listings.map((l) => (
                  <Link key={l.id} to={`/credit/listings/${l.id}`}>
                    <Tag>{codeLabel(t, 'credit.listing.state', l.state)}</Tag>
                  </Link>
                ))}
              </Flex>
            </>
          ) : null}
          <Typography.Text strong>{t('credit.objections')}</Typography.Text>
          <ObjectionsTable
            items={objections?.items ?? []}
            canAnswer={objections?.canAnswer ?? false}
            onAnswer={setAnswering}
          />
          {objections ? (
            <Typography.Text type="secondary">
              {t('credit.withBasis', {
                text: objections.rules.answerPeriod.explain,
                basis: objections.rules.answerPeriod.basis,
              })}
            </Typography.Text>
          ) : null}
          {/* One instance per question (a new objection, or the answer to one): a fresh form each
              time, never the closing one's. */}
          <RecordObjectionModal
            key={answering?.id ?? 'object'}
            recordId={current.id}
            answering={answering}
            open={objecting || answering !== null}
            onClose={() => {
              setObjecting(false);
              setAnswering(null);
            }}
            onDone={refresh}
          />
        </Flex>
      )}
    </Drawer>
  );
}
