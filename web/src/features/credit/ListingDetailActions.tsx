import { App, Button, DatePicker, Form, Input, Modal, Radio, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { type ListingDetailDto, listingApi, type ObjectionDto, type StepRuleDto } from './listingApi.ts';

const FIELD_LABELS = { statement: '陈述申辩内容', opinion: '审查意见', reason: '理由' } as const;

/** The steps open on the listing now, each asking for the fields its rule requires and the date of the act. */
export function ListingStepButtons({ listing, onDone }: { listing: ListingDetailDto; onDone: () => void }) {
  const [step, setStep] = useState<StepRuleDto | null>(null);
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | Dayjs | undefined>>();
  const submit = async () => {
    if (!step) return;
    const values = await form.validateFields();
    const on = values['on'] as Dayjs | undefined;
    await listingApi.step(listing.id, step.step, {
      ...values,
      version: listing.version,
      on: on ? on.format('YYYY-MM-DD') : undefined,
    });
    message.success(`${step.label}已办理`);
    setStep(null);
    form.resetFields();
    onDone();
  };
  return (
    <>
      <Space wrap>
        {listing.steps.map((rule) => (
          <Button key={rule.step} onClick={() => setStep(rule)} data-testid={`listing-step-${rule.step}`}>
            {rule.label}
          </Button>
        ))}
      </Space>
      <Modal open={!!step} title={step?.label} onOk={submit} onCancel={() => setStep(null)} destroyOnHidden>
        {step ? <p>{`${step.explain}（${step.legalBasis}）`}</p> : null}
        <Form form={form} layout="vertical">
          {step?.required.map((field) => (
            <Form.Item key={field} name={field} label={FIELD_LABELS[field]} rules={[{ required: true }]}>
              <Input.TextArea rows={4} />
            </Form.Item>
          ))}
          <Form.Item name="on" label="办理日期（缺省为今天）">
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** Submitting an objection (for the subject) and answering one: upheld takes the listing off the list. */
export function ObjectionModal(props: {
  listingId: string;
  answering: ObjectionDto | null;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ content?: string; upheld?: boolean; answer?: string }>();
  const submit = async () => {
    const values = await form.validateFields();
    if (props.answering) {
      await listingApi.answerObjection(props.answering.id, {
        upheld: values.upheld === true,
        answer: values.answer ?? '',
      });
      message.success('异议已答复');
    } else {
      await listingApi.object({ listingId: props.listingId, content: values.content ?? '' });
      message.success('异议已提出');
    }
    form.resetFields();
    props.onDone();
  };
  return (
    <Modal
      open={props.open}
      title={props.answering ? '答复异议' : '提出异议'}
      onOk={submit}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        {props.answering ? (
          <>
            <p>{props.answering.content}</p>
            <Form.Item name="upheld" label="核实结论" rules={[{ required: true }]}>
              <Radio.Group
                options={[
                  { value: true, label: '异议成立（移出名单）' },
                  { value: false, label: '异议不成立' },
                ]}
              />
            </Form.Item>
            <Form.Item name="answer" label="答复" rules={[{ required: true }]}>
              <Input.TextArea rows={4} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="content" label="异议内容" rules={[{ required: true }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
