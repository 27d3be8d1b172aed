import type { CaseActionDto, CaseDetailDto } from '@ipp/shared';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/index.tsx';
import { ActionModal } from './ActionModal.tsx';

interface CaseActionsProps {
  detail: CaseDetailDto;
  onChanged: (updated: CaseDetailDto) => void;
  reload: () => void;
}

/**
 * The transitions the rules offer on this case now. One that a precondition blocks stays visible,
 * disabled, with the reason on hover, so the official sees what is missing rather than nothing.
 */
export function CaseActions({ detail, onChanged, reload }: CaseActionsProps) {
  const { t, pick } = useI18n();
  const [open, setOpen] = useState<CaseActionDto | null>(null);
  if (detail.actions.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="case-no-actions">
        {t('cases.action.none')}
      </Typography.Text>
    );
  }
  return (
    <Flex gap={8} wrap data-testid="case-actions">
      {detail.actions.map((action) => {
        const button = (
          <Button
            key={action.id}
            type={action.danger ? 'default' : 'primary'}
            danger={action.danger}
            disabled={action.blockedBy !== null}
            onClick={() => setOpen(action)}
            data-testid="case-action"
            data-action={action.id}
            data-to={action.to}
            data-blocked={action.blockedBy !== null}
          >
            {pick(action.label)}
          </Button>
        );
        return action.blockedBy ? (
          <Tooltip key={action.id} title={pick(action.blockedBy)}>
            {/* A disabled button swallows hover events; the span gives the tooltip something to hold. */}
            <span data-testid="case-action-blocked" data-action={action.id}>
              {button}
            </span>
          </Tooltip>
        ) : (
          button
        );
      })}
      {open ? (
        <ActionModal
          detail={detail}
          action={open}
          onClose={() => setOpen(null)}
          onDone={(updated) => {
            setOpen(null);
            onChanged(updated);
          }}
          onConflict={() => {
            setOpen(null);
            reload();
          }}
        />
      ) : null}
    </Flex>
  );
}
