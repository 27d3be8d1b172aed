import { UserSwitchOutlined } from '@ant-design/icons';
import type { CaseDetailDto } from '@ipp/shared';
import { Button, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../app/auth/AuthProvider.tsx';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { DueDate } from './CaseTags.tsx';
import { casesApi } from './casesApi.ts';
import { TextFormModal } from './TextFormModal.tsx';
import { UserSelect } from './UserSelect.tsx';

interface CaseSummaryProps {
  detail: CaseDetailDto;
  typeLabel: string;
  onChanged: () => void;
}

/** Who handles the case, since when, and what is due next; the assignee can be changed here. */
export function CaseSummary({ detail, typeLabel, onChanged }: CaseSummaryProps) {
  const { t, locale } = useI18n();
  const { can } = useAuth();
  const [assigning, setAssigning] = useState(false);
  const canAssign = detail.closedAt === null && can(`cases.${detail.caseType}.handle`);
  const assignee = (
    <span data-testid="case-assignee">
      {detail.assigneeName ?? <Typography.Text type="secondary">{t('cases.unassigned')}</Typography.Text>}
      {canAssign ? (
        <Button
          type="link"
          size="small"
          icon={<UserSwitchOutlined />}
          onClick={() => setAssigning(true)}
          data-testid="case-assign"
        >
          {t('cases.assign')}
        </Button>
      ) : null}
    </span>
  );
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, lg: 3 }}
        data-testid="case-summary"
        items={[
          { key: 'type', label: t('cases.field.type'), children: typeLabel },
          { key: 'org', label: t('cases.field.org'), children: detail.orgName },
          { key: 'region', label: t('common.region'), children: detail.regionName ?? detail.regionCode },
          { key: 'assignee', label: t('cases.field.assignee'), children: assignee },
          {
            key: 'opened',
            label: t('cases.field.openedAt'),
            children: formatDateTime(detail.openedAt, locale),
          },
          { key: 'act', label: t('cases.field.actDate'), children: detail.actDate },
          {
            key: 'due',
            label: t('cases.field.nextDue'),
            children: <DueDate date={detail.nextDueOn} overdue={detail.overdue} />,
          },
          ...(detail.closedAt
            ? [
                {
                  key: 'closed',
                  label: t('cases.field.closedAt'),
                  children: formatDateTime(detail.closedAt, locale),
                },
              ]
            : []),
        ]}
      />
      {assigning ? (
        <TextFormModal<{ assigneeId: string }>
          title={t('cases.assign')}
          fields={[
            {
              name: 'assigneeId',
              label: t('cases.field.assignee'),
              kind: 'text',
              required: true,
              control: <UserSelect orgId={detail.orgId} />,
            },
          ]}
          onSubmit={(v) => casesApi.assign(detail.id, v.assigneeId)}
          successText={t('cases.assigned')}
          onClose={() => setAssigning(false)}
          onSaved={() => {
            setAssigning(false);
            onChanged();
          }}
          testId="assign-modal"
        />
      ) : null}
    </>
  );
}
