import { DownloadOutlined } from '@ant-design/icons';
import type { ImportJobDto } from '@ipp/shared';
import { Alert, Button, Card, Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../app/i18n/format.ts';
import { type MessageKey, useI18n } from '../../app/i18n/index.tsx';
import { ImportStatusTag, importPercent, processedRows } from './importStatus.tsx';
import { registryApi } from './registryApi.ts';

const POLL_MS = 1000;
const MAX_POLL_FAILURES = 10;

/** Follows a running job once a second until it ends; tells the caller when it does. */
function useJobPolling(initial: ImportJobDto, onFinished: (job: ImportJobDto) => void) {
  const [job, setJob] = useState(initial);
  const [failures, setFailures] = useState(0);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    if (job.status !== 'running' || failures >= MAX_POLL_FAILURES) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      registryApi
        .importJob(job.id)
        .then((next) => {
          if (cancelled) return;
          setFailures(0);
          setJob(next);
          if (next.status !== 'running') finished.current(next);
        })
        .catch(() => {
          if (!cancelled) setFailures((count) => count + 1);
        });
    }, POLL_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [job, failures]);

  return { job, lost: failures >= MAX_POLL_FAILURES, retry: () => setFailures(0) };
}

const COUNTS: { key: 'inserted' | 'updated' | 'unchanged' | 'rejected' | 'warnings'; label: MessageKey }[] = [
  { key: 'inserted', label: 'import.count.inserted' },
  { key: 'updated', label: 'import.count.updated' },
  { key: 'unchanged', label: 'import.count.unchanged' },
  { key: 'rejected', label: 'import.count.rejected' },
  { key: 'warnings', label: 'import.count.warnings' },
];

interface ImportProgressProps {
  job: ImportJobDto;
  onFinished: (job: ImportJobDto) => void;
}

export function ImportProgress({ job: initial, onFinished }: ImportProgressProps) {
  const { t, locale } = useI18n();
  const { job, lost, retry } = useJobPolling(initial, onFinished);
  const percent = importPercent(job);
  const progressStatus =
    job.status === 'completed' ? 'success' : job.status === 'running' ? 'active' : 'exception';
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <Typography.Text ellipsis style={{ maxWidth: 360 }}>
            {job.fileName}
          </Typography.Text>
          <ImportStatusTag status={job.status} />
        </Flex>
      }
      extra={
        job.status !== 'running' ? (
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={registryApi.reportUrl(job.id)}
            data-testid="import-report"
          >
            {t('import.report')}
          </Button>
        ) : null
      }
      data-testid="import-progress"
      data-status={job.status}
      data-job-id={job.id}
    >
      <Flex vertical gap={12}>
        <Progress percent={percent} status={progressStatus} data-testid="import-progress-bar" />
        <Typography.Text type="secondary" data-testid="import-progress-lines">
          {job.total
            ? t('import.progress', { line: job.committedLine, total: job.total, done: processedRows(job) })
            : t('import.progressUnknown', { line: job.committedLine })}
        </Typography.Text>
        <Row gutter={[12, 12]}>
          {COUNTS.map(({ key, label }) => (
            <Col key={key} xs={12} sm={8} md={4} style={{ minWidth: 96 }}>
              <Statistic
                title={t(label)}
                value={job[key]}
                styles={
                  key === 'rejected' && job.rejected > 0 ? { content: { color: '#cf1322' } } : undefined
                }
                data-testid={`import-count-${key}`}
              />
            </Col>
          ))}
        </Row>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('import.startedAt')}：{formatDateTime(job.startedAt, locale)}
          {job.finishedAt ? `　${t('import.finishedAt')}：${formatDateTime(job.finishedAt, locale)}` : ''}
        </Typography.Text>
        {lost ? (
          <Alert
            type="warning"
            showIcon
            title={t('import.pollLost')}
            action={
              <Button size="small" onClick={retry}>
                {t('common.retry')}
              </Button>
            }
          />
        ) : null}
      </Flex>
    </Card>
  );
}
