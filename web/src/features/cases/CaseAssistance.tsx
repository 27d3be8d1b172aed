import { SendOutlined } from '@ant-design/icons';
import type { CaseDetailDto } from '@ipp/shared';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/index.tsx';
import { AssistanceTable } from './AssistanceTable.tsx';
import { AuthoritySelect } from './AuthoritySelect.tsx';
import { casesApi } from './casesApi.ts';
import { TextFormModal } from './TextFormModal.tsx';

interface AssistanceValues {
  toOrgId: string;
  subject: string;
  request: string;
}

/** Requests this enforcement case sent to agencies elsewhere (evidence, a party's address, seizure). */
export function CaseAssistance({ detail, onChanged }: { detail: CaseDetailDto; onChanged: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Flex vertical gap={12}>
      {detail.closedAt === null ? (
        <Flex justify="flex-end">
          <Button icon={<SendOutlined />} onClick={() => setOpen(true)} data-testid="assistance-request">
            {t('cases.assistance.request')}
          </Button>
        </Flex>
      ) : null}
      <AssistanceTable items={detail.assistance} />
      {open ? (
        <TextFormModal<AssistanceValues>
          title={t('cases.assistance.request')}
          fields={[
            {
              name: 'toOrgId',
              label: t('cases.assistance.to'),
              kind: 'text',
              required: true,
              control: <AuthoritySelect />,
            },
            { name: 'subject', label: t('cases.assistance.subject'), kind: 'text', required: true },
            { name: 'request', label: t('cases.assistance.content'), kind: 'textarea', required: true },
          ]}
          onSubmit={(v) =>
            casesApi.requestAssistance(detail.id, {
              toOrgId: v.toOrgId,
              subject: v.subject.trim(),
              request: v.request.trim(),
            })
          }
          successText={t('cases.assistance.sent')}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            onChanged();
          }}
          testId="assistance-request-modal"
        />
      ) : null}
    </Flex>
  );
}
