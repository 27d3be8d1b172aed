import { EditOutlined, KeyOutlined, UnlockOutlined } from '@ant-design/icons';
import { ROLES, type UserDto } from '@ipp/shared';
import { Button, Flex, Popconfirm, Space, type TableColumnsType, Tag, Tooltip } from 'antd';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';

export interface UserActions {
  onEdit: (user: UserDto) => void;
  onResetPassword: (user: UserDto) => void;
  onUnlock: (user: UserDto) => void;
}

export function isLocked(user: UserDto, now = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}

function UserStatus({ user }: { user: UserDto }) {
  const { t, locale } = useI18n();
  const tags = [];
  if (user.disabled)
    tags.push(
      <Tag key="disabled" color="red">
        {t('users.statusDisabled')}
      </Tag>,
    );
  if (isLocked(user)) {
    tags.push(
      <Tooltip
        key="locked"
        title={t('users.lockedUntil', { time: formatDateTime(user.lockedUntil, locale) })}
      >
        <Tag color="orange">{t('users.statusLocked')}</Tag>
      </Tooltip>,
    );
  }
  if (tags.length === 0)
    tags.push(
      <Tag key="ok" color="green">
        {t('users.statusNormal')}
      </Tag>,
    );
  return (
    <Flex gap={4} data-testid="user-status">
      {tags}
    </Flex>
  );
}

function RowActions({ user, actions }: { user: UserDto; actions: UserActions }) {
  const { t } = useI18n();
  return (
    <Space size={0}>
      <Button
        type="link"
        size="small"
        icon={<EditOutlined />}
        onClick={() => actions.onEdit(user)}
        data-testid="user-edit"
      >
        {t('common.edit')}
      </Button>
      <Button
        type="link"
        size="small"
        icon={<KeyOutlined />}
        onClick={() => actions.onResetPassword(user)}
        data-testid="user-reset-password"
      >
        {t('users.resetPassword')}
      </Button>
      {isLocked(user) ? (
        <Popconfirm
          title={t('users.unlockConfirm', { name: user.displayName })}
          onConfirm={() => actions.onUnlock(user)}
        >
          <Button type="link" size="small" icon={<UnlockOutlined />} data-testid="user-unlock">
            {t('users.unlock')}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}

export function useUserColumns(actions: UserActions | null): TableColumnsType<UserDto> {
  const { t, pick, locale } = useI18n();
  const columns: TableColumnsType<UserDto> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      width: 140,
      render: (v: string) => <span className="ipp-mono">{v}</span>,
    },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 120 },
    { title: t('users.org'), dataIndex: 'orgName', ellipsis: true },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (_, user) => (
        <Flex wrap gap={4}>
          {user.roles.map((role) => (
            <Tag key={role} color="geekblue">
              {ROLES[role] ? pick(ROLES[role]) : role}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { title: t('common.status'), key: 'status', width: 130, render: (_, user) => <UserStatus user={user} /> },
    {
      title: t('users.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (at: string | null) => formatDateTime(at, locale),
    },
  ];
  if (actions) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 250,
      fixed: 'right',
      render: (_, user) => <RowActions user={user} actions={actions} />,
    });
  }
  return columns;
}
