import { Alert, App, Button, Card, Form, Input, Modal, Space, Spin, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { validatedValues } from '../../app/forms/validatedValues.ts';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { codeLabel, LISTING_STATE_COLORS, REPAIR_STATE_COLORS } from './credit.labels.ts';
import { ObjectionModal } from './ListingDetailActions.tsx';
import { listingApi } from './listingApi.ts';
import { type MyCreditDto, type MyListing, type MyRecord, mineApi } from './mineApi.ts';

type RepairTarget = { listingId: string } | { recordId: string };

/**
 * 我的信用: the enterprise's own records, listings, objections and repairs with their deadlines. It
 * objects to a listing and applies for repair through the same routes the officers' pages use.
 */
export default function MyCreditPage() {
  const title = useModuleTitle('credit-mine');
  const { t } = useI18n();
  const load = useCallback(() => mineApi.mine(), []);
  const { data, error, reload } = useRequest(load);
  const [objecting, setObjecting] = useState<string | null>(null);
  const [repairing, setRepairing] = useState<RepairTarget | null>(null);
  const done = () => {
    setObjecting(null);
    setRepairing(null);
    reload();
  };
  if (error) return <Alert type="error" showIcon title={t('credit.mine.loadFailed')} />;
  if (!data)
    return (
      <PageContainer title={title} testId="credit-mine-page">
        <Spin />
      </PageContainer>
    );
  return (
    <PageContainer title={title} testId="credit-mine-page">
      <Typography.Paragraph type="secondary">{t('credit.mine.intro')}</Typography.Paragraph>
      <SubjectLine data={data} />
      {data.subject ? (
        <>
          <ListingsCard
            data={data}
            onObject={setObjecting}
            onRepair={(id) => setRepairing({ listingId: id })}
          />
          <RecordsCard data={data} onRepair={(id) => setRepairing({ recordId: id })} />
          <ObjectionsCard data={data} />
          <RepairsCard data={data} />
          <ObjectionModal
            listingId={objecting ?? ''}
            answering={null}
            open={!!objecting}
            onClose={() => setObjecting(null)}
            onDone={done}
          />
          <RepairModal
            subjectId={data.subject.id}
            target={repairing}
            onClose={() => setRepairing(null)}
            onDone={done}
          />
        </>
      ) : null}
    </PageContainer>
  );
}

function SubjectLine({ data }: { data: MyCreditDto }) {
  const { t } = useI18n();
  const none = t('credit.none');
  if (!data.organization?.uscc) return <Alert type="info" showIcon title={t('credit.mine.noOrg')} />;
  if (!data.subject) {
    const vars = { name: data.organization.name, uscc: data.organization.uscc };
    return (
      <Alert
        type="success"
        showIcon
        title={t('credit.mine.noSubject', vars)}
        data-testid="credit-mine-none"
      />
    );
  }
  return (
    <Space style={{ marginBottom: 12 }} data-testid="credit-mine-subject">
      <Typography.Text strong>
        {t('credit.mine.subject', { name: data.subject.name, uscc: data.subject.uscc ?? none })}
      </Typography.Text>
      <Typography.Text type="secondary">{t('credit.mine.asOf', { date: data.asOf })}</Typography.Text>
    </Space>
  );
}

function ListingsCard(props: {
  data: MyCreditDto;
  onObject: (id: string) => void;
  onRepair: (id: string) => void;
}) {
  const { t } = useI18n();
  const none = t('credit.none');
  return (
    <Card title={t('credit.mine.listings')} size="small" style={{ marginBottom: 12 }}>
      <Table<MyListing>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={props.data.listings}
        locale={{ emptyText: t('credit.mine.empty') }}
        data-testid="credit-mine-listings"
        columns={[
          {
            title: t('credit.status'),
            render: (_, l) => (
              <Tag color={LISTING_STATE_COLORS[l.state]} data-testid="credit-mine-listing-state">
                {codeLabel(t, 'credit.listing.state', l.state)}
              </Tag>
            ),
          },
          { title: t('credit.listing.reason'), dataIndex: 'reason', ellipsis: true },
          { title: t('credit.listing.notifiedOn'), render: (_, l) => l.notifiedOn ?? none },
          { title: t('credit.listing.statementDueOn'), render: (_, l) => l.statementDueOn ?? none },
          { title: t('credit.mine.decidedOn'), render: (_, l) => l.decidedOn ?? none },
          { title: t('credit.listing.publishUntil'), render: (_, l) => l.publishUntil ?? none },
          { title: t('credit.mine.repairFrom'), render: (_, l) => l.repairFrom ?? none },
          {
            title: t('credit.mine.actions'),
            render: (_, l) => (
              <Space>
                {l.mayObject ? (
                  <Button size="small" onClick={() => props.onObject(l.id)} data-testid="credit-mine-object">
                    {t('credit.objection.submit')}
                  </Button>
                ) : null}
                {l.mayApplyForRepair ? (
                  <Button size="small" onClick={() => props.onRepair(l.id)}>
                    {t('credit.mine.applyRepair')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

function RecordsCard({ data, onRepair }: { data: MyCreditDto; onRepair: (id: string) => void }) {
  const { t } = useI18n();
  return (
    <Card title={t('credit.mine.records')} size="small" style={{ marginBottom: 12 }}>
      <Table<MyRecord>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.records}
        locale={{ emptyText: t('credit.mine.empty') }}
        data-testid="credit-mine-records"
        columns={[
          { title: t('credit.summary'), dataIndex: 'summary', ellipsis: true },
          { title: t('credit.severity'), render: (_, r) => codeLabel(t, 'credit.severity', r.severity) },
          { title: t('credit.mine.decidedOn'), dataIndex: 'decidedOn' },
          {
            title: t('credit.publicity'),
            render: (_, r) => (
              <Space size={4}>
                {t('credit.dateRange', { from: r.publicityFrom, until: r.publicityUntil })}
                <Tag color={r.inPublicity ? 'orange' : 'default'}>
                  {r.inPublicity ? t('credit.mine.inPublicity') : t('credit.mine.notInPublicity')}
                </Tag>
              </Space>
            ),
          },
          { title: t('credit.status'), render: (_, r) => codeLabel(t, 'credit.record.status', r.status) },
          {
            title: t('credit.mine.actions'),
            render: (_, r) =>
              r.mayApplyForRepair ? (
                <Button size="small" onClick={() => onRepair(r.id)} data-testid="credit-mine-repair">
                  {t('credit.mine.applyRepair')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}

function ObjectionsCard({ data }: { data: MyCreditDto }) {
  const { t } = useI18n();
  return (
    <Card title={t('credit.mine.objections')} size="small" style={{ marginBottom: 12 }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.objections}
        locale={{ emptyText: t('credit.mine.empty') }}
        data-testid="credit-mine-objections"
        columns={[
          {
            title: t('credit.mine.target'),
            render: (_, o) => t(o.listingId ? 'credit.mine.target.listing' : 'credit.mine.target.record'),
          },
          { title: t('credit.objection.content'), dataIndex: 'content', ellipsis: true },
          { title: t('credit.objection.submittedAt'), render: (_, o) => o.submittedAt.slice(0, 10) },
          {
            title: t('credit.objection.dueOn'),
            render: (_, o) => (
              <Space size={4}>
                {o.dueOn}
                {o.overdue ? <Tag color="red">{t('credit.mine.overdue')}</Tag> : null}
              </Space>
            ),
          },
          { title: t('credit.status'), render: (_, o) => codeLabel(t, 'credit.objection.status', o.status) },
          { title: t('credit.objection.answer'), render: (_, o) => o.answer ?? t('credit.none') },
        ]}
      />
    </Card>
  );
}

function RepairsCard({ data }: { data: MyCreditDto }) {
  const { t } = useI18n();
  return (
    <Card title={t('credit.mine.repairs')} size="small">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.repairs}
        locale={{ emptyText: t('credit.mine.empty') }}
        data-testid="credit-mine-repairs"
        columns={[
          {
            title: t('credit.repair.target'),
            render: (_, r) => t(r.listingId ? 'credit.repair.target.listing' : 'credit.repair.target.record'),
          },
          { title: t('credit.repair.appliedOn'), dataIndex: 'appliedOn' },
          { title: t('credit.repair.feedbackDueOn'), dataIndex: 'feedbackDueOn' },
          {
            title: t('credit.repair.decisionDueOn'),
            render: (_, r) => (
              <Space size={4}>
                {r.decisionDueOn}
                {r.overdue ? <Tag color="red">{t('credit.repair.overdue')}</Tag> : null}
              </Space>
            ),
          },
          {
            title: t('credit.status'),
            render: (_, r) => (
              <Tag color={REPAIR_STATE_COLORS[r.state]}>{codeLabel(t, 'credit.repair.state', r.state)}</Tag>
            ),
          },
          { title: t('credit.repair.reason'), render: (_, r) => r.reason ?? r.feedback ?? t('credit.none') },
        ]}
      />
    </Card>
  );
}

/** Commitments and one proof document: the repair rules' periods apply from the day it is sent. */
function RepairModal(props: {
  subjectId: string;
  target: RepairTarget | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ commitments: string; proofName: string; proofReference: string }>();
  const submit = async () => {
    if (!props.target) return;
    const values = await validatedValues(form);
    if (values === null) return;
    await listingApi.applyForRepair({
      subjectId: props.subjectId,
      ...props.target,
      commitments: values.commitments,
      proof: [{ name: values.proofName, reference: values.proofReference }],
    });
    message.success(t('credit.mine.repairSubmitted'));
    form.resetFields();
    props.onDone();
  };
  return (
    <Modal
      open={!!props.target}
      title={t('credit.mine.repairTitle')}
      onOk={submit}
      onCancel={props.onClose}
      destroyOnHidden
      data-testid="credit-mine-repair-modal"
    >
      <Form form={form} layout="vertical">
        <Form.Item name="commitments" label={t('credit.repair.commitments')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="proofName" label={t('credit.mine.proofName')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="proofReference" label={t('credit.mine.proofReference')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
