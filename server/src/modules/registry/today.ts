/**
 * "Today" for the registry is the date in China (ADR 0025). A right's last day ends at midnight
 * Beijing time, but PostgreSQL's `current_date` follows the session's time zone (UTC on PGlite and
 * on many servers), which kept a right in force for eight hours past its end. In code, the calendar
 * module's `beijingToday()` is the same day.
 */
import { sql } from 'drizzle-orm';

/** Today's date in China as SQL, whatever the session's time zone. */
export const todayInChinaSql = () => sql`(now() at time zone 'Asia/Shanghai')::date`;
