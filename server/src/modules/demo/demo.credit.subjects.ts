/** The demo credit data's subjects, shared by the seed and the tests that look for them. */
import { usccCheckCharacter } from '@ipp/shared';
import type { SubjectInput } from '../credit/index.ts';

const uscc = (first17: string) => first17 + usccCheckCharacter(first17);

export const DEMO_CREDIT = {
  listed: {
    kind: 'enterprise',
    name: '深圳市鑫达通讯器材有限公司',
    uscc: uscc('91440300MA5N4B7R2'),
    regionCode: '440305',
  },
  notified: {
    kind: 'enterprise',
    name: '深圳市华锐雷达电子有限公司',
    uscc: uscc('91440300MA5P8D3K6'),
    regionCode: '440305',
  },
  agency: {
    kind: 'agency',
    name: '深圳市南科专利代理有限公司',
    uscc: uscc('91440300MA5Q2T6H9'),
    regionCode: '440305',
  },
  repairing: {
    kind: 'enterprise',
    name: '深圳市福田区华强电子经营部',
    uscc: uscc('92440300MA5L6N2P4'),
    regionCode: '440304',
  },
  penalised: {
    kind: 'enterprise',
    name: '深圳市南山区优品数码商行',
    uscc: uscc('92440300MA5K3R7T1'),
    regionCode: '440305',
  },
  person: { kind: 'person', name: '李志明', idNumber: '440305198803124514', regionCode: '440305' },
  trademarks: {
    kind: 'enterprise',
    name: '杭州云帆商贸有限公司',
    uscc: uscc('91330108MA2J5F8U3'),
    regionCode: '330108',
  },
  patents: {
    kind: 'enterprise',
    name: '杭州启明星智能科技有限公司',
    uscc: uscc('91330108MA2K7M3N1'),
    regionCode: '330108',
  },
} satisfies Record<string, SubjectInput>;

export const doc = (name: string, reference: string) => ({ name, reference });

/** A date n working days before today. */
export type Ago = (n: number) => string;
