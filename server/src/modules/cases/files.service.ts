/**
 * Evidence and attachments: checked for type and size, stored with their SM3 hash, and served
 * back inline where a browser can preview them (PDF, images, text) or as a download otherwise.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/error-catalog.ts';
import { changeCase, readableCase } from './case.service.ts';
import { caseFiles } from './cases.tables.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Accepted media types by extension; the content's magic bytes must agree for binary types. */
const ACCEPTED: Record<string, { type: string; magic?: number[] }> = {
  pdf: { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  png: { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  txt: { type: 'text/plain; charset=utf-8' },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  mp4: { type: 'video/mp4' },
};

export const PREVIEWABLE = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain; charset=utf-8'];

export function acceptedType(name: string, content: Uint8Array): string {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  const accepted = ACCEPTED[extension];
  if (!accepted) {
    throw new AppError(
      'CASE_FILE_REJECTED',
      `不接受 .${extension} 文件；可上传：${Object.keys(ACCEPTED).join('、')}`,
    );
  }
  if (content.length === 0) throw new AppError('CASE_FILE_REJECTED', '文件为空 (empty file)');
  if (content.length > MAX_FILE_BYTES)
    throw new AppError('CASE_FILE_REJECTED', `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  if (accepted.magic && !accepted.magic.every((b, i) => content[i] === b)) {
    throw new AppError('CASE_FILE_REJECTED', `文件内容与扩展名 .${extension} 不符`);
  }
  return accepted.type;
}

export async function uploadFile(
  context: ServiceContext,
  caseId: string,
  file: { name: string; content: Uint8Array; category: string; description?: string | null },
) {
  if (!['evidence', 'attachment'].includes(file.category)) {
    throw new AppError('CASE_FILE_REJECTED', 'category must be evidence or attachment');
  }
  const mediaType = acceptedType(file.name, file.content);
  return changeCase(context, caseId, 'file', async (tx, row) => {
    const id = randomUUID();
    const sm3 = sm3Hex(file.content);
    await tx.insert(caseFiles).values({
      id,
      caseId: row.id,
      category: file.category,
      name: file.name,
      mediaType,
      size: file.content.length,
      sm3,
      content: file.content,
      description: file.description ?? null,
      uploadedBy: context.actor.id,
      uploadedByName: context.actor.name,
      createdAt: new Date(),
    });
    return {
      summary: `上传${file.category === 'evidence' ? '证据' : '附件'}：${file.name}`,
      detail: { fileId: id, sm3, size: file.content.length },
    };
  });
}

export async function readFile(context: ServiceContext, caseId: string, fileId: string) {
  await readableCase(context, context.db, caseId);
  const [file] = await context.db
    .select()
    .from(caseFiles)
    .where(and(eq(caseFiles.id, fileId), eq(caseFiles.caseId, caseId)));
  if (!file) throw new AppError('CASE_FILE_NOT_FOUND');
  return { ...file, inline: PREVIEWABLE.includes(file.mediaType) };
}
