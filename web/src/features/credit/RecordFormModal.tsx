import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useAuth } from '../../app/auth/AuthProvider.tsx';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { chinaToday } from '../../app/i18n/format.ts';
import { type Translate, useI18n } from '../../app/i18n/index.tsx';
import { usccProblemMessage } from '../orgs/usccRule.ts';
import { RegionPicker } from '../regions/RegionPicker.tsx';
import { codeLabel } from './credit.labels.ts';
import {
  type CreditRecordDto,
  RECORD_CATEGORIES,
  type RecordBody,
  type RecordCategory,
  recordApi,
  type Severity,
  type SubjectKind,
} from './recordApi.ts';

interface RecordFormValues {
  subject: { kind: SubjectKind; name: string; uscc?: string; idNumber?: string; regionCode: string };
  category: RecordCategory;
  severity?: Severity;
  legalBasis: string;
  summary: string;
  decidedOn: Dayjs;
  publicityMonths?: number | null;
  documents?: { name: string; reference: string }[];
  regionCode: string;
}

/** The USCC rule of the record's subject: required unless a person; the same check as the server's. */
function usccRule(t: Translate, kind: () => SubjectKind | undefined) {
  return async (_rule: unknown, value: unknown) => {
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) {
      if (kind() !== 'person') throw new Error(t('credit.recordForm.usccRequired'));
      return;
    }
    const problem = usccProblemMessage(text, t);
    if (problem) throw new Error(problem);
  };
}

function toBody(values: RecordFormValues): RecordBody {
  const { subject } = values;
  const person = subject.kind === 'person';
  return {
    subject: {
      kind: subject.kind,
      name: subject.name.trim(),
      uscc: person ? undefined : subject.uscc?.trim().toUpperCase(),
      idNumber: person ? subject.idNumber?.trim().toUpperCase() : undefined,
      regionCode: subject.regionCode,
    },
    category: values.category,
    severity: values.severity,
    legalBasis: values.legalBasis.trim(),
    summary: values.summary.trim(),
    decidedOn: values.decidedOn.format('YYYY-MM-DD'),
    publicityMonths: values.publicityMonths ?? undefined,
    documents: (values.documents ?? []).map((d) => ({ name: d.name.trim(), reference: d.reference.trim() })),
    regionCode: values.regionCode,
  };
}

