import { ArrowLeftOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { RightDetailDto } from '@ipp/shared';
import { Button, Card, Collapse, Flex, Result, Skeleton, Space } from 'antd';
import { type ReactNode, useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, problemText } from '../../app/api/problem.ts';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { RightFacts } from './RightFacts.tsx';
import { AuthorizedUsersTable, CurrentHolders, HolderHistoryTable } from './RightHolders.tsx';
import { RightClasses, RightNumbers, RightOverview, RightSource } from './RightOverview.tsx';
import { RightStatusTag, RightTypeTag } from './RightTags.tsx';
import { RightTimeline } from './RightTimeline.tsx';
import { registryApi } from './registryApi.ts';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      {children}
    </Card>
  );
}

function RightBody({ right }: { right: RightDetailDto }) {
  const { t } = useI18n();
  const hasData = right.data && Object.keys(right.data).length > 0;
  return (
    <Flex vertical gap={12}>
      <RightOverview right={right} />
      <RightFacts right={right} />
      <Section title={t('registry.detail.numbers')}>
        <RightNumbers right={right} />
      </Section>
      <Section title={t('registry.detail.classes')}>
        <RightClasses right={right} />
      </Section>
      <Section title={t('registry.detail.holders')} testId="right-holders">
        <Flex vertical gap={8}>
          <div>
            <span style={{ marginInlineEnd: 8 }}>{t('registry.detail.currentHolders')}：</span>
            <CurrentHolders right={right} />
          </div>
          <HolderHistoryTable holders={right.holderHistory ?? []} />
        </Flex>
      </Section>
      {right.type === 'gi' || right.authorizedUsers?.length ? (
        <Section title={t('registry.detail.authorizedUsers')}>
          <AuthorizedUsersTable users={right.authorizedUsers ?? []} />
        </Section>
      ) : null}
      <Section title={t('registry.detail.timeline')}>
        <RightTimeline events={right.events ?? []} />
      </Section>
      <Section title={t('registry.detail.source')}>
        <RightSource right={right} />
        {hasData ? (
          <Collapse
            size="small"
            items={[
              {
                key: 'data',
                label: t('registry.detail.rawData'),
                children: <pre className="ipp-json">{JSON.stringify(right.data, null, 2)}</pre>,
              },
            ]}
          />
        ) : null}
      </Section>
    </Flex>
  );
}

export default function RightDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const load = useCallback(() => registryApi.get(id), [id]);
  const { data: right, loading, error, reload } = useRequest(load);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} data-testid="right-back">
      {t('registry.detail.back')}
    </Button>
  );

  if (error && !loading) {
    const notFound = error instanceof ApiError && error.status === 404;
    return (
      <PageContainer title={t('registry.detail.title')} extra={back} testId="right-detail-page">
        <Result
          status={notFound ? '404' : 'error'}
          title={notFound ? t('registry.detail.notFound') : t('registry.detail.loadFailed')}
          subTitle={problemText(error)}
          extra={notFound ? null : <Button onClick={reload}>{t('common.retry')}</Button>}
          data-testid="right-error"
        />
      </PageContainer>
    );
  }
  if (!right || (loading && right.id !== id)) {
    return (
      <PageContainer title={t('registry.detail.title')} extra={back} testId="right-detail-page">
        <Skeleton active paragraph={{ rows: 8 }} />
      </PageContainer>
    );
  }

  const verify = () => {
    const params = new URLSearchParams({ type: right.type, number: right.number });
    navigate(`/registry/verify?${params}`);
  };
  const title = (
    <Space size={8} wrap>
      <span data-testid="right-title">{right.title}</span>
      <RightTypeTag type={right.type} />
      <RightStatusTag status={right.status} />
    </Space>
  );
  const actions = (
    <>
      {back}
      <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={verify} data-testid="right-verify">
        {t('registry.detail.verify')}
      </Button>
    </>
  );
  return (
    <PageContainer title={title} extra={actions} testId="right-detail-page">
      <RightBody right={right} />
    </PageContainer>
  );
}
