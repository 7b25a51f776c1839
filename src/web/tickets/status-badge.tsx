import { Badge, Group, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CustomerSla, TicketStatus } from '../api/ticket-types';
import { useFormat } from '../i18n/format';
import { STATUS_COLOR, STATUS_KEYS } from './labels';

export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} tt="none" data-testid="ticket-status" style={{ flexShrink: 0 }} styles={{ label: { overflow: 'visible' } }}>
      {t(STATUS_KEYS[status])}
    </Badge>
  );
}

/**
 * The SLA as the customer should read it: "Waiting for you", or "Reply due by
 * Tuesday 14 Jan, 12:00" in the contact's language and zone, marked when the
 * target is only indicative.
 */
export function CustomerSlaText({ sla, size = 'sm' }: { sla: CustomerSla; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (sla.waiting === 'on_you') {
    return (
      <Text size={size} fw={600} c="orange.8" data-testid="sla-state">
        {t('tickets.waiting.on_you')}
      </Text>
    );
  }
  if (sla.waiting === 'none') {
    return (
      <Text size={size} c="dimmed" data-testid="sla-state">
        {t('tickets.waiting.none')}
      </Text>
    );
  }
  if (!sla.dueBy) {
    return (
      <Text size={size} data-testid="sla-state">
        {t(sla.commitment === false ? 'tickets.waiting.on_us_no_commitment' : 'tickets.waiting.on_us')}
      </Text>
    );
  }
  const when = f.dueTime(sla.dueBy);
  return (
    <Group gap={6} wrap="wrap" data-testid="sla-state">
      <Text size={size}>{sla.dueKind === 'response' ? t('tickets.due.replyBy', { when }) : sla.dueKind === 'resolution' ? t('tickets.due.resolutionBy', { when }) : t('tickets.due.by', { when })}</Text>
      {sla.indicative && (
        <Badge size="xs" variant="outline" color="gray" tt="none">
          {t('tickets.due.indicative')}
        </Badge>
      )}
    </Group>
  );
}

/** Below Mantine's sm breakpoint (48em): screens that swap a table for cards render only one of them. */
export function usePhone(): boolean {
  return useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false }) ?? false;
}
