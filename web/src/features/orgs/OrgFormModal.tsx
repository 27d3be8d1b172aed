import { checkUscc, ORG_KIND_CODES, ORG_KINDS, type OrgDto, type OrgKind } from '@ipp/shared';
import { Form, Input, Modal, Select } from 'antd';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { RegionPicker } from '../regions/RegionPicker.tsx';
import { type OrgUpdateBody, orgsApi } from './orgsApi.ts';
import { usccValidator } from './usccRule.ts';

interface OrgFormValues {
  name: string;
  kind: OrgKind;
  regionCode: string;
  uscc?: string;
}

interface OrgFormModalProps {
  open: boolean;
  /** The organization to edit; absent when creating. */
  org?: OrgDto;
  onClose: () => void;
  onSaved: (org: OrgDto) => void;
}

function kindNeedsUscc(kind: OrgKind | undefined): boolean {
  return kind ? ORG_KINDS[kind].needsUscc : false;
}

function normalizedUscc(value: string | undefined): string | undefined {
  const text = value?.trim().toUpperCase();
  return text ? text : undefined;
}

function changes(org: OrgDto, values: OrgFormValues): OrgUpdateBody {
  const body: OrgUpdateBody = {};
  if (values.name.trim() !== org.name) body.name = values.name.trim();
  const uscc = normalizedUscc(values.uscc);
  if ((uscc ?? null) !== org.uscc) body.uscc = uscc ?? null;
  return body;
}

function UsccExtra({ uscc }: { uscc?: string }) {
  const { t } = useI18n();
  const result = uscc ? checkUscc(uscc) : undefined;
  return result?.valid && result.regionCode ? t('orgs.usccRegion', { code: result.regionCode }) : null;
}

export function OrgFormModal({ open, org, onClose, onSaved }: OrgFormModalProps) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<OrgFormValues>();
  const kind = Form.useWatch('kind', form);
  const uscc = Form.useWatch('uscc', form);
  const needsUscc = kindNeedsUscc(kind);

  const save = async (values: OrgFormValues): Promise<OrgDto> => {
    if (!org) {
      const { name, kind: orgKind, regionCode } = values;
      return orgsApi.create({
        name: name.trim(),
        kind: orgKind,
        regionCode,
        uscc: normalizedUscc(values.uscc),
      });
    }
    const body = changes(org, values);
    return Object.keys(body).length > 0 ? orgsApi.update(org.id, body) : org;
  };

  const { saving, submit } = useFormSubmit(form, save, onSaved, org ? t('orgs.updated') : t('orgs.created'));

  return (
    <Modal
      open={open}
      title={org ? t('orgs.edit') : t('orgs.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      data-testid="org-form-modal"
    >
      <Form<OrgFormValues>
        form={form}
        name="orgForm"
        layout="vertical"
        preserve={false}
        initialValues={
          org ? { name: org.name, kind: org.kind, regionCode: org.regionCode, uscc: org.uscc ?? '' } : {}
        }
      >
        <Form.Item
          name="name"
          label={t('orgs.name')}
          rules={[
            { required: true, whitespace: true, message: t('orgs.nameRequired') },
            { min: 2, max: 200, message: t('orgs.nameLength') },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('orgs.kind')}
          rules={[{ required: true, message: t('orgs.kindRequired') }]}
          extra={org ? t('orgs.fixedAfterCreate') : undefined}
        >
          <Select
            disabled={Boolean(org)}
            options={ORG_KIND_CODES.map((code) => ({ value: code, label: pick(ORG_KINDS[code]) }))}
          />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('orgs.region')}
          rules={[{ required: true, message: t('orgs.regionRequired') }]}
        >
          <RegionPicker disabled={Boolean(org)} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="uscc"
          label={t('orgs.uscc')}
          required={needsUscc}
          dependencies={['kind']}
          normalize={(value: string | undefined) => value?.toUpperCase()}
          rules={[{ validator: usccValidator(t, () => kindNeedsUscc(form.getFieldValue('kind'))) }]}
          extra={<UsccExtra uscc={uscc} />}
        >
          <Input className="ipp-mono" placeholder="91110108MA01XXXXXX" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
