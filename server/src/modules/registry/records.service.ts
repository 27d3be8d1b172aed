/** Writing records that come from code (demo data, other modules) through the same validation. */
import type { RightInput, ValidationIssue } from '@ipp/shared';
import type { Executor } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { prepareRight } from './prepare.ts';
import { type WriteCounts, writeRights } from './rights.writer.ts';
import { validateRight } from './validation.ts';

export async function writeRecords(
  tx: Executor,
  inputs: RightInput[],
): Promise<WriteCounts & { warnings: ValidationIssue[] }> {
  const warnings: ValidationIssue[] = [];
  const prepared = inputs.map((input, index) => {
    const result = validateRight(input);
    if (result.errors.length > 0 || !result.normalized) {
      throw new AppError(
        'PLATFORM_VALIDATION',
        `record ${index + 1} (${input.number}): ${result.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
        result.errors.map((e) => ({ path: `records[${index}].${e.field}`, message: e.message })),
      );
    }
    warnings.push(...result.warnings);
    return prepareRight(input, result.normalized);
  });
  const counts = await writeRights(tx, prepared);
  return { ...counts, warnings };
}
