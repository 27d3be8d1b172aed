import { REGION_LEVEL_LABELS } from '@ipp/shared';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Radio, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { validatedValues } from '../../app/forms/validatedValues.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { type ListingDetailDto, listingApi, type ObjectionDto, type StepRuleDto } from './listingApi.ts';

const FIELD_LABELS = {
  statement: 'credit.step.field.statement',
  opinion: 'credit.step.field.opinion',
  reason: 'credit.step.field.reason',
} as const;

/** The steps open on the listing now, each asking for the fields its rule requires and the date of the act. */
export function ListingStepButtons({ listing, onDone }: { listing: ListingDetailDto; onDone: () => void }) {
  const [step, setStep] = useState<StepRuleDto | null>(null);
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string | Dayjs | undefined>>();
  const submit = async () => {
    if (!step) return;
    const values = await validatedValues(form);
    if (values === null) return;
    const on = values['on'] as Dayjs | undefined;
    await listingApi.step(listing.id, step.step, {
      ...values,
      version: listing.version,
      on: on ? on.format('YYYY-MM-DD') : undefined,
    });
    message.success(t('credit.step.done', { label: step.label }));
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
      <Modal
        open={!!step}
        title={step?.label}
        onOk={submit}
        onCancel={() => setStep(null)}
        destroyOnHidden
        data-testid="listing-step-modal"
      >
        {step ? <p>{t('credit.withBasis', { text: step.explain, basis: step.legalBasis })}</p> : null}
        <Form form={form} layout="vertical">
          {step?.required.map((field) => (
            <Form.Item key={field} name={field} label={t(FIELD_LABELS[field])} rules={[{ required: true }]}>
              <Input.TextArea rows={4} />
            </Form.Item>
          ))}
          <Form.Item name="on" label={t('credit.step.on')}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** A county or city decision waits for the upper level (令第44号): who decided, and whether this caller may consent. */
export function ApprovalNotice({ listing }: { listing: ListingDetailDto }) {
  const { t, pick } = useI18n();
  const approval = listing.approval;
  if (!approval) return null;
  const decider = approval.decidedBy;
  const pending = t('credit.approval.pending', {
    org: decider?.orgName ?? t('credit.none'),
    level: decider ? pick(REGION_LEVEL_LABELS[decider.level]) : t('credit.none'),
  });
  const next = approval.mayApprove ? t('credit.approval.mayApprove') : t('credit.approval.waiting');
  return (
    <Alert
      type={approval.mayApprove ? 'warning' : 'info'}
      showIcon
      title={pending}
      description={next}
      style={{ marginBottom: 12 }}
      data-testid="listing-approval-notice"
    />
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
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ content?: string; upheld?: boolean; answer?: string }>();
  const submit = async () => {
    const values = await validatedValues(form);
    if (values === null) return;
    if (props.answering) {
      await listingApi.answerObjection(props.answering.id, {
        upheld: values.upheld === true,
        answer: values.answer ?? '',
      });
      message.success(t('credit.objection.answered'));
    } else {
      await listingApi.object({ listingId: props.listingId, content: values.content ?? '' });
      message.success(t('credit.objection.submitted'));
    }
    form.resetFields();
    props.onDone();
  };
  return (
    <Modal
      open={props.open}
      title={props.answering ? t('credit.objection.answerTitle') : t('credit.objection.submit')}
      onOk={submit}
      onCancel={props.onClose}
      destroyOnHidden
      data-testid="listing-objection-modal"
    >
      <Form form={form} layout="vertical">
        {props.answering ? (
          <>
            <p>{props.answering.content}</p>
            <Form.Item name="upheld" label={t('credit.objection.verdict')} rules={[{ required: true }]}>
              <Radio.Group
                options={[
                  { value: true, label: t('credit.objection.upheldListing') },
                  { value: false, label: t('credit.objection.dismissed') },
                ]}
              />
            </Form.Item>
            <Form.Item name="answer" label={t('credit.objection.answer')} rules={[{ required: true }]}>
              <Input.TextArea rows={4} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="content" label={t('credit.objection.content')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
