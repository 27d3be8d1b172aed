import type { AssistanceDto } from '@ipp/shared';
import { Segmented } from 'antd';
import { useCallback, useState } from 'react';
import { useRequest } from '../../app/hooks/useRequest.ts';
import { useI18n } from '../../app/i18n/index.tsx';
import { PageContainer } from '../../app/layout/PageContainer.tsx';
import { useModuleTitle } from '../../app/registry.tsx';
import { AssistanceTable } from './AssistanceTable.tsx';
import { casesApi } from './casesApi.ts';
import { TextFormModal } from './TextFormModal.tsx';

type Direction = 'incoming' | 'outgoing';

/** Assistance requests other agencies sent us (to answer by their due date), and those we sent. */
export default function AssistancePage() {
  const { t } = useI18n();
  const title = useModuleTitle('assistance');
  const [direction, setDirection] = useState<Direction>('incoming');
  const [answering, setAnswering] = useState<AssistanceDto | null>(null);
  const load = useCallback(() => casesApi.assistance(direction), [direction]);
  const { data, loading, reload } = useRequest(load);
  return (
    <PageContainer title={title} testId="assistance-page">
      <Segmented<Direction>
        value={direction}
        onChange={setDirection}
        options={[
          { value: 'incoming', label: t('cases.assistance.incoming') },
          { value: 'outgoing', label: t('cases.assistance.outgoing') },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="assistance-direction"
      />
      <AssistanceTable
        items={data?.items ?? []}
        loading={loading}
        linkCases={direction === 'outgoing'}
        onAnswer={direction === 'incoming' ? setAnswering : undefined}
      />
      {answering ? (
        <TextFormModal<{ answer: string }>
          title={t('cases.assistance.replyTo', { subject: answering.subject })}
          fields={[{ name: 'answer', label: t('cases.assistance.answer'), kind: 'textarea', required: true }]}
          onSubmit={(v) => casesApi.answerAssistance(answering.id, v.answer.trim())}
          successText={t('cases.assistance.answered')}
          onClose={() => setAnswering(null)}
          onSaved={() => {
            setAnswering(null);
            reload();
          }}
          testId="assistance-answer-modal"
        />
      ) : null}
    </PageContainer>
  );
}
