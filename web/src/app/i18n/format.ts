import type { Locale } from './index.tsx';

/**
 * The platform's dates and times are China's, wherever the browser is (an official abroad, a
 * machine set to UTC): the same as on its PDFs and certificates, and as the server's "today".
 */
const TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

function formatterFor(locale: Locale): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false,
      timeZone: TIME_ZONE,
    });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** Formats an ISO timestamp for tables; empty values render as an em dash. */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatterFor(locale).format(date);
}

const dayInChina = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in China, 'YYYY-MM-DD' (en-CA writes dates that way). */
export function chinaToday(now: Date = new Date()): string {
  return dayInChina.format(now);
}
