import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type CaseDetailDto, type CaseTypeRulesDto, RIGHT_TYPE_LABELS, RIGHT_TYPES } from '@ipp/shared';
import { Alert, App, Button, Card, Col, Divider, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../app/api/problem.ts';
import { validatedValues } from '../../app/forms/validatedValues.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { CaseFieldInput } from './CaseFieldInput.tsx';
import { cleanParty, compact, placeFieldErrors } from './caseForms.ts';
import { casesApi, newIdempotencyKey, type PartyInput, type RightInput } from './casesApi.ts';
import { PartyFields } from './PartyFields.tsx';
import { PARTY_ROLES } from './partyRoles.ts';

interface IntakeValues {
  title: string;
  facts?: Record<string, unknown>;
  parties: PartyInput[];
  rights?: RightInput[];
}

interface IntakeModalProps {
  rules: CaseTypeRulesDto;
  onClose: () => void;
  onCreated: (created: CaseDetailDto) => void;
}

/** The intake form: a title, the facts the rules ask for, the parties and the rights concerned. */
export function IntakeModal({ rules, onClose, onCreated }: IntakeModalProps) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<IntakeValues>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  // One key per form: a retry after a lost answer is the same submission, not a second case.
  const [key, setKey] = useState(newIdempotencyKey);
  const firstRole = PARTY_ROLES[rules.caseType][0] ?? 'respondent';

  const submit = async () => {
    const values = await validatedValues(form);
    if (values === null) return;
    setSaving(true);
    setProblems([]);
    try {
      const created = await casesApi.create(
        rules.caseType,
        {
          title: values.title.trim(),
          facts: compact(values.facts ?? {}),
          parties: values.parties.map(cleanParty),
          rights: (values.rights ?? [])
            .filter((r) => r?.number?.trim())
            .map((r) => ({ ...r, number: r.number.trim() })),
        },
        key,
      );
      message.success(t('cases.intake.created'));
      onCreated(created);
    } catch (error) {
      // The server answered: nothing was created, so a corrected form is a new submission.
      if (error instanceof ApiError && error.status > 0) setKey(newIdempotencyKey());
      const names = [
        ['title'],
        ...rules.intakeFields.map((f) => ['facts', f.key]),
        ...(values.parties ?? []).flatMap((_, i) =>
          ['role', 'kind', 'name', 'uscc', 'idNumber', 'contact', 'address'].map((f) => ['parties', i, f]),
        ),
        ...(values.rights ?? []).flatMap((_, i) => [
          ['rights', i, 'rightType'],
          ['rights', i, 'number'],
        ]),
      ];
      setProblems(placeFieldErrors(form, error, names));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('cases.intake.title', { type: pick(rules.label) })}
      okText={t('cases.intake.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      width={860}
      maskClosable={false}
      okButtonProps={{ 'data-testid': 'intake-submit' }}
      data-testid="intake-modal"
    >
      {problems.length > 0 ? (
        <Alert type="error" showIcon title={problems.join('；')} style={{ marginBottom: 12 }} />
      ) : null}
      <Form<IntakeValues>
        form={form}
        name="intake"
        layout="vertical"
        autoComplete="off"
        initialValues={{ parties: [{ role: firstRole, kind: 'enterprise' }], rights: [] }}
      >
        <Form.Item
          name="title"
          label={t('cases.field.title')}
          rules={[{ required: true, whitespace: true, message: t('cases.intake.titleRequired') }]}
        >
          <Input maxLength={200} data-testid="intake-title" />
        </Form.Item>
        <Row gutter={12}>
          {rules.intakeFields.map((field) => (
            <Col key={field.key} xs={24} sm={field.type === 'textarea' ? 24 : 12}>
              <CaseFieldInput field={field} name={['facts', field.key]} />
            </Col>
          ))}
        </Row>
        <Divider titlePlacement="start">{t('cases.parties')}</Divider>
        <Form.List name="parties">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  data-testid="intake-party"
                  title={t('cases.party.number', { n: index + 1 })}
                  extra={
                    fields.length > 1 ? (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                      />
                    ) : null
                  }
                >
                  <PartyFields caseType={rules.caseType} prefix={[field.name]} listPath={['parties']} />
                </Card>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'enterprise' })}>
                {t('cases.party.add')}
              </Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start">{t('cases.rights')}</Divider>
        <Form.List name="rights">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={12} align="top">
                  <Col span={7}>
                    <Form.Item
                      name={[field.name, 'rightType']}
                      rules={[{ required: true, message: t('cases.right.typeRequired') }]}
                    >
                      <Select
                        placeholder={t('cases.right.type')}
                        options={RIGHT_TYPES.map((type) => ({
                          value: type,
                          label: pick(RIGHT_TYPE_LABELS[type]),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={15}>
                    <Form.Item
                      name={[field.name, 'number']}
                      rules={[{ required: true, whitespace: true, message: t('cases.right.numberRequired') }]}
                    >
                      <Input placeholder={t('cases.right.number')} maxLength={60} />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({ rightType: 'patent' })}
              >
                {t('cases.right.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
