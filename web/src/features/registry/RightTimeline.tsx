import { RIGHT_EVENT_LABELS, type RightEventDto } from '@ipp/shared';
import { Empty, Flex, Timeline, Typography } from 'antd';
import { useI18n } from '../../app/i18n/index.tsx';
import { dateText, useRightLabels } from './RightTags.tsx';

const GREEN = new Set(['grant', 'registration', 'renewal', 'restoration', 'gi_user_authorized']);
const RED = new Set(['invalidation', 'invalidation_partial', 'revocation', 'termination', 'expiry']);
const BLUE = new Set(['transfer', 'licence', 'licence_end', 'pledge', 'pledge_release', 'change']);

function eventColor(type: string): string {
  if (GREEN.has(type)) return 'green';
  if (RED.has(type)) return 'red';
  if (BLUE.has(type)) return 'blue';
  return 'gray';
}

/** Newest first; events of the same day keep the reverse of the server's order. */
export function newestFirst(events: RightEventDto[]): RightEventDto[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) =>
      a.event.date === b.event.date ? b.index - a.index : a.event.date < b.event.date ? 1 : -1,
    )
    .map(({ event }) => event);
}

/**
 * What the server's summary says beyond the event's name (a transfer's new holders, say): it
 * writes "权利转让：…", and the name is already the line's heading, in the reader's language.
 */
function summaryText(event: RightEventDto): string | null {
  const name = RIGHT_EVENT_LABELS[event.type]?.zh;
  if (!event.summary || event.summary === name) return null;
  return name && event.summary.startsWith(`${name}：`) ? event.summary.slice(name.length + 1) : event.summary;
}

function detailText(detail: Record<string, unknown> | null): string | null {
  if (!detail) return null;
  const announcement = detail['announcementNo'];
  return typeof announcement === 'string' && announcement ? announcement : null;
}

interface RightTimelineProps {
  events: RightEventDto[];
  testId?: string;
}

/** The life of a right as a timeline: date, the kind of event and the server's summary. */
export function RightTimeline({ events, testId = 'right-timeline' }: RightTimelineProps) {
  const { t } = useI18n();
  const labels = useRightLabels();
  const sorted = newestFirst(events ?? []);
  return (
    <div data-testid={testId} data-count={sorted.length}>
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registry.detail.noEvents')} />
      ) : (
        <Timeline
          items={sorted.map((event, index) => ({
            key: `${event.date}-${event.type}-${index}`,
            color: eventColor(event.type),
            content: (
              <Flex vertical gap={2} data-testid="right-event" data-type={event.type}>
                <span>
                  <Typography.Text type="secondary" className="ipp-mono" style={{ marginInlineEnd: 8 }}>
                    {dateText(event.date)}
                  </Typography.Text>
                  <Typography.Text strong>{labels.event(event.type)}</Typography.Text>
                </span>
                {summaryText(event) ? <Typography.Text>{summaryText(event)}</Typography.Text> : null}
                {detailText(event.detail) ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('registry.field.announcementNo')}：{detailText(event.detail)}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          }))}
        />
      )}
    </div>
  );
}
