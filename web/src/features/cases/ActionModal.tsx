import { FileTextOutlined } from '@ant-design/icons';
import type { CaseActionDto, CaseDetailDto } from '@ipp/shared';
import { Alert, App, Flex, Form, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, problemText } from '../../app/api/problem.ts';
import { validatedValues } from '../../app/forms/validatedValues.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { CaseFieldInput } from './CaseFieldInput.tsx';
import { compact, placeFieldErrors } from './caseForms.ts';
import { casesApi, newIdempotencyKey } from './casesApi.ts';
import { DOCUMENT_TITLES } from './documentLabels.ts';
import { isMediatorField, MediatorSelect } from './MediatorSelect.tsx';

interface ActionModalProps {
  detail: CaseDetailDto;
  action: CaseActionDto;
  onClose: () => void;
  onDone: (updated: CaseDetailDto) => void;
  /** Someone else moved the case: the page reloads it and the form closes. */
  onConflict: () => void;
}

/**
 * The form of one transition, built from the fields the rules declare for it. Every action goes
 * through this dialog, even one without fields, so taking it is always a deliberate confirmation
 * that also shows which documents it will generate.
 */
export function ActionModal({ detail, action, onClose, onDone, onConflict }: ActionModalProps) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [key, setKey] = useState(newIdempotencyKey);

  const submit = async () => {
    const values = await validatedValues(form);
    if (values === null) return;
    setSaving(true);
    setProblems([]);
    try {
      const body = { transition: action.id, version: detail.version, input: compact(values) };
      const updated = await casesApi.transition(detail.caseType, detail.id, body, key);
      message.success(t('cases.action.done', { action: pick(action.label) }));
      onDone(updated);
    } catch (error) {
      if (!(error instanceof ApiError)) {
        setProblems([problemText(error)]);
      } else if (error.code === 'CASE_VERSION_CONFLICT' || error.status === 409) {
        message.warning(t('cases.action.conflict'));
        onConflict();
      } else {
        // A network failure keeps the key so the retry cannot act twice; any answer means nothing happened.
        if (error.status > 0) setKey(newIdempotencyKey());
        const unplaced = placeFieldErrors(
          form,
          error,
          action.fields.map((f) => [f.key]),
        );
        const placedSome = (error.problem.errors?.length ?? 0) > unplaced.length;
        setProblems(placedSome ? unplaced : [problemText(error), ...unplaced]);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={pick(action.label)}
      okText={t('cases.action.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: action.danger, 'data-testid': 'action-submit' }}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      width={action.fields.length > 4 ? 720 : 560}
      maskClosable={false}
      destroyOnHidden
      data-testid="action-modal"
    >
      <Flex vertical gap={12}>
        {action.danger ? <Alert type="warning" showIcon title={t('cases.action.dangerNotice')} /> : null}
        {problems.length > 0 ? (
          <Alert type="error" showIcon title={problems.join('；')} data-testid="action-problems" />
        ) : null}
        {action.documents.length > 0 ? (
          <Typography.Text type="secondary">
            <FileTextOutlined /> {t('cases.action.documents')}：
            {action.documents.map((doc) => (
              <Tag key={doc} style={{ marginInlineStart: 4 }}>
                {DOCUMENT_TITLES[doc] ? pick(DOCUMENT_TITLES[doc]) : doc}
              </Tag>
            ))}
          </Typography.Text>
        ) : null}
        {action.fields.length === 0 ? (
          <Typography.Text>{t('cases.action.noFields', { action: pick(action.label) })}</Typography.Text>
        ) : null}
        <Form form={form} name={`action_${action.id}`} layout="vertical" autoComplete="off">
          {action.fields.map((field) => (
            <CaseFieldInput
              key={field.key}
              field={field}
              name={[field.key]}
              control={
                detail.caseType === 'mediation' && isMediatorField(field) ? (
                  <MediatorSelect caseId={detail.id} />
                ) : undefined
              }
            />
          ))}
        </Form>
      </Flex>
    </Modal>
  );
}
