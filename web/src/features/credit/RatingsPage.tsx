import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Flex, Segmented, Select, Table, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useAuth } from '../../app/auth/AuthProvider.tsx';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { gradeColor } from './credit.labels.ts';
import { DeductionsTable } from './DeductionsTable.tsx';
import {
  type PublicSubject,
  type Rating,
  type RatingListItem,
  type RatingQuery,
  ratingApi,
} from './ratingApi.ts';

const GRADES = ['A+', 'A', 'B', 'C', 'D'];

function HistoryDrawer({ subject, onClose }: { subject: PublicSubject | null; onClose: () => void }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [history, setHistory] = useState<Rating[]>([]);
  const load = useCallback(() => {
    if (subject) ratingApi.history(subject.id).then((h) => setHistory(h.history));
  }, [subject]);
  useEffect(load, [load]);
  const recompute = async () => {
    if (!subject) return;
    const outcome = await ratingApi.recompute(subject.id);
    message.info(outcome.changed ? t('credit.recomputed') : t('credit.unchanged'));
    load();
  };
  return (
    <Drawer
      open={subject !== null}
      onClose={onClose}
      size="large"
      title={subject?.name}
      extra={
        can('credit.rating.write') ? (
          <Button icon={<ReloadOutlined />} onClick={recompute} data-testid="credit-recompute">
            {t('credit.recompute')}
          </Button>
        ) : null
      }
    >
      <Timeline
        items={history.map((r) => ({
          color: r.current ? 'blue' : 'gray',
          children: (
            <Flex vertical gap={8}>
              <Typography.Text>
                <Tag color={gradeColor(r.grade)}>{r.grade}</Tag> {r.score} ·{' '}
                {r.computedAt?.slice(0, 19).replace('T', ' ')} · {t('credit.trigger')} {r.trigger}{' '}
                {r.current ? <Tag>{t('credit.current')}</Tag> : null}
              </Typography.Text>
              <DeductionsTable deductions={r.deductions} />
            </Flex>
          ),
        }))}
      />
    </Drawer>
  );
}

/** /credit/ratings: current ratings in the jurisdiction, lowest first, each deduction explained. */
export default function RatingsPage() {
  const { t } = useI18n();
  const [query, setQuery] = useState<RatingQuery>({ kind: 'agency' });
  const [items, setItems] = useState<RatingListItem[]>([]);
  const [loading, setLoading] = useState(false);
  const [open, setOpen] = useState<PublicSubject | null>(null);
  useEffect(() => {
    setLoading(true);
    ratingApi
      .list(query)
      .then((list) => setItems(list.items))
      .finally(() => setLoading(false));
  }, [query]);
  return (
    <PageContainer title={t('credit.ratings.title')} testId="credit-ratings-page">
      <Typography.Paragraph type="secondary">{t('credit.ratings.intro')}</Typography.Paragraph>
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={query.kind}
          onChange={(kind) => setQuery({ kind: kind as RatingQuery['kind'] })}
          options={[
            { value: 'agency', label: t('credit.kind.agency') },
            { value: 'enterprise', label: t('credit.kind.enterprise') },
          ]}
        />
        <Select
          allowClear
          placeholder={t('credit.grade')}
          style={{ width: 120 }}
          value={query.grade}
          onChange={(grade?: string) => setQuery({ ...query, grade })}
          options={GRADES.filter((g) => query.kind === 'agency' || g !== 'A+').map((g) => ({
            value: g,
            label: g,
          }))}
        />
      </Flex>
      <Table<RatingListItem>
        size="small"
        loading={loading}
        rowKey={(item) => item.subject.id}
        dataSource={items}
        data-testid="credit-ratings"
        onRow={(item) => ({ onClick: () => setOpen(item.subject), style: { cursor: 'pointer' } })}
        expandable={{ expandedRowRender: (item) => <DeductionsTable deductions={item.rating.deductions} /> }}
        columns={[
          { title: t('credit.subject'), render: (_, item) => item.subject.name },
          { title: t('credit.uscc'), render: (_, item) => item.subject.uscc ?? '—', width: 200 },
          {
            title: t('credit.grade'),
            width: 80,
            render: (_, item) => <Tag color={gradeColor(item.rating.grade)}>{item.rating.grade}</Tag>,
          },
          { title: t('credit.score'), width: 80, align: 'right', render: (_, item) => item.rating.score },
          {
            title: t('credit.deductions'),
            width: 100,
            align: 'right',
            render: (_, item) => item.rating.deductions.length,
          },
          {
            title: t('credit.computedAt'),
            width: 170,
            render: (_, item) => item.rating.computedAt?.slice(0, 19).replace('T', ' '),
          },
        ]}
      />
      <HistoryDrawer subject={open} onClose={() => setOpen(null)} />
    </PageContainer>
  );
}
