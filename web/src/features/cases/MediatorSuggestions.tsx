import { Card, Empty, List, Progress, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/index.tsx';
import { useMediatorSuggestions } from './MediatorSelect.tsx';

/** Scores may come as a fraction or as points out of 100. */
const scorePercent = (score: number) => Math.round(score <= 1 ? score * 100 : score);

/** The ranked mediators for this dispute, with why each fits and any conflict of interest. */
export function MediatorSuggestions({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { data, loading } = useMediatorSuggestions(caseId);
  const items = data?.items ?? [];
  return (
    <Card size="small" title={t('cases.mediator.suggestions')} data-testid="mediator-suggestions">
      <List
        size="small"
        loading={loading}
        dataSource={items}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.mediator.none')} />,
        }}
        renderItem={(item) => (
          <List.Item
            extra={
              <Progress
                type="circle"
                size={40}
                percent={scorePercent(item.score)}
                status={item.conflict ? 'exception' : 'normal'}
              />
            }
          >
            <List.Item.Meta
              title={
                <span>
                  {item.name} {item.conflict ? <Tag color="red">{t('cases.mediator.conflict')}</Tag> : null}
                </span>
              }
              description={
                <Typography.Text type={item.conflict ? 'danger' : 'secondary'}>
                  {item.conflict ?? item.reasons.join('；')}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
