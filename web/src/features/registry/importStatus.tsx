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

/** Records processed so far: committed as new, updated, unchanged or rejected. */
export function processedRows(job: ImportJobDto): number {
  return job.inserted + job.updated + job.unchanged + job.rejected;
}

/**
 * Percent of the file committed. `total` is the line the file's last record starts on and
 * `committedLine` the last line committed, so the two compare for every format, also where many
 * rows make one record (a GI and its authorized users).
 */
export function importPercent(job: ImportJobDto): number {
  if (job.status === 'completed') return 100;
  if (job.total && job.total > 0) return Math.min(100, Math.floor((job.committedLine / job.total) * 100));
  return 0;
}
