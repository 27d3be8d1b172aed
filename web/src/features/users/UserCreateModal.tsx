import type { RoleCode, UserDto } from '@ipp/shared';
import { Form, Input, Modal, Select } from 'antd';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { PasswordFields } from './PasswordFields.tsx';
import { useRoleOptions } from './useRoles.ts';
import { usersApi } from './usersApi.ts';

/** Same rule as the server's CreateUserBody schema: a letter, then 2–49 letters, digits, '.', '_' or '-'. */
const USERNAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9._-]{2,49}$/;

interface UserCreateValues {
  username: string;
  displayName: string;
  orgId: string;
  roles: RoleCode[];
  password: string;
  confirm: string;
}

interface UserCreateModalProps {
  onClose: () => void;
  onSaved: (user: UserDto) => void;
}

export function UserCreateModal({ onClose, onSaved }: UserCreateModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<UserCreateValues>();
  const roleOptions = useRoleOptions(true);
  const create = ({ username, displayName, orgId, roles, password }: UserCreateValues) =>
    usersApi.create({ username: username.trim(), displayName: displayName.trim(), orgId, roles, password });
  const { saving, submit } = useFormSubmit(form, create, onSaved, t('users.created'));

  return (
    <Modal
      open
      title={t('users.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      width={560}
      data-testid="user-create-modal"
    >
      <Form<UserCreateValues> form={form} name="userForm" layout="vertical" autoComplete="off">
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[
            { required: true, whitespace: true, message: t('users.usernameRequired') },
            { pattern: USERNAME_PATTERN, message: t('users.usernameRule') },
          ]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={t('users.org')}
          rules={[{ required: true, message: t('users.orgRequired') }]}
        >
          <OrgSelect />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.roles')}
          rules={[{ required: true, message: t('users.rolesRequired') }]}
        >
          <Select mode="multiple" options={roleOptions} />
        </Form.Item>
        <PasswordFields label="users.password" />
      </Form>
    </Modal>
  );
}
