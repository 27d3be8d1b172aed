import { Layout, Spin } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { useI18n } from '../i18n/index.tsx';
import { HeaderBar } from './HeaderBar.tsx';
import { SideMenu } from './SideMenu.tsx';

const { Header, Sider, Content, Footer } = Layout;

function PageFallback() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
    </div>
  );
}

export function AppLayout() {
  const [collapsed, setCollapsed] = useState(false);
  const { t } = useI18n();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ position: 'sticky', top: 0, zIndex: 10 }}>
        <HeaderBar />
      </Header>
      <Layout>
        <Sider
          width={208}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          theme="light"
          style={{ borderInlineEnd: '1px solid #e5e9f0' }}
        >
          <SideMenu collapsed={collapsed} />
        </Sider>
        <Layout>
          <Content style={{ padding: 16, minWidth: 0 }}>
            <Suspense fallback={<PageFallback />}>
              <Outlet />
            </Suspense>
          </Content>
          <Footer style={{ textAlign: 'center', padding: '12px 16px', color: '#8c8c8c', fontSize: 12 }}>
            <span data-testid="region-data-source">{t('app.footer')}</span>
          </Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
