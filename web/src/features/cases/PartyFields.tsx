import type { CaseType } from '@ipp/shared';
import { Col, Form, Input, Row, Select } from 'antd';
import { type Translate, useI18n } from '../../app/i18n/index.tsx';
import { usccValidator } from '../orgs/usccRule.ts';
import type { PartyKind } from './casesApi.ts';
import { PARTY_ROLES, partyRoleLabel } from './partyRoles.ts';

const KINDS: PartyKind[] = ['enterprise', 'person', 'agent', 'organization'];

interface PartyFieldsProps {
  caseType: CaseType;
  /** The name prefix inside the form: [index] in the intake form's party list, [] in the add-party form. */
  prefix: (string | number)[];
  /** The full path of the list in the form, needed to read the kind of this party. */
  listPath?: (string | number)[];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 check of a resident identity number, as the server checks it before masking it. */
function idNumberValidator(t: Translate) {
  return async (_rule: unknown, value: unknown) => {
    const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
    if (!text) return;
    const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(text[i]), 0);
    if (!/^\d{17}[\dX]$/.test(text) || ID_CHECK[sum % 11] !== text[17])
      throw new Error(t('cases.party.idInvalid'));
  };
}

/** The fields of one party: who they are in the case, and how they are identified. */
export function PartyFields({ caseType, prefix, listPath = [] }: PartyFieldsProps) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const kind = Form.useWatch([...listPath, ...prefix, 'kind'], form) as PartyKind | undefined;
  const roles = PARTY_ROLES[caseType];
  const name = (field: string) => [...prefix, field];
  return (
    <Row gutter={12}>
      <Col xs={24} sm={8}>
        <Form.Item
          name={name('role')}
          label={t('cases.party.role')}
          rules={[{ required: true, message: t('cases.party.roleRequired') }]}
        >
          <Select
            options={roles.map((role) => ({ value: role, label: partyRoleLabel(caseType, role, t) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={6}>
        <Form.Item
          name={name('kind')}
          label={t('cases.party.kind')}
          initialValue="enterprise"
          rules={[{ required: true, message: t('cases.party.kindRequired') }]}
        >
          <Select options={KINDS.map((k) => ({ value: k, label: t(`cases.partyKind.${k}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={10}>
        <Form.Item
          name={name('name')}
          label={t('cases.party.name')}
          rules={[{ required: true, whitespace: true, message: t('cases.party.nameRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      {kind === 'person' ? (
        <Col xs={24} sm={8}>
          <Form.Item
            name={name('idNumber')}
            label={t('cases.party.idNumber')}
            extra={t('cases.party.idMasked')}
            rules={[{ validator: idNumberValidator(t) }]}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
        </Col>
      ) : (
        <Col xs={24} sm={8}>
          <Form.Item
            name={name('uscc')}
            label={t('cases.party.uscc')}
            rules={[{ validator: usccValidator(t, () => kind === 'enterprise') }]}
          >
            <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} sm={6}>
        <Form.Item name={name('contact')} label={t('cases.party.contact')}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={10}>
        <Form.Item name={name('address')} label={t('cases.party.address')}>
          <Input maxLength={300} />
        </Form.Item>
      </Col>
    </Row>
  );
}
