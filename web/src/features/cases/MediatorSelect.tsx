import type { CaseFieldDto } from '@ipp/shared';
import { Flex, Input, Select, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { casesApi, type MediatorSuggestion } from './casesApi.ts';

/** A field that names the mediator: the form offers the server's ranked suggestions for it. */
export function isMediatorField(field: CaseFieldDto): boolean {
  return (
    /mediator|expert/i.test(field.key) &&
    (field.type === 'text' || field.type === 'user' || field.type === 'enum')
  );
}

export function useMediatorSuggestions(caseId: string) {
  const load = useCallback(() => casesApi.mediatorSuggestions(caseId), [caseId]);
  return useRequest(load);
}

function OptionLabel({ item }: { item: MediatorSuggestion }) {
  const { t } = useI18n();
  return (
    <Flex vertical>
      <span>
        {item.name}{' '}
        <Tag color={item.conflict ? 'red' : 'blue'}>{t('cases.mediator.score', { score: item.score })}</Tag>
      </span>
      <Typography.Text type={item.conflict ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {item.conflict ?? item.reasons.join('；')}
      </Typography.Text>
    </Flex>
  );
}

interface MediatorSelectProps {
  caseId: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}

/** Suggested mediators, best first; one with a conflict of interest is shown but cannot be chosen. */
export function MediatorSelect({ caseId, value, onChange, id }: MediatorSelectProps) {
  const { t } = useI18n();
  const { data, loading } = useMediatorSuggestions(caseId);
  const items = data?.items ?? [];
  // Without suggestions (no expert pool in the region, or the service failed) the name is typed in.
  if (!loading && items.length === 0) {
    return <Input id={id} value={value} onChange={(e) => onChange?.(e.target.value)} maxLength={100} />;
  }
  return (
    <Select
      id={id}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      loading={loading}
      placeholder={t('cases.mediator.placeholder')}
      optionLabelProp="title"
      options={items.map((item) => ({
        value: item.expertId,
        title: item.name,
        disabled: item.conflict !== null,
        label: <OptionLabel item={item} />,
      }))}
      data-testid="mediator-select"
    />
  );
}
