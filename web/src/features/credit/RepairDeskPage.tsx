import { App, Button, Form, Input, Modal, Segmented, Space, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { listingApi, REPAIR_STATE_LABELS, type RepairDto } from './listingApi.ts';

type Decision = 'feedback' | 'approve' | 'reject';
const DECISION_LABELS: Record<Decision, string> = {
  feedback: '反馈受理',
  approve: '准予修复',
  reject: '不予修复',
};

/** Credit repair applications: feedback and decision due dates in working days, overdue ones marked. */
export default function RepairDeskPage() {
  const title = useModuleTitle('credit-repairs');
  const { message } = App.useApp();
  const [filter, setFilter] = useState('applied,accepted_for_review');
  const [deciding, setDeciding] = useState<{ repair: RepairDto; decision: Decision } | null>(null);
  const [form] = Form.useForm<{ text?: string }>();
  const load = useCallback(() => listingApi.repairs({ state: filter || undefined }), [filter]);
  const { data, loading, reload } = useRequest(load);
  const submit = async () => {
    if (!deciding) return;
    const { text = '' } = await form.validateFields();
    const { repair, decision } = deciding;
    await listingApi.decideRepair(
      repair.id,
      decision === 'feedback'
        ? { action: 'feedback', feedback: text }
        : decision === 'reject'
          ? { action: 'reject', reason: text }
          : { action: 'approve', reason: text || undefined },
    );
    message.success(DECISION_LABELS[decision]);
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
          { value: 'applied,accepted_for_review', label: '办理中' },
          { value: 'approved,rejected', label: '已决定' },
          { value: '', label: '全部' },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Table<RepairDto>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        columns={[
          { title: '当事人', render: (_, r) => r.subject?.name ?? r.subjectId },
          { title: '申请日期', dataIndex: 'appliedOn' },
          {
            title: '修复对象',
            render: (_, r) => (r.listingId ? '严重违法失信名单（提前移出）' : '信用记录'),
          },
          { title: '承诺', dataIndex: 'commitments', ellipsis: true },
          {
            title: '证明材料',
            render: (_, r) => r.proof.map((p) => `${p.name}（${p.reference}）`).join('；'),
          },
          { title: '反馈期限', dataIndex: 'feedbackDueOn' },
          {
            title: '决定期限',
            render: (_, r) => (
              <span>
                {r.decisionDueOn} {r.overdue ? <Tag color="error">已超期</Tag> : null}
              </span>
            ),
          },
          {
            title: '状态',
            render: (_, r) => (
              <Tag color={REPAIR_STATE_LABELS[r.state].color}>{REPAIR_STATE_LABELS[r.state].text}</Tag>
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
                    <Button key={decision} size="small" onClick={() => setDeciding({ repair: r, decision })}>
                      {DECISION_LABELS[decision]}
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
              .map((p) => `${p.explain}（${p.basis}）`)
              .join('；')
          : null}
      </p>
      <Modal
        open={!!deciding}
        title={deciding ? DECISION_LABELS[deciding.decision] : ''}
        onOk={submit}
        onCancel={() => setDeciding(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="text"
            label={deciding?.decision === 'feedback' ? '反馈内容' : '理由'}
            rules={[{ required: deciding?.decision !== 'approve' }]}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
