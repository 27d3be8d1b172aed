import type { RightDetailDto, RightHolderDto } from '@ipp/shared';
import { Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/index.tsx';
import { dateText } from './RightTags.tsx';

type AuthorizedUser = RightDetailDto['authorizedUsers'][number];

function usePeriod() {
  const { t } = useI18n();
  return (holder: RightHolderDto) =>
    `${holder.from ? dateText(holder.from) : t('registry.holder.unknownStart')} – ${
      holder.to ? dateText(holder.to) : t('registry.holder.present')
    }`;
}

function Mono({ value }: { value: string | null }) {
  return <span className="ipp-mono">{value || '—'}</span>;
}

/** The holders now: open-ended history entries, or the summary's names when there is no history. */
export function CurrentHolders({ right }: { right: RightDetailDto }) {
  const current = (right.holderHistory ?? []).filter((holder) => !holder.to);
  if (current.length === 0 && right.holders.length === 0) return <span>—</span>;
  return (
    <Flex wrap gap={4} data-testid="right-current-holders">
      {current.length > 0
        ? current.map((holder) => (
            <Tag key={`${holder.name}-${holder.uscc}`} color="blue" title={holder.uscc ?? undefined}>
              {holder.name}
            </Tag>
          ))
        : right.holders.map((name) => (
            <Tag key={name} color="blue">
              {name}
            </Tag>
          ))}
    </Flex>
  );
}

export function HolderHistoryTable({ holders }: { holders: RightHolderDto[] }) {
  const { t } = useI18n();
  const period = usePeriod();
  const columns: TableColumnsType<RightHolderDto> = [
    { title: t('registry.holder.name'), dataIndex: 'name' },
    { title: t('registry.holder.uscc'), dataIndex: 'uscc', width: 200, render: (v) => <Mono value={v} /> },
    {
      title: t('registry.holder.kind'),
      dataIndex: 'kind',
      width: 90,
      render: (kind: string) =>
        kind === 'person' ? t('registry.holder.person') : t('registry.holder.organization'),
    },
    {
      title: t('registry.holder.role'),
      dataIndex: 'role',
      width: 110,
      render: (role: string) => (role === 'holder' ? t('registry.holder.roleHolder') : role || '—'),
    },
    {
      title: t('registry.holder.period'),
      key: 'period',
      width: 230,
      render: (_, holder) => (
        <Typography.Text type={holder.to ? 'secondary' : undefined}>{period(holder)}</Typography.Text>
      ),
    },
  ];
  return (
    <Table<RightHolderDto>
      rowKey={(holder) => `${holder.name}|${holder.uscc}|${holder.from}|${holder.to}|${holder.role}`}
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={holders}
      scroll={{ x: 760 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
      data-testid="right-holder-history"
    />
  );
}

export function AuthorizedUsersTable({ users }: { users: AuthorizedUser[] }) {
  const { t } = useI18n();
  const period = usePeriod();
  const columns: TableColumnsType<AuthorizedUser> = [
    { title: t('registry.gi.userName'), dataIndex: 'name' },
    { title: t('registry.holder.uscc'), dataIndex: 'uscc', width: 200, render: (v) => <Mono value={v} /> },
    { title: t('registry.gi.trademark'), dataIndex: 'trademark', width: 160, render: (v) => v || '—' },
    {
      title: t('registry.field.announcementNo'),
      dataIndex: 'announcementNo',
      width: 170,
      render: (v) => <Mono value={v} />,
    },
    { title: t('registry.holder.period'), key: 'period', width: 230, render: (_, user) => period(user) },
  ];
  return (
    <Table<AuthorizedUser>
      rowKey={(user) => `${user.name}|${user.uscc}|${user.from}|${user.announcementNo}`}
      size="small"
      bordered
      pagination={users.length > 20 ? { pageSize: 20, size: 'small' } : false}
      columns={columns}
      dataSource={users}
      scroll={{ x: 900 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
      data-testid="right-authorized-users"
    />
  );
}
