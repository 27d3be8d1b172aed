import { LoginOutlined, TranslationOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { useAuth } from '../auth/AuthProvider.tsx';
import { useI18n } from '../i18n/index.tsx';

const { Header, Content, Footer } = Layout;
const WHITE = { color: '#fff' };
const NAV_LINK = { color: '#fff', padding: '0 8px', whiteSpace: 'nowrap' as const };

/** The frame of the pages anyone may open (verification, certificate check): no menu, no login needed. */
export function PublicLayout() {
  const { t, locale, setLocale } = useI18n();
  const { status } = useAuth();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}>
        <Link to="/verify" style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
          <img
            src="/favicon.svg"
            alt=""
            width={28}
            height={28}
            style={{ borderRadius: 4, background: '#fff' }}
          />
          <Typography.Text strong style={{ ...WHITE, fontSize: 18 }} data-testid="platform-name" ellipsis>
            {t('app.name')}
          </Typography.Text>
        </Link>
        <Space size={4} wrap={false}>
          <Link to="/verify" style={NAV_LINK} data-testid="public-nav-verify">
            {t('public.nav.verify')}
          </Link>
          <Link to="/certificates/check" style={NAV_LINK} data-testid="public-nav-check">
            {t('public.nav.check')}
          </Link>
          <Button
            type="text"
            size="small"
            icon={<TranslationOutlined />}
            style={WHITE}
            data-testid="locale-switch"
            onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
          >
            {t('header.switchLocale')}
          </Button>
          <Link
            to={status === 'authenticated' ? '/' : '/login'}
            style={NAV_LINK}
            data-testid="public-nav-login"
          >
            <LoginOutlined /> {status === 'authenticated' ? t('public.nav.workspace') : t('public.nav.login')}
          </Link>
        </Space>
      </Header>
      <Content style={{ padding: 16, width: '100%', maxWidth: 1280, margin: '0 auto' }}>
        <Suspense
          fallback={
            <div style={{ padding: 48, textAlign: 'center' }}>
              <Spin />
            </div>
          }
        >
          <Outlet />
        </Suspense>
      </Content>
      <Footer style={{ textAlign: 'center', padding: '12px 16px', color: '#8c8c8c', fontSize: 12 }}>
        {t('public.footer')}
      </Footer>
    </Layout>
  );
}
