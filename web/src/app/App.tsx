import { App as AntApp, ConfigProvider } from 'antd';
import enUSLocale from 'antd/locale/en_US';
import zhCNLocale from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter } from 'react-router';
import { FeedbackBridge } from './api/FeedbackBridge.tsx';
import { AuthProvider } from './auth/AuthProvider.tsx';
import { I18nProvider, useI18n } from './i18n/index.tsx';
import { AppRoutes } from './routes.tsx';
import { appTheme } from './theme.ts';

function LocalizedApp() {
  const { locale } = useI18n();
  dayjs.locale(locale === 'en-US' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider
      locale={locale === 'en-US' ? enUSLocale : zhCNLocale}
      theme={appTheme}
      componentSize="middle"
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <FeedbackBridge />
        <BrowserRouter>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <LocalizedApp />
    </I18nProvider>
  );
}