/** Manual entry of a credit record with its legal basis and documents (POST /credit/records). */
export function RecordFormModal(props: {
  open: boolean;
  onClose: () => void;
  onSaved: (record: CreditRecordDto) => void;
}) {
  const { t } = useI18n();
  const { me } = useAuth();
  const [form] = Form.useForm<RecordFormValues>();
  const kind = Form.useWatch(['subject', 'kind'], form);
  const region = me?.org.regionCode;
  const { saving, submit } = useFormSubmit(
    form,
    (values: RecordFormValues) => recordApi.create(toBody(values)),
    props.onSaved,
    t('credit.recordForm.saved'),
  );
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <Modal
      open={props.open}
      title={t('credit.records.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
      width={720}
      okButtonProps={{ 'data-testid': 'record-form-submit' }}
      data-testid="record-form-modal"
    >
      <Form<RecordFormValues>
        form={form}
        name="recordForm"
        layout="vertical"
        preserve={false}
        initialValues={{
          subject: { kind: 'enterprise', regionCode: region },
          category: 'penalty',
          decidedOn: dayjs(chinaToday()),
          regionCode: region,
          documents: [{ name: '', reference: '' }],
        }}
      >
        <Space wrap align="start">
          <Form.Item name={['subject', 'kind']} label={t('credit.recordForm.subjectKind')}>
            <Radio.Group
              optionType="button"
              options={(['enterprise', 'agency', 'person'] as const).map((value) => ({
                value,
                label: t(`credit.kind.${value}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name={['subject', 'regionCode']}
            label={t('credit.recordForm.subjectRegion')}
            rules={[{ required: true, message: t('credit.recordForm.regionRequired') }]}
          >
            <RegionPicker style={{ width: 260 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name={['subject', 'name']}
          label={t('credit.recordForm.subjectName')}
          rules={required(t('credit.recordForm.nameRequired'))}
        >
          <Input maxLength={200} data-testid="record-subject-name" />
        </Form.Item>
        {kind === 'person' ? (
          <Form.Item
            name={['subject', 'idNumber']}
            label={t('credit.recordForm.idNumber')}
            rules={[
              { required: true, pattern: /^[0-9]{17}[0-9Xx]$/, message: t('credit.recordForm.idNumberRule') },
            ]}
          >
            <Input className="ipp-mono" maxLength={18} data-testid="record-subject-id-number" />
          </Form.Item>
        ) : (
          <Form.Item
            name={['subject', 'uscc']}
            label={t('credit.uscc')}
            required
            normalize={(value: string | undefined) => value?.toUpperCase()}
            rules={[{ validator: usccRule(t, () => form.getFieldValue(['subject', 'kind'])) }]}
          >
            <Input
              className="ipp-mono"
              maxLength={18}
              placeholder="91440300MA5XXXXXXX"
              data-testid="record-subject-uscc"
            />
          </Form.Item>
        )}
        <Space wrap align="start">
          <Form.Item
            name="category"
            label={t('credit.record.category')}
            rules={[{ required: true, message: t('credit.recordForm.categoryRequired') }]}
          >
            <Select
              style={{ width: 240 }}
              data-testid="record-category"
              options={RECORD_CATEGORIES.map((value) => ({
                value,
                label: codeLabel(t, 'credit.category', value),
              }))}
            />
          </Form.Item>
          <Form.Item name="severity" label={t('credit.recordForm.severity')}>
            <Select
              allowClear
              style={{ width: 200 }}
              options={(['general', 'serious'] as const).map((value) => ({
                value,
                label: t(`credit.severity.${value}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="decidedOn"
            label={t('credit.recordForm.decidedOn')}
            rules={[{ required: true, message: t('credit.recordForm.decidedOnRequired') }]}
          >
            <DatePicker
              disabledDate={(day) => day.isAfter(dayjs(chinaToday()), 'day')}
              data-testid="record-decided-on"
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="legalBasis"
          label={t('credit.recordForm.legalBasis')}
          rules={[...required(t('credit.recordForm.legalBasisRequired')), { min: 2, max: 500 }]}
        >
          <Input maxLength={500} data-testid="record-legal-basis" />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('credit.recordForm.summary')}
          rules={[...required(t('credit.recordForm.summaryRequired')), { min: 2, max: 5000 }]}
        >
          <Input.TextArea rows={3} data-testid="record-summary" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="publicityMonths" label={t('credit.recordForm.publicityMonths')}>
            <InputNumber min={1} max={120} precision={0} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            name="regionCode"
            label={t('credit.recordForm.recordRegion')}
            rules={[{ required: true, message: t('credit.recordForm.regionRequired') }]}
          >
            <RegionPicker style={{ width: 260 }} />
          </Form.Item>
        </Space>
        <DocumentsList />
      </Form>
    </Modal>
  );
}

/** The documents the record rests on: each a name and its reference number. */
function DocumentsList() {
  const { t } = useI18n();
  const rule = [{ required: true, whitespace: true, message: t('credit.recordForm.docRequired') }];
  return (
    <Form.Item label={t('credit.record.documents')}>
      <Form.List name="documents">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline">
                <Form.Item name={[field.name, 'name']} rules={rule}>
                  <Input
                    placeholder={t('credit.recordForm.docName')}
                    data-testid={`record-doc-name-${field.name}`}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'reference']} rules={rule}>
                  <Input
                    placeholder={t('credit.recordForm.docReference')}
                    data-testid={`record-doc-reference-${field.name}`}
                  />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', reference: '' })}>
              {t('credit.recordForm.addDocument')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
