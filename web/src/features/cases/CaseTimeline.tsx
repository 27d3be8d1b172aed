import type { CaseEventDto } from '@ipp/shared';
import { Empty, Flex, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../app/i18n/format.ts';
import { useI18n } from '../../app/i18n/index.tsx';

function color(event: CaseEventDto): string {
  if (event.kind.includes('overdue') || event.kind.includes('expired') || event.kind.includes('escalat'))
    return 'red';
  if (event.transition) return 'blue';
  return 'gray';
}

/** Everything that happened to the case, newest first, with who did it and from which organization. */
export function CaseTimeline({ events }: { events: CaseEventDto[] }) {
  const { t, locale } = useI18n();
  const sorted = [...events].sort((a, b) => (a.at === b.at ? b.id - a.id : a.at < b.at ? 1 : -1));
  if (sorted.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.timeline.empty')} />;
  return (
    <div data-testid="case-timeline" data-count={sorted.length}>
      <Timeline
        items={sorted.map((event) => ({
          key: event.id,
          color: color(event),
          content: (
            <Flex
              vertical
              gap={2}
              data-testid="case-event"
              data-kind={event.kind}
              data-transition={event.transition ?? ''}
            >
              <span>
                <Typography.Text type="secondary" className="ipp-mono" style={{ marginInlineEnd: 8 }}>
                  {formatDateTime(event.at, locale)}
                </Typography.Text>
                <Typography.Text strong>{event.summary}</Typography.Text>
              </span>
              {event.actorName || event.orgName ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[event.actorName, event.orgName].filter(Boolean).join(' · ')}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        }))}
      />
    </div>
  );
}
