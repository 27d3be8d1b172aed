import type { ImportJobDto } from '@ipp/shared';
import { Tag } from 'antd';
import { useI18n } from '../../app/i18n/index.tsx';

type JobStatus = ImportJobDto['status'];

const STATUS_COLORS: Record<JobStatus, string> = {
  running: 'processing',
  completed: 'success',
  failed: 'error',
  interrupted: 'warning',
};

const KNOWN: readonly string[] = Object.keys(STATUS_COLORS);

export function ImportStatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  if (!KNOWN.includes(status)) return <Tag>{status}</Tag>;
  const known = status as JobStatus;
  return (
    <Tag color={STATUS_COLORS[known]} data-testid="import-status" data-status={status}>
      {t(`import.status.${known}`)}
    </Tag>
  );
}

/**
 * Records processed so far. `total` counts records while `committedLine` is a position in the file
 * (a CSV's header is line 1), so progress is measured by the committed counts instead.
 */
export function processedRows(job: ImportJobDto): number {
  return job.inserted + job.updated + job.unchanged + job.rejected;
}

/** Percent of the records committed; unknown totals count as 0 until the job is done. */
export function importPercent(job: ImportJobDto): number {
  if (job.status === 'completed') return 100;
  if (job.total && job.total > 0) return Math.min(100, Math.floor((processedRows(job) / job.total) * 100));
  return 0;
}
