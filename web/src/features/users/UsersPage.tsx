import { PlusOutlined } from '@ant-design/icons';
import type { UserDto } from '@ipp/shared';
import { App, Button, Form, Input, Table } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../app/auth/AuthProvider.tsx';
import { usePagedList } from '../../app/hooks/usePagedList.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { FilterBar } from '../../app/layout/FilterBar.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { type UserActions, useUserColumns } from './UserColumns.tsx';
import { UserCreateModal } from './UserCreateModal.tsx';
import { UserEditModal } from './UserEditModal.tsx';
import { usersApi } from './usersApi.ts';

interface UserFilters {
  q?: string;
  orgId?: string;
}

type ModalState =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserDto }
  | { kind: 'password'; user: UserDto }
  | null;

function UserModal({
  modal,
  onClose,
  onSaved,
}: {
  modal: ModalState;
  onClose: () => void;
  onSaved: () => void;
}) {
  if (!modal) return null;
  if (modal.kind === 'create') return <UserCreateModal onClose={onClose} onSaved={onSaved} />;
  if (modal.kind === 'edit') return <UserEditModal user={modal.user} onClose={onClose} onSaved={onSaved} />;
  return <ResetPasswordModal user={modal.user} onClose={onClose} onSaved={onSaved} />;
}

export default function UsersPage() {
  const { t } = useI18n();
  const title = useModuleTitle('users');
  const { message } = App.useApp();
  const { can } = useAuth();
  const canWrite = can('iam.user.write');
  const [filterForm] = Form.useForm<UserFilters>();
  const [modal, setModal] = useState<ModalState>(null);
  const list = usePagedList<UserDto, UserFilters>(usersApi.list, {});

  const actions: UserActions = {
    onEdit: (user) => setModal({ kind: 'edit', user }),
    onResetPassword: (user) => setModal({ kind: 'password', user }),
    onUnlock: (user) => {
      usersApi
        .unlock(user.id)
        .then(() => {
          message.success(t('users.unlocked'));
          list.reload();
        })
        .catch(() => undefined);
    },
  };
  const columns = useUserColumns(canWrite ? actions : null);

  const createButton = canWrite ? (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setModal({ kind: 'create' })}
      data-testid="user-create"
    >
      {t('users.create')}
    </Button>
  ) : null;

  return (
    <PageContainer title={title} extra={createButton} testId="users-page">
      <FilterBar<UserFilters>
        form={filterForm}
        name="userFilter"
        onSearch={(values) => list.setFilters({ ...values, q: values.q?.trim() || undefined })}
        onReset={() => list.setFilters({})}
      >
        <Form.Item name="q">
          <Input allowClear placeholder={t('users.searchPlaceholder')} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="orgId">
          <OrgSelect allowClear placeholder={t('users.org')} style={{ width: 280 }} />
        </Form.Item>
      </FilterBar>
      <Table<UserDto>
        rowKey="id"
        size="small"
        bordered
        loading={list.loading}
        columns={columns}
        dataSource={list.items}
        pagination={list.pagination}
        scroll={{ x: 1100 }}
        data-testid="users-table"
      />
      <UserModal
        modal={modal}
        onClose={() => setModal(null)}
        onSaved={() => {
          setModal(null);
          list.reload();
        }}
      />
    </PageContainer>
  );
}
