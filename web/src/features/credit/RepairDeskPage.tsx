import { App, Button, Form, Input, Modal, Segmented, Space, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { validatedValues } from '../../app/forms/validatedValues.ts';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { codeLabel, REPAIR_STATE_COLORS } from './credit.labels.ts';
import { listingApi, type RepairDto } from './listingApi.ts';

type Decision = 'feedback' | 'approve' | 'reject';
const DECISION_LABELS = {
  feedback: 'credit.repair.decision.feedback',
  approve: 'credit.repair.decision.approve',
  reject: 'credit.repair.decision.reject',
} as const satisfies Record<Decision, string>;

/** Credit repair applications: feedback and decision due dates in working days, overdue ones marked. */
export default function RepairDeskPage() {
  const title = useModuleTitle('credit-repairs');
  const { t } = useI18n();
  const { message } = App.useApp();
  const [filter, setFilter] = useState('applied,accepted_for_review');
  const [deciding, setDeciding] = useState<{ repair: RepairDto; decision: Decision } | null>(null);
  const [form] = Form.useForm<{ text?: string }>();
  const load = useCallback(() => listingApi.repairs({ state: filter || undefined }), [filter]);
  const { data, loading, reload } = useRequest(load);
  const submit = async () => {
    if (!deciding) return;
    const values = await validatedValues(form);
    if (values === null) return;
    const { text = '' } = values;
    const { repair, decision } = deciding;
    await listingApi.decideRepair(
      repair.id,
      decision === 'feedback'
        ? { action: 'feedback', feedback: text }
        : decision === 'reject'
          ? { action: 'reject', reason: text }
          : { action: 'approve', reason: text || undefined },
    );
    message.success(t(DECISION_LABELS[decision]));
    setDeciding(null);
    form.resetFields();
    reload();
  };
  return (
    <PageContainer title={title} testId="credit-repairs-page">
      <Segmented
        value={filter}
        onChange={(v) => setFilter(String(v))}
        options={[
          { value: 'applied,accepted_for_review', label: t('credit.repair.filter.open') },
          { value: 'approved,rejected', label: t('credit.repair.filter.decided') },
          { value: '', label: t('credit.all') },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="credit-repairs-filter"
      />
      <Table<RepairDto>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        data-testid="credit-repairs-table"
        columns={[
          { title: t('credit.party'), render: (_, r) => r.subject?.name ?? r.subjectId },
          { title: t('credit.repair.appliedOn'), dataIndex: 'appliedOn' },
          {
            title: t('credit.repair.target'),
            render: (_, r) =>
              r.listingId ? t('credit.repair.target.listing') : t('credit.repair.target.record'),
          },
          { title: t('credit.repair.commitments'), dataIndex: 'commitments', ellipsis: true },
          {
            title: t('credit.repair.proof'),
            render: (_, r) =>
              r.proof
                .map((p) => t('credit.repair.proofItem', { name: p.name, reference: p.reference }))
                .join(t('credit.separator')),
          },
          { title: t('credit.repair.feedbackDueOn'), dataIndex: 'feedbackDueOn' },
          {
            title: t('credit.repair.decisionDueOn'),
            render: (_, r) => (
              <span>
                {r.decisionDueOn} {r.overdue ? <Tag color="error">{t('credit.repair.overdue')}</Tag> : null}
              </span>
            ),
          },
          {
            title: t('credit.status'),
            render: (_, r) => (
              <Tag color={REPAIR_STATE_COLORS[r.state]}>{codeLabel(t, 'credit.repair.state', r.state)}</Tag>
            ),
          },
          {
            title: '',
            render: (_, r) =>
              r.state === 'applied' || r.state === 'accepted_for_review' ? (
                <Space>
                  {(r.state === 'applied'
                    ? (['feedback', 'approve', 'reject'] as const)
                    : (['approve', 'reject'] as const)
                  ).map((decision) => (
                    <Button
                      key={decision}
                      size="small"
                      onClick={() => setDeciding({ repair: r, decision })}
                      data-testid={`repair-${decision}`}
                    >
                      {t(DECISION_LABELS[decision])}
                    </Button>
                  ))}
                </Space>
              ) : (
                r.reason
              ),
          },
        ]}
      />
      <p style={{ color: '#888' }}>
        {data
          ? Object.values(data.periods)
              .map((p) => t('credit.withBasis', { text: p.explain, basis: p.basis }))
              .join(t('credit.separator'))
          : null}
      </p>
      <Modal
        open={!!deciding}
        title={deciding ? t(DECISION_LABELS[deciding.decision]) : ''}
        onOk={submit}
        onCancel={() => setDeciding(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="text"
            label={
              deciding?.decision === 'feedback' ? t('credit.repair.feedback') : t('credit.repair.reason')
            }
            rules={[{ required: deciding?.decision !== 'approve' }]}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
