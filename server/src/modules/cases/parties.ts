/**
 * Case parties as they are stored: an enterprise's USCC checked by its check character (GB 32100),
 * a person's identity number checked (GB 11643) and then kept only masked and as an SM3 hash, so
 * the full number is never stored or shown.
 */
import { randomUUID } from 'node:crypto';
import { checkUscc } from '@ipp/shared';
import { sm3Hex } from '../../platform/crypto/sm3.ts';
import type { FieldError } from '../../platform/http/error-catalog.ts';
import type { caseParties } from './cases.tables.ts';

export interface PartyInput {
  role: string;
  kind: 'enterprise' | 'person' | 'agent' | 'organization';
  name: string;
  uscc?: string | null;
  idNumber?: string | null;
  contact?: string | null;
  address?: string | null;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 check character of an 18-character resident identity number. */
export function idNumberValid(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return ID_CHECK[sum % 11] === value[17];
}

export function maskIdNumber(value: string): string {
  return `${value.slice(0, 3)}***********${value.slice(-4)}`;
}

export function partyErrors(party: PartyInput, path: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!party.name?.trim()) errors.push({ path: `${path}/name`, message: '名称不能为空 (name is required)' });
  if (!party.role?.trim())
    errors.push({ path: `${path}/role`, message: '须说明当事人身份 (role is required)' });
  const uscc = party.uscc?.trim().toUpperCase();
  if (party.kind === 'enterprise' && !uscc) {
    errors.push({ path: `${path}/uscc`, message: '企业须提供统一社会信用代码 (USCC is required)' });
  } else if (uscc && !checkUscc(uscc).valid) {
    errors.push({ path: `${path}/uscc`, message: `统一社会信用代码校验不通过：${uscc}` });
  }
  if (party.kind === 'person' && party.idNumber) {
    if (!idNumberValid(party.idNumber.trim().toUpperCase())) {
      errors.push({
        path: `${path}/idNumber`,
        message: '身份证号码校验位不正确 (identity number check failed)',
      });
    }
  }
  return errors;
}

export function partyRow(caseId: string, party: PartyInput): typeof caseParties.$inferInsert {
  const id = party.idNumber?.trim().toUpperCase() || null;
  return {
    id: randomUUID(),
    caseId,
    role: party.role.trim(),
    kind: party.kind,
    name: party.name.trim(),
    uscc: party.uscc?.trim().toUpperCase() || null,
    idNumberMasked: id ? maskIdNumber(id) : null,
    idNumberHash: id ? sm3Hex(`id:${id}`) : null,
    contact: party.contact?.trim() || null,
    address: party.address?.trim() || null,
    createdAt: new Date(),
  };
}
