import type { RightDetailDto } from '@ipp/shared';
import { Descriptions, type DescriptionsProps, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { type MessageKey, useI18n } from '../../app/i18n/index.tsx';
import { dateText } from './RightTags.tsx';

type Item = NonNullable<DescriptionsProps['items']>[number];

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The term rule the expiry date came from, as validation recorded it (terms.ts). */
interface ExpiryRule {
  text?: string;
  article?: string;
}

function codes(values: string[]): ReactNode {
  return (
    <Flex wrap gap={4}>
      {values.map((code) => (
        <Tag key={code} className="ipp-mono">
          {code}
        </Tag>
      ))}
    </Flex>
  );
}

/** An image reference is shown as a link when it is an address; a bare file name as it is. */
function imageRef(ref: string): ReactNode {
  return /^https?:\/\//.test(ref) ? (
    <Typography.Link href={ref} target="_blank" rel="noopener noreferrer">
      {ref}
    </Typography.Link>
  ) : (
    <span className="ipp-mono">{ref}</span>
  );
}

/** The facts particular to a type of right, from the record's data; those it lacks are left out. */
function typeItems(right: RightDetailDto, t: (key: MessageKey) => string): Item[] {
  const data = right.data ?? {};
  const items: Item[] = [];
  const add = (key: string, label: MessageKey, children: ReactNode | null, wide = false) => {
    if (children !== null)
      items.push({ key, label: t(label), children, ...(wide ? { span: 'filled' } : {}) });
  };
  // Goods and a GI's particulars appear wherever the record has them: a GI registered as a
  // certification mark has goods and classes too.
  const groups = list(data['similarGroups']);
  const goods = list(data['goodsServices']);
  const image = text(data['imageRef']);
  add('similarGroups', 'registry.fact.similarGroups', groups.length ? codes(groups) : null);
  add('imageRef', 'registry.fact.imageRef', image ? imageRef(image) : null);
  add('goodsServices', 'registry.fact.goodsServices', goods.length ? goods.join('；') : null, true);
  if (right.type === 'ic_layout') {
    add('creationDate', 'registry.fact.creationDate', dateText(text(data['creationDate'])));
    add('firstUse', 'registry.fact.firstCommercialUseDate', dateText(text(data['firstCommercialUseDate'])));
  }
  const areas = right.protectedAreas ?? [];
  const names = areas.map((a) => (a.name ? `${a.name}（${a.code}）` : a.code)).join('、');
  add('authority', 'registry.fact.approvingAuthority', text(data['approvingAuthority']));
  add('announcement', 'registry.field.announcementNo', text(data['announcementNo']));
  add('protectedArea', 'registry.fact.protectedArea', areas.length ? names : null, true);
  const rule = data['expiryRule'] as ExpiryRule | undefined;
  if (rule?.text) {
    const basis = rule.article ? `${rule.text}（${rule.article}）` : rule.text;
    add('expiryRule', 'registry.fact.expiryRule', basis, true);
  }
  return items;
}

/** What is particular to this right's type (a mark's goods, a GI's area, a layout's dates) and its term's legal basis. */
export function RightFacts({ right }: { right: RightDetailDto }) {
  const { t } = useI18n();
  const items = typeItems(right, t);
  if (items.length === 0) return null;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={items}
      data-testid="right-facts"
      title={t('registry.detail.facts')}
    />
  );
}
