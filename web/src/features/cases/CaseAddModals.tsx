import { type CaseDetailDto, RIGHT_TYPE_LABELS, RIGHT_TYPES } from '@ipp/shared';
import { Form, Input, Modal, Select } from 'antd';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { cleanParty } from './caseForms.ts';
import { casesApi, type PartyInput, type RightInput } from './casesApi.ts';
import { PartyFields } from './PartyFields.tsx';

interface AddModalProps {
  detail: CaseDetailDto;
  onClose: () => void;
  onSaved: () => void;
}

/** A party found after intake (a second infringer, an agent). */
export function AddPartyModal({ detail, onClose, onSaved }: AddModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<PartyInput>();
  const save = (values: PartyInput) => casesApi.addParty(detail.id, cleanParty(values));
  const { saving, submit } = useFormSubmit(form, save, onSaved, t('cases.party.added'));
  return (
    <Modal
      open
      title={t('cases.party.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      width={760}
      data-testid="add-party-modal"
    >
      <Form<PartyInput> form={form} name="addParty" layout="vertical" autoComplete="off">
        <PartyFields caseType={detail.caseType} prefix={[]} />
      </Form>
    </Modal>
  );
}

/** A right added to the case; the server checks it against the registry as it is added. */
export function AddRightModal({ detail, onClose, onSaved }: AddModalProps) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<RightInput>();
  const save = (values: RightInput) =>
    casesApi.addRight(detail.id, { rightType: values.rightType, number: values.number.trim() });
  const { saving, submit } = useFormSubmit(form, save, onSaved, t('cases.right.added'));
  return (
    <Modal
      open
      title={t('cases.right.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      data-testid="add-right-modal"
    >
      <Form<RightInput> form={form} name="addRight" layout="vertical" initialValues={{ rightType: 'patent' }}>
        <Form.Item
          name="rightType"
          label={t('cases.right.type')}
          rules={[{ required: true, message: t('cases.right.typeRequired') }]}
        >
          <Select
            options={RIGHT_TYPES.map((type) => ({ value: type, label: pick(RIGHT_TYPE_LABELS[type]) }))}
          />
        </Form.Item>
        <Form.Item
          name="number"
          label={t('cases.right.number')}
          rules={[{ required: true, whitespace: true, message: t('cases.right.numberRequired') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
