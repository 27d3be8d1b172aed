import type { RoleCode, UserDto } from '@ipp/shared';
import { Form, Input, Modal, Select, Switch } from 'antd';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { useRoleOptions } from './useRoles.ts';
import { type UserUpdateBody, usersApi } from './usersApi.ts';

interface UserEditValues {
  displayName: string;
  roles: RoleCode[];
  disabled: boolean;
}

interface UserEditModalProps {
  user: UserDto;
  onClose: () => void;
  onSaved: (user: UserDto) => void;
}

function sameRoles(a: readonly RoleCode[], b: readonly RoleCode[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}

/** Only the fields that changed, so the audit trail records exactly what the administrator did. */
function changes(user: UserDto, values: UserEditValues): UserUpdateBody {
  const body: UserUpdateBody = {};
  if (values.displayName.trim() !== user.displayName) body.displayName = values.displayName.trim();
  if (!sameRoles(values.roles, user.roles)) body.roles = values.roles;
  if (values.disabled !== user.disabled) body.disabled = values.disabled;
  return body;
}

export function UserEditModal({ user, onClose, onSaved }: UserEditModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<UserEditValues>();
  const roleOptions = useRoleOptions(true);
  const save = async (values: UserEditValues) => {
    const body = changes(user, values);
    return Object.keys(body).length > 0 ? usersApi.update(user.id, body) : user;
  };
  const { saving, submit } = useFormSubmit(form, save, onSaved, t('users.updated'));

  return (
    <Modal
      open
      title={`${t('users.edit')}：${user.username}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      width={520}
      data-testid="user-edit-modal"
    >
      <Form<UserEditValues>
        form={form}
        name="userEditForm"
        layout="vertical"
        initialValues={{ displayName: user.displayName, roles: user.roles, disabled: user.disabled }}
      >
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.roles')}
          rules={[{ required: true, message: t('users.rolesRequired') }]}
        >
          <Select mode="multiple" options={roleOptions} />
        </Form.Item>
        <Form.Item name="disabled" label={t('users.disabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
