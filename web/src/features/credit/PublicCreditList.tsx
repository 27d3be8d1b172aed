import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n/index.tsx';
import { type PublicListItem, publicCreditApi } from './ratingApi.ts';

/** The serious-dishonesty list as it stands today, with its CSV download. */
export function PublicCreditList() {
  const { t } = useI18n();
  const [items, setItems] = useState<PublicListItem[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    publicCreditApi
      .list()
      .then((list) => setItems(list.items))
      .finally(() => setLoading(false));
  }, []);
  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button icon={<DownloadOutlined />} href={publicCreditApi.csvUrl()} data-testid="credit-list-csv">
          {t('credit.list.download')}
        </Button>
      </Flex>
      <Table<PublicListItem>
        size="small"
        loading={loading}
        rowKey={(item) => `${item.subject.id}:${item.publishedOn}`}
        dataSource={items}
        locale={{ emptyText: t('credit.list.empty') }}
        data-testid="credit-list"
        columns={[
          { title: t('credit.subject'), render: (_, item) => item.subject.name },
          { title: t('credit.uscc'), render: (_, item) => item.subject.uscc ?? '—' },
          { title: t('credit.reason'), dataIndex: 'reason' },
          { title: t('credit.basis'), dataIndex: 'legalBasis' },
          { title: t('credit.decidedBy'), dataIndex: 'decidedBy' },
          { title: t('credit.decidedOn'), dataIndex: 'decidedOn', width: 110 },
          { title: t('credit.publishUntil'), dataIndex: 'publishUntil', width: 110 },
        ]}
      />
    </Flex>
  );
}
