import {
  ApartmentOutlined,
  EnvironmentOutlined,
  LogoutOutlined,
  TranslationOutlined,
} from '@ant-design/icons';
import { REGION_LEVEL_LABELS } from '@ipp/shared';
import { Avatar, Button, Divider, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useAuth, useMe } from '../auth/AuthProvider.tsx';
import { useI18n } from '../i18n/index.tsx';

const WHITE = { color: '#fff' };
const MUTED = { color: 'rgba(255,255,255,0.85)' };

function Brand() {
  const { t } = useI18n();
  return (
    <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
      <img src="/favicon.svg" alt="" width={28} height={28} style={{ borderRadius: 4, background: '#fff' }} />
      <Typography.Text
        strong
        style={{ ...WHITE, fontSize: 18, letterSpacing: 1 }}
        data-testid="platform-name"
      >
        {t('app.name')}
      </Typography.Text>
    </Link>
  );
}

function LocaleSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
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
  );
}

function Identity() {
  const me = useMe();
  const { pick } = useI18n();
  return (
    <Space size={12} style={MUTED}>
      <span data-testid="header-region">
        <EnvironmentOutlined /> {me.org.regionName}{' '}
        <Tag color="gold" variant="filled" style={{ marginInlineEnd: 0 }}>
          {pick(REGION_LEVEL_LABELS[me.org.level])}
        </Tag>
      </span>
      <span data-testid="header-org-name">
        <ApartmentOutlined /> {me.org.name}
      </span>
      <Space size={6}>
        <Avatar size="small" style={{ background: '#f0b429', color: '#1d4e89' }}>
          {me.displayName.slice(0, 1)}
        </Avatar>
        <span style={WHITE} data-testid="header-display-name">
          {me.displayName}
        </span>
      </Space>
    </Space>
  );
}

export function HeaderBar() {
  const { logout } = useAuth();
  const { t } = useI18n();
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: '100%' }}>
      <Brand />
      <Space
        size={4}
        separator={<Divider orientation="vertical" style={{ borderColor: 'rgba(255,255,255,0.3)' }} />}
      >
        <Identity />
        <LocaleSwitch />
        <Button
          type="text"
          size="small"
          icon={<LogoutOutlined />}
          style={WHITE}
          data-testid="logout-button"
          onClick={() => void logout()}
        >
          {t('header.logout')}
        </Button>
      </Space>
    </div>
  );
}
