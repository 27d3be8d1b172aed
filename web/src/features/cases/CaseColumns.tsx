import type { CaseSummaryDto, CaseTypeRulesDto } from '@ipp/shared';
import { Space, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { CaseStateTag, DueDate, ProcedureTag, SupervisedTag } from './CaseTags.tsx';
import { casePagePath } from './caseType.ts';
import { isTerminal, stateLabelOf } from './useCaseRules.ts';

/** Case list columns, shared by the queue page and the supervision view. */
export function useCaseColumns(rules?: CaseTypeRulesDto): TableColumnsType<CaseSummaryDto> {
  const { t, locale } = useI18n();
  return [
    {
      title: t('cases.field.caseNumber'),
      dataIndex: 'caseNumber',
      width: 210,
      render: (_, row) => (
        <Link to={casePagePath(row.caseType, row.id)} data-testid="case-link" data-id={row.id}>
          {row.caseNumber ?? <Typography.Text type="secondary">{t('cases.noNumber')}</Typography.Text>}
        </Link>
      ),
    },
    {
      title: t('cases.field.title'),
      dataIndex: 'title',
      width: 300,
      ellipsis: true,
      render: (title: string, row) => (
        <Space size={4}>
          <Link to={casePagePath(row.caseType, row.id)}>{title}</Link>
          {row.supervised ? <SupervisedTag /> : null}
        </Space>
      ),
    },
    {
      title: t('cases.field.state'),
      dataIndex: 'state',
      width: 150,
      render: (state: string, row) => (
        <Space size={0} wrap>
          <CaseStateTag
            state={state}
            label={stateLabelOf(rules, state, row.stateLabel)}
            terminal={isTerminal(rules, state) || row.closedAt !== null}
          />
          <ProcedureTag procedure={row.procedure} />
        </Space>
      ),
    },
    { title: t('cases.field.org'), dataIndex: 'orgName', width: 200, ellipsis: true },
    {
      title: t('cases.field.assignee'),
      dataIndex: 'assigneeName',
      width: 110,
      render: (name: string | null) =>
        name ?? <Typography.Text type="secondary">{t('cases.unassigned')}</Typography.Text>,
    },
    {
      title: t('cases.field.nextDue'),
      dataIndex: 'nextDueOn',
      width: 130,
      render: (date: string | null, row) => <DueDate date={date} overdue={row.overdue} />,
    },
    {
      title: t('cases.field.openedAt'),
      dataIndex: 'openedAt',
      width: 170,
      render: (at: string) => formatDateTime(at, locale),
    },
  ];
}
