import { PlusOutlined } from '@ant-design/icons';
import type {
  CaseDetailDto,
  CaseFieldDto,
  CasePartyDto,
  CaseRightDto,
  CaseType,
  CaseTypeRulesDto,
} from '@ipp/shared';
import { Button, Card, Descriptions, Empty, Flex, Popover, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../app/i18n/format.ts';
import { type Translate, useI18n } from '../../app/i18n/index.tsx';
import { RightStatusTag, RightTypeTag } from '../registry/RightTags.tsx';
import { AddPartyModal, AddRightModal } from './CaseAddModals.tsx';
import { formatMoney } from './CaseTags.tsx';
import { MediatorSuggestions } from './MediatorSuggestions.tsx';
import { partyRoleLabel } from './partyRoles.ts';

function factText(
  value: unknown,
  field: CaseFieldDto | undefined,
  t: Translate,
  pick: (l: { zh: string; en: string }) => string,
) {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('cases.yes') : t('cases.no');
  if (field?.type === 'money' && typeof value === 'number') return formatMoney(value);
  if (field?.type === 'enum') {
    const option = field.options?.find((o) => o.value === value);
    if (option) return pick(option.label);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The step fields all case types use (server engine/fields.ts: OPINION, REASONS). */
const SHARED_STEP_FIELDS: CaseFieldDto[] = [
  { key: 'opinion', label: { zh: '承办意见', en: 'Handling opinion' }, type: 'textarea', required: true },
  { key: 'reasons', label: { zh: '理由', en: 'Reasons' }, type: 'textarea', required: true },
];

function Facts({ detail, rules }: { detail: CaseDetailDto; rules: CaseTypeRulesDto | undefined }) {
  const { t, pick } = useI18n();
  const intake = rules?.intakeFields ?? [];
  // Facts later steps recorded are labelled by the field that asked for them when an action on
  // offer still declares it, or by the fields every case type shares; the rest show their key.
  const fields = new Map(
    [
      ...SHARED_STEP_FIELDS,
      ...(rules?.stepFields ?? []),
      ...detail.actions.flatMap((a) => a.fields),
      ...intake,
    ].map((f) => [f.key, f]),
  );
  const intakeKeys = new Set(intake.map((f) => f.key));
  const keys = [
    ...intake.map((f) => f.key).filter((k) => k in detail.facts),
    ...Object.keys(detail.facts).filter((k) => !intakeKeys.has(k)),
  ];
  if (keys.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 2 }}
      data-testid="case-facts"
      items={keys.map((key) => {
        const field = fields.get(key);
        return {
          key,
          label: field ? pick(field.label) : key,
          children: <span data-fact={key}>{factText(detail.facts[key], field, t, pick)}</span>,
        };
      })}
    />
  );
}

function PartiesTable({ caseType, parties }: { caseType: CaseType; parties: CasePartyDto[] }) {
  const { t } = useI18n();
  return (
    <Table<CasePartyDto>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={parties}
      data-testid="case-parties"
      columns={[
        {
          title: t('cases.party.role'),
          dataIndex: 'role',
          width: 110,
          render: (r: string) => partyRoleLabel(caseType, r, t),
        },
        {
          title: t('cases.party.kind'),
          dataIndex: 'kind',
          width: 90,
          render: (k: CasePartyDto['kind']) => t(`cases.partyKind.${k}`),
        },
        { title: t('cases.party.name'), dataIndex: 'name' },
        {
          title: t('cases.party.identity'),
          key: 'identity',
          width: 200,
          render: (_, p) => <span className="ipp-mono">{p.uscc ?? p.idNumberMasked ?? '—'}</span>,
        },
        {
          title: t('cases.party.contact'),
          dataIndex: 'contact',
          width: 140,
          render: (v: string | null) => v ?? '—',
        },
        {
          title: t('cases.party.address'),
          dataIndex: 'address',
          ellipsis: true,
          render: (v: string | null) => v ?? '—',
        },
      ]}
    />
  );
}

const HOLDER_COLORS: Record<string, string> = { exact: 'green', normalized: 'gold', none: 'red' };

/** The registry's answer when the right was checked at intake: exists, status, and holder match. */
function VerificationAnswer({ right }: { right: CaseRightDto }) {
  const { t, locale } = useI18n();
  const v = right.verification as {
    exists?: boolean;
    right?: { status?: string; title?: string } | null;
    holderMatch?: { result?: string; matchedHolder?: string | null } | null;
  };
  const details = (
    <pre className="ipp-json" style={{ maxWidth: 480 }}>
      {JSON.stringify(right.verification, null, 2)}
    </pre>
  );
  return (
    <Flex gap={4} wrap align="center" data-testid="case-right-verification" data-exists={String(v.exists)}>
      {v.exists === false ? <Tag color="red">{t('cases.right.notFound')}</Tag> : null}
      {v.right?.status ? <RightStatusTag status={v.right.status} /> : null}
      {v.holderMatch?.result ? (
        <Tag color={HOLDER_COLORS[v.holderMatch.result] ?? 'default'}>
          {t(`cases.right.holder.${v.holderMatch.result as 'exact'}`)}
        </Tag>
      ) : null}
      <Popover
        content={details}
        title={t('cases.right.checkedAt', { at: formatDateTime(right.checkedAt, locale) })}
      >
        <Typography.Link>{t('cases.right.details')}</Typography.Link>
      </Popover>
    </Flex>
  );
}

function RightsTable({ rights }: { rights: CaseRightDto[] }) {
  const { t } = useI18n();
  return (
    <Table<CaseRightDto>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rights}
      data-testid="case-rights"
      columns={[
        {
          title: t('cases.right.type'),
          dataIndex: 'rightType',
          width: 120,
          render: (type: string) => <RightTypeTag type={type} />,
        },
        {
          title: t('cases.right.number'),
          dataIndex: 'number',
          width: 220,
          render: (n: string, r) =>
            r.rightId ? <a href={`/registry/rights/${encodeURIComponent(r.rightId)}`}>{n}</a> : n,
        },
        {
          title: t('cases.right.verification'),
          key: 'v',
          render: (_, r) => <VerificationAnswer right={r} />,
        },
      ]}
    />
  );
}

