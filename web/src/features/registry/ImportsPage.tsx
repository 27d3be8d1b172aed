import { ReloadOutlined } from '@ant-design/icons';
import type { ImportJobDto } from '@ipp/shared';
import { Alert, Button, Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { problemText } from '../../app/api/problem.ts';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { ImportForm } from './ImportForm.tsx';
import { ImportJobsTable } from './ImportJobsTable.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { registryApi } from './registryApi.ts';

export default function ImportsPage() {
  const { t } = useI18n();
  const title = useModuleTitle('imports');
  const jobs = useRequest(registryApi.imports);
  const [active, setActive] = useState<ImportJobDto | null>(null);

  const refresh = (
    <Button icon={<ReloadOutlined />} onClick={jobs.reload} data-testid="import-refresh">
      {t('common.refresh')}
    </Button>
  );

  return (
    <PageContainer title={title} extra={refresh} testId="imports-page">
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={9} xxl={7}>
            <Card size="small" title={t('import.newJob')}>
              <ImportForm
                onStarted={(job) => {
                  setActive(job);
                  jobs.reload();
                }}
              />
            </Card>
          </Col>
          <Col xs={24} lg={15} xxl={17}>
            {active ? (
              // A new key restarts the polling when another job is shown.
              <ImportProgress key={active.id} job={active} onFinished={() => jobs.reload()} />
            ) : (
              <Card size="small">
                <Empty description={t('import.noActive')} />
              </Card>
            )}
          </Col>
        </Row>
        <div>
          <Typography.Title level={5}>{t('import.jobs')}</Typography.Title>
          {jobs.error ? (
            <Alert type="error" showIcon title={problemText(jobs.error)} style={{ marginBottom: 12 }} />
          ) : null}
          <ImportJobsTable jobs={jobs.data?.items ?? []} loading={jobs.loading} onShow={setActive} />
        </div>
      </Flex>
    </PageContainer>
  );
}
