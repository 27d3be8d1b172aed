import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyProblemToForm } from '../../app/api/forms.ts';
import { validatedValues } from '../../app/forms/validatedValues.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { type RecordAnswerBody, type RecordObjectionDto, recordApi, type Severity } from './recordApi.ts';

interface Values {
  content?: string;
  upheld?: boolean;
  resolution?: 'revoke' | 'correct';
  summary?: string;
  legalBasis?: string;
  severity?: Severity;
  answer?: string;
  on?: Dayjs;
}

function answerBody(values: Values): RecordAnswerBody {
  const upheld = values.upheld === true;
  const correct = upheld && values.resolution === 'correct';
  return {
    upheld,
    answer: values.answer?.trim() ?? '',
    resolution: upheld ? values.resolution : undefined,
    correction: correct
      ? {
          summary: values.summary || undefined,
          legalBasis: values.legalBasis || undefined,
          severity: values.severity,
        }
      : undefined,
    on: values.on?.format('YYYY-MM-DD'),
  };
}

/**
 * Objecting to a record (the subject, or an officer for it) and answering an objection: upheld
 * revokes the record or corrects the fields given, dismissed keeps it.
 */
export function RecordObjectionModal(props: {
  recordId: string;
  answering: RecordObjectionDto | null;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const upheld = Form.useWatch('upheld', form);
  const resolution = Form.useWatch('resolution', form);
  const submit = async () => {
    const values = await validatedValues(form);
    if (values === null) return;
    setSaving(true);
    try {
      if (props.answering) {
        const saved = await recordApi.answer(props.recordId, props.answering.id, answerBody(values));
        message.success(t('credit.objection.answered'));
        if (saved.openListings.length > 0)
          message.warning(t('credit.recordObjection.openListings', { count: saved.openListings.length }));
      } else {
        await recordApi.object(props.recordId, {
          content: values.content?.trim() ?? '',
          on: values.on?.format('YYYY-MM-DD'),
        });
        message.success(t('credit.objection.submitted'));
      }
      form.resetFields();
      props.onDone();
    } catch (error) {
      applyProblemToForm(form, error);
    } finally {
      setSaving(false);
    }
  };
  const required = [{ required: true, whitespace: true }];
  return (
    <Modal
      open={props.open}
      title={props.answering ? t('credit.objection.answerTitle') : t('credit.objection.submit')}
      onOk={() => void submit()}
      onCancel={props.onClose}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'record-objection-submit' }}
      data-testid={props.answering ? 'record-answer-modal' : 'record-objection-modal'}
    >
      <Form form={form} layout="vertical" name="recordObjection" preserve={false}>
        {props.answering ? (
          <>
            <p data-testid="record-objection-content-shown">{props.answering.content}</p>
            <Form.Item name="upheld" label={t('credit.objection.verdict')} rules={[{ required: true }]}>
              <Radio.Group
                data-testid="record-objection-verdict"
                options={[
                  { value: true, label: t('credit.recordObjection.upheld') },
                  { value: false, label: t('credit.objection.dismissed') },
                ]}
              />
            </Form.Item>
            {upheld ? (
              <Form.Item
                name="resolution"
                label={t('credit.recordObjection.resolution')}
                rules={[{ required: true, message: t('credit.recordObjection.resolutionRequired') }]}
              >
                <Radio.Group
                  data-testid="record-objection-resolution"
                  options={(['revoke', 'correct'] as const).map((value) => ({
                    value,
                    label: t(`credit.recordObjection.resolution.${value}`),
                  }))}
                />
              </Form.Item>
            ) : null}
            {upheld && resolution === 'correct' ? (
              <>
                <Form.Item name="summary" label={t('credit.recordObjection.correctSummary')}>
                  <Input.TextArea rows={2} />
                </Form.Item>
                <Form.Item name="legalBasis" label={t('credit.recordObjection.correctBasis')}>
                  <Input />
                </Form.Item>
                <Form.Item name="severity" label={t('credit.recordObjection.correctSeverity')}>
                  <Select
                    allowClear
                    options={(['general', 'serious'] as const).map((value) => ({
                      value,
                      label: t(`credit.severity.${value}`),
                    }))}
                  />
                </Form.Item>
              </>
            ) : null}
            <Form.Item name="answer" label={t('credit.objection.answer')} rules={required}>
              <Input.TextArea rows={4} data-testid="record-objection-answer-text" />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="content" label={t('credit.objection.content')} rules={required}>
            <Input.TextArea rows={4} data-testid="record-objection-content" />
          </Form.Item>
        )}
        <Form.Item name="on" label={t('credit.step.on')}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