interface CaseOverviewProps {
  detail: CaseDetailDto;
  rules: CaseTypeRulesDto | undefined;
  onChanged: () => void;
}

export function CaseOverview({ detail, rules, onChanged }: CaseOverviewProps) {
  const { t, locale } = useI18n();
  const [adding, setAdding] = useState<'party' | 'right' | null>(null);
  const closed = detail.closedAt !== null;
  const addButton = (kind: 'party' | 'right', label: string) =>
    closed ? null : (
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => setAdding(kind)}
        data-testid={`case-add-${kind}`}
      >
        {label}
      </Button>
    );
  return (
    <Flex vertical gap={12}>
      <Card size="small" title={t('cases.facts')}>
        <Facts detail={detail} rules={rules} />
      </Card>
      <Card size="small" title={t('cases.parties')} extra={addButton('party', t('cases.party.add'))}>
        <PartiesTable caseType={detail.caseType} parties={detail.parties} />
      </Card>
      <Card size="small" title={t('cases.rights')} extra={addButton('right', t('cases.right.add'))}>
        <RightsTable rights={detail.rights} />
      </Card>
      {detail.assignments.length > 0 ? (
        <Card size="small" title={t('cases.assignments')}>
          <Descriptions
            size="small"
            column={1}
            items={detail.assignments.map((a, i) => ({
              key: `${a.role}-${i}`,
              label: partyRoleLabel(detail.caseType, a.role, t),
              children: `${a.name}（${formatDateTime(a.assignedAt, locale)}）`,
            }))}
          />
        </Card>
      ) : null}
      {detail.caseType === 'mediation' && !closed ? <MediatorSuggestions caseId={detail.id} /> : null}
      {adding === 'party' ? (
        <AddPartyModal
          detail={detail}
          onClose={() => setAdding(null)}
          onSaved={() => {
            setAdding(null);
            onChanged();
          }}
        />
      ) : null}
      {adding === 'right' ? (
        <AddRightModal
          detail={detail}
          onClose={() => setAdding(null)}
          onSaved={() => {
            setAdding(null);
            onChanged();
          }}
        />
      ) : null}
    </Flex>
  );
}
