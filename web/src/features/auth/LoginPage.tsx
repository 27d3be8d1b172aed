import { LockOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, problemText } from '../../app/api/problem.ts';
import { useAuth } from '../../app/auth/AuthProvider.tsx';
import { useI18n } from '../../app/i18n/index.tsx';

interface LoginValues {
  username: string;
  password: string;
}

interface LoginFailure {
  text: string;
  code?: string;
}

function toFailure(error: unknown): LoginFailure {
  return { text: problemText(error), code: error instanceof ApiError ? error.code : undefined };
}

function LoginForm() {
  const { login } = useAuth();
  const { t } = useI18n();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<LoginFailure | null>(null);

  const onFinish = async ({ username, password }: LoginValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await login(username.trim(), password);
    } catch (error) {
      setFailure(toFailure(error));
      setSubmitting(false);
    }
  };

  return (
    <Form<LoginValues>
      layout="vertical"
      size="large"
      onFinish={onFinish}
      requiredMark={false}
      autoComplete="on"
    >
      {failure ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="login-error"
          title={failure.text}
          description={failure.code ? `${t('common.errorCode')}：${failure.code}` : undefined}
        />
      ) : null}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
        {t('login.submit')}
      </Button>
    </Form>
  );
}

export default function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  return (
    <div className="ipp-login-bg">
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: 16 }}>
        <Button
          type="text"
          icon={<TranslationOutlined />}
          style={{ color: '#fff' }}
          data-testid="locale-switch"
          onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
        >
          {t('header.switchLocale')}
        </Button>
      </div>
      <div style={{ flex: 1, display: 'grid', placeItems: 'center', padding: 16 }}>
        <div style={{ width: 400, maxWidth: '100%' }}>
          <div style={{ textAlign: 'center', marginBottom: 24 }}>
            <img src="/favicon.svg" alt="" width={56} height={56} />
            <Typography.Title
              level={2}
              style={{ color: '#fff', margin: '12px 0 4px' }}
              data-testid="platform-name"
            >
              {t('app.name')}
            </Typography.Title>
            <Typography.Text style={{ color: 'rgba(255,255,255,0.8)' }}>
              {t('login.subtitle')}
            </Typography.Text>
          </div>
          <Card title={t('login.title')} variant="borderless">
            <LoginForm />
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '16px 0 0' }}>
              {t('login.notice')}
            </Typography.Paragraph>
          </Card>
        </div>
      </div>
      <div
        style={{ textAlign: 'center', padding: 16, color: 'rgba(255,255,255,0.65)', fontSize: 12 }}
        data-testid="region-data-source"
      >
        {t('app.footer')}
      </div>
    </div>
  );
}
