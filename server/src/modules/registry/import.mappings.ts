/**
 * Import mappings: the built-in ones shipped as code, and mappings administrators save for their
 * own sources, so a file with its own column names imports as it is.
 */

import { eq } from 'drizzle-orm';
import { assertPermission } from '../../platform/access/actor.ts';
import { appendAudit } from '../../platform/audit/index.ts';
import type { Executor } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { auditContext, type ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import {
  BUILTIN_MAPPINGS,
  checkMappingDefinition,
  type MappingDefinition,
  resolveMapping,
} from './import/index.ts';
import { importMappings } from './registry.tables.ts';

export async function findMapping(db: Executor, name: string): Promise<MappingDefinition | null> {
  const builtin = resolveMapping(name);
  if (builtin) return builtin;
  const [row] = await db.select().from(importMappings).where(eq(importMappings.name, name));
  return row ? (row.definition as unknown as MappingDefinition) : null;
}

export async function listMappings(db: Executor) {
  const saved = await db.select().from(importMappings);
  return [
    ...Object.values(BUILTIN_MAPPINGS).map((m) => ({
      name: m.name,
      description: m.description,
      type: m.type ?? null,
      builtin: true,
    })),
    ...saved.map((m) => ({ name: m.name, description: m.description, type: m.type, builtin: false })),
  ];
}

export async function saveMapping(context: ServiceContext, definition: unknown): Promise<MappingDefinition> {
  assertPermission(context.actor, 'registry.import.write');
  const problems = checkMappingDefinition(definition);
  if (problems.length > 0) {
    throw new AppError(
      'PLATFORM_VALIDATION',
      `The mapping is not valid: ${problems.join('; ')}`,
      problems.map((p) => ({ path: `/body/${p.split(':')[0]?.replaceAll('.', '/')}`, message: p })),
    );
  }
  const mapping = definition as MappingDefinition;
  if (resolveMapping(mapping.name)) {
    throw new AppError('PLATFORM_CONFLICT', `${mapping.name} is a built-in mapping; choose another name.`);
  }
  return inTransaction(context.db, async (tx) => {
    const row = {
      name: mapping.name,
      description: mapping.description ?? '',
      type: mapping.type ?? null,
      definition: mapping as unknown as Record<string, unknown>,
      createdAt: new Date(),
    };
    await tx
      .insert(importMappings)
      .values(row)
      .onConflictDoUpdate({
        target: importMappings.name,
        set: { description: row.description, type: row.type, definition: row.definition },
      });
    await appendAudit(tx, auditContext(context), {
      action: 'registry.mapping.save',
      targetType: 'import_mapping',
      targetId: mapping.name,
      detail: { definition: row.definition },
    });
    return mapping;
  });
}
