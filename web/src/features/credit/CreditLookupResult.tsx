import { Alert, Card, Descriptions, Empty, Flex, List, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/index.tsx';
import { codeLabel, gradeColor } from './credit.labels.ts';
import type { LookupResult, LookupSubject } from './ratingApi.ts';

function SubjectCard({ item }: { item: LookupSubject }) {
  const { t } = useI18n();
  const { subject } = item;
  return (
    <Card
      size="small"
      title={subject.name}
      extra={<Tag>{codeLabel(t, 'credit.kind', subject.kind)}</Tag>}
      data-testid="credit-lookup-subject"
    >
      <Flex vertical gap={12}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          {subject.uscc ? (
            <Descriptions.Item label={t('credit.uscc')}>{subject.uscc}</Descriptions.Item>
          ) : null}
          {item.rating ? (
            <Descriptions.Item label={t('credit.agencyGrade')}>
              <Tag color={gradeColor(item.rating.grade)}>{item.rating.grade}</Tag>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        <Alert
          type={item.listed ? 'error' : 'success'}
          showIcon
          title={item.listed ? t('credit.listed') : t('credit.notListed')}
          description={item.listings.map((l) => (
            <div key={`${l.decidedOn}${l.reason}`}>
              {t('credit.lookup.listingLine', {
                reason: l.reason,
                basis: l.legalBasis,
                until: l.publishUntil ?? '',
              })}
            </div>
          ))}
          data-testid="credit-lookup-listed"
        />
        <Typography.Text strong>{t('credit.records')}</Typography.Text>
        <List
          size="small"
          dataSource={item.recordsInPublicity}
          locale={{ emptyText: t('credit.noRecords') }}
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta
                title={`${r.categoryLabel} · ${t('credit.decidedOn')} ${r.decidedOn}`}
                description={
                  <>
                    {r.summary ? <div>{r.summary}</div> : null}
                    <div>
                      {t('credit.lookup.recordBasis', {
                        basis: r.legalBasis,
                        from: r.publicityFrom,
                        until: r.publicityUntil,
                      })}
                    </div>
                  </>
                }
              />
            </List.Item>
          )}
        />
        {item.measures.length > 0 ? (
          <>
            <Typography.Text strong>{t('credit.measures')}</Typography.Text>
            <List
              size="small"
              dataSource={item.measures}
              renderItem={(m) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <>
                        {m.measure}{' '}
                        {m.confirmed ? null : <Tag color="warning">{t('credit.unconfirmed')}</Tag>}
                      </>
                    }
                    description={t('credit.lookup.measureBasis', { basis: m.basis, rule: m.rule })}
                  />
                </List.Item>
              )}
            />
          </>
        ) : null}
      </Flex>
    </Card>
  );
}

/** The public answer: listed or not, records in publicity and measures, persons already masked. */
export function CreditLookupResult({ result }: { result: LookupResult }) {
  const { t } = useI18n();
  if (!result.found)
    return <Empty description={t('credit.lookup.notFound')} data-testid="credit-lookup-empty" />;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('credit.lookup.asOf', { date: result.asOf })}</Typography.Text>
      {result.subjects.map((item) => (
        <SubjectCard key={item.subject.id} item={item} />
      ))}
    </Flex>
  );
}
