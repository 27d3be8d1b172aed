import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { CASE_TYPE_LABELS, type CaseDetailDto } from '@ipp/shared';
import { Alert, Button, Flex, Result, Skeleton, Space, Tabs } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, problemText } from '../../app/api/problem.ts';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { CaseActions } from './CaseActions.tsx';
import { CaseAssistance } from './CaseAssistance.tsx';
import { CaseDeadlines } from './CaseDeadlines.tsx';
import { CaseFiles } from './CaseFiles.tsx';
import { CaseNotes } from './CaseNotes.tsx';
import { CaseOverview } from './CaseOverview.tsx';
import { CaseSummary } from './CaseSummary.tsx';
import { CaseSupervision } from './CaseSupervision.tsx';
import { CaseStateTag, ProcedureTag, SupervisedTag } from './CaseTags.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { casesApi } from './casesApi.ts';
import { queuePath, useCaseTypeFromPath } from './caseType.ts';
import { isTerminal, stateLabelOf, useCaseRules } from './useCaseRules.ts';

function withCount(label: string, count: number) {
  return count > 0 ? `${label} (${count})` : label;
}

function CaseTabs({
  detail,
  reload,
  rules,
}: {
  detail: CaseDetailDto;
  reload: () => void;
  rules: ReturnType<typeof useCaseRules>['rules'];
}) {
  const { t } = useI18n();
  const items = [
    {
      key: 'overview',
      label: t('cases.tab.overview'),
      children: <CaseOverview detail={detail} rules={rules} onChanged={reload} />,
    },
    {
      key: 'deadlines',
      label: withCount(t('cases.tab.deadlines'), detail.deadlines.filter((d) => d.status === 'open').length),
      children: <CaseDeadlines deadlines={detail.deadlines} />,
    },
    { key: 'timeline', label: t('cases.tab.timeline'), children: <CaseTimeline events={detail.events} /> },
    {
      key: 'files',
      label: withCount(t('cases.tab.files'), detail.files.length),
      children: <CaseFiles detail={detail} onChanged={reload} />,
    },
    {
      key: 'notes',
      label: withCount(t('cases.tab.notes'), detail.notes.length),
      children: <CaseNotes detail={detail} onChanged={reload} />,
    },
    {
      key: 'supervision',
      label: t('cases.tab.supervision'),
      children: <CaseSupervision detail={detail} onChanged={reload} />,
    },
  ];
  if (detail.caseType === 'enforcement') {
    items.push({
      key: 'assistance',
      label: withCount(t('cases.tab.assistance'), detail.assistance.length),
      children: <CaseAssistance detail={detail} onChanged={reload} />,
    });
  }
  return <Tabs items={items} data-testid="case-tabs" destroyOnHidden />;
}

/** One case: where it stands, what can be done next, and everything recorded on it. */
export default function CaseDetailPage() {
  const { t, pick } = useI18n();
  const caseType = useCaseTypeFromPath();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { rules } = useCaseRules(caseType);
  const load = useCallback(() => casesApi.get(caseType, id), [caseType, id]);
  const { data, loading, error, reload } = useRequest(load);
  // A transition answers with the whole case, so the page shows it without asking again.
  const [detail, setDetail] = useState<CaseDetailDto>();
  useEffect(() => setDetail(data), [data]);

  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate(queuePath(caseType))}
      data-testid="case-back"
    >
      {t('cases.back')}
    </Button>
  );

  if (error && !loading) {
    const notFound = error instanceof ApiError && error.status === 404;
    return (
      <PageContainer title={t('cases.detail')} extra={back} testId="case-page">
        <Result
          status={notFound ? '404' : 'error'}
          title={notFound ? t('cases.notFound') : t('cases.loadFailed')}
          subTitle={problemText(error)}
          extra={notFound ? null : <Button onClick={reload}>{t('common.retry')}</Button>}
        />
      </PageContainer>
    );
  }
  if (!detail || detail.id !== id) {
    return (
      <PageContainer title={t('cases.detail')} extra={back} testId="case-page">
        <Skeleton active paragraph={{ rows: 10 }} />
      </PageContainer>
    );
  }

  const terminal = isTerminal(rules, detail.state) || detail.closedAt !== null;
  const title = (
    <Space size={8} wrap>
      <span data-testid="case-number">{detail.caseNumber ?? t('cases.noNumber')}</span>
      <span data-testid="case-title">{detail.title}</span>
      <CaseStateTag
        state={detail.state}
        label={stateLabelOf(rules, detail.state, detail.stateLabel)}
        terminal={terminal}
      />
      <ProcedureTag procedure={detail.procedure} reason={detail.procedureReason} />
      {detail.supervised ? <SupervisedTag /> : null}
    </Space>
  );
  const extra = (
    <>
      {back}
      <Button icon={<ReloadOutlined />} onClick={reload} loading={loading} data-testid="case-reload">
        {t('common.refresh')}
      </Button>
    </>
  );
  return (
    <PageContainer title={title} extra={extra} testId="case-page">
      <Flex
        vertical
        gap={12}
        data-testid="case-detail"
        data-state={detail.state}
        data-version={detail.version}
      >
        {detail.procedureReason ? (
          <Alert
            type="info"
            showIcon
            title={t('cases.procedureReason')}
            description={detail.procedureReason}
            data-testid="case-procedure-reason"
          />
        ) : null}
        <CaseSummary detail={detail} typeLabel={pick(CASE_TYPE_LABELS[detail.caseType])} onChanged={reload} />
        <CaseActions detail={detail} onChanged={setDetail} reload={reload} />
        <CaseTabs detail={detail} reload={reload} rules={rules} />
      </Flex>
    </PageContainer>
  );
}
