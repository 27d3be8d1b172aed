import { ORG_KINDS, PERMISSIONS, REGION_LEVEL_LABELS, ROLES } from '@ipp/shared';
import { Card, Col, Descriptions, Empty, Flex, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useAuth, useMe } from '../../app/auth/AuthProvider.tsx';
import { useI18n } from '../../app/i18n/index.tsx';
import { visibleModules } from '../../app/registry.tsx';

function OrgCard() {
  const me = useMe();
  const { t, pick } = useI18n();
  return (
    <Card title={t('home.org')} size="small" data-testid="home-org-card" style={{ height: '100%' }}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: t('orgs.name'), children: me.org.name },
          { key: 'kind', label: t('home.orgKind'), children: pick(ORG_KINDS[me.org.kind]) },
        ]}
      />
    </Card>
  );
}

function JurisdictionCard() {
  const me = useMe();
  const { t, pick } = useI18n();
  return (
    <Card
      title={t('home.jurisdiction')}
      size="small"
      data-testid="home-jurisdiction-card"
      style={{ height: '100%' }}
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'region',
            label: t('common.region'),
            children: (
              <Space size={6}>
                {me.org.regionName}
                <Tag color="blue">{pick(REGION_LEVEL_LABELS[me.org.level])}</Tag>
              </Space>
            ),
          },
          {
            key: 'code',
            label: t('home.regionCode'),
            children: <span className="ipp-mono">{me.org.regionCode}</span>,
          },
        ]}
      />
    </Card>
  );
}

function RolesCard() {
  const me = useMe();
  const { t, pick } = useI18n();
  return (
    <Card title={t('home.roles')} size="small" data-testid="home-roles-card" style={{ height: '100%' }}>
      <Flex wrap gap={4} style={{ marginBottom: 8 }}>
        {me.roles.map((role) => (
          <Tag key={role} color="geekblue">
            {ROLES[role] ? pick(ROLES[role]) : role}
          </Tag>
        ))}
      </Flex>
      <Flex wrap gap={4}>
        {me.permissions.map((permission) => (
          <Tag key={permission} variant="filled" title={permission}>
            {PERMISSIONS[permission] ? pick(PERMISSIONS[permission]) : permission}
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}

function ModulesCard() {
  const { can } = useAuth();
  const { t, pick } = useI18n();
  const modules = visibleModules(can).filter((m) => m.key !== 'home');
  return (
    <Card title={t('home.modules')} size="small" data-testid="home-modules-card">
      {modules.length === 0 ? (
        <Empty description={t('home.noModules')} />
      ) : (
        <Row gutter={[12, 12]}>
          {modules.map((m) => (
            <Col key={m.key} xs={24} sm={12} lg={6}>
              <Link to={m.path} data-testid={`home-module-${m.key}`}>
                <Card hoverable size="small">
                  <Card.Meta
                    avatar={<span style={{ fontSize: 24, color: '#1d4e89' }}>{m.icon}</span>}
                    title={pick(m.label)}
                    description={pick(m.description)}
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

export default function HomePage() {
  const me = useMe();
  const { t } = useI18n();
  return (
    <Flex vertical gap={16}>
      <Card variant="borderless" size="small">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="home-welcome">
          {t('home.welcome', { name: me.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('home.subtitle', { username: me.username })}</Typography.Text>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <OrgCard />
        </Col>
        <Col xs={24} md={8}>
          <JurisdictionCard />
        </Col>
        <Col xs={24} md={8}>
          <RolesCard />
        </Col>
      </Row>
      <ModulesCard />
    </Flex>
  );
}
