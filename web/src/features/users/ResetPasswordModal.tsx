import type { UserDto } from '@ipp/shared';
import { Form, Modal } from 'antd';
import { useFormSubmit } from '../../app/hooks/useFormSubmit.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PasswordFields } from './PasswordFields.tsx';
import { usersApi } from './usersApi.ts';

interface PasswordValues {
  password: string;
  confirm: string;
}

interface ResetPasswordModalProps {
  user: UserDto;
  onClose: () => void;
  onSaved: () => void;
}

export function ResetPasswordModal({ user, onClose, onSaved }: ResetPasswordModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<PasswordValues>();
  const reset = ({ password }: PasswordValues) => usersApi.resetPassword(user.id, password);
  const { saving, submit } = useFormSubmit(form, reset, onSaved, t('users.passwordReset'));

  return (
    <Modal
      open
      title={`${t('users.resetPassword')}：${user.displayName}（${user.username}）`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      width={480}
      data-testid="user-password-modal"
    >
      <Form<PasswordValues> form={form} name="passwordForm" layout="vertical" autoComplete="off">
        <PasswordFields label="users.newPassword" />
      </Form>
    </Modal>
  );
}
