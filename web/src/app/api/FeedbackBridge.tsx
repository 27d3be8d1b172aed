import { App, Typography } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { setErrorReporter } from './client.ts';
import type { ProblemDetails } from './problem.ts';

/**
 * Connects the API client to antd's context-aware notification API, so every failed call
 * shows the server's problem detail together with its error code and request id.
 */
export function FeedbackBridge() {
  const { notification } = App.useApp();
  const { t } = useI18n();

  useEffect(() => {
    setErrorReporter((problem: ProblemDetails) => {
      const network = problem.code === 'NETWORK_ERROR';
      notification.error({
        key: problem.requestId,
        title: network ? t('common.networkError') : problem.detail || problem.title,
        description: <ProblemMeta problem={problem} />,
        duration: 6,
      });
    });
  }, [notification, t]);

  return null;
}

function ProblemMeta({ problem }: { problem: ProblemDetails }) {
  const { t } = useI18n();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {problem.detail && problem.title !== problem.detail ? <div>{problem.title}</div> : null}
      {problem.errors?.map((error) => (
        <div key={`${error.path}:${error.message}`}>
          {error.path}：{error.message}
        </div>
      ))}
      {problem.code ? (
        <div data-testid="error-code">
          {t('common.errorCode')}：{problem.code}
        </div>
      ) : null}
      {problem.requestId ? (
        <div>
          {t('common.requestId')}：{problem.requestId}
        </div>
      ) : null}
    </Typography.Text>
  );
}
