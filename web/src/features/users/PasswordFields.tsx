import { Form, Input } from 'antd';
import type { MessageKey } from '../../app/i18n/index.tsx';
import { useI18n } from '../../app/i18n/index.tsx';

/** A password and its confirmation; the form values carry `password` (and `confirm`, not sent). */
export function PasswordFields({ label }: { label: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="password"
        label={t(label)}
        extra={t('users.passwordHint')}
        rules={[{ required: true, message: t('users.passwordRequired') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('users.confirmPassword')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('users.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value) => {
              if (value && value !== getFieldValue('password')) throw new Error(t('users.passwordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
