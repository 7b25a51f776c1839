import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAction, useApiQuery } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { useSession } from '../../session/session-context';
import { ChargeabilityCard } from '../chargeability-card';
import { EstimateCard } from '../estimate-card';

/**
 * A support-center ticket's billing: whether work is billable before it
 * starts, and the estimates the customer's administrator approves or declines
 * (phases: accept or send back). Other contacts read them.
 */
/** An administrator's answer to an estimate, or to one handed-over phase of it (accept / reject). */
interface Decision {
  estimateId: string;
  phaseId?: string;
  decision: 'approve' | 'decline';
}

export function PortalTicketBilling({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const admin = actor?.kind === 'contact' && actor.isAdministrator;
  const charge = useApiQuery('/portal/tickets/{id}/chargeability', { params: { path: { id: ticketId } } });
  const estimates = useApiQuery('/portal/tickets/{id}/estimates', { params: { path: { id: ticketId } } });
  const customer = useApiQuery('/portal/customer');
  const [note, setNote] = useState('');
  const reload = () => {
    charge.reload();
    estimates.reload();
  };
  const decide = useAction(async (d: Decision, message: string) => {
    const body = note.trim() ? { note: note.trim() } : {};
    const path = { id: ticketId, estimateId: d.estimateId };
    if (d.phaseId === undefined) await api.post(d.decision === 'approve' ? '/portal/tickets/{id}/estimates/{estimateId}/approve' : '/portal/tickets/{id}/estimates/{estimateId}/decline', { params: { path }, body });
    else await api.post(d.decision === 'approve' ? '/portal/tickets/{id}/estimates/{estimateId}/phases/{phaseId}/accept' : '/portal/tickets/{id}/estimates/{estimateId}/phases/{phaseId}/reject', { params: { path: { ...path, phaseId: d.phaseId } }, body });
    setNote('');
    notifications.show({ color: 'teal', message });
    reload();
  });
  const locale = customer.data?.locale ?? 'en';
  const items = estimates.data?.items ?? [];
  const waiting = items.some((e) => e.status === 'sent' || (e.status === 'approved' && e.phases.some((p) => p.status === 'handed_over')));
  return (
    <Stack data-testid="portal-billing">
      {charge.data && <ChargeabilityCard c={charge.data} audience="customer" />}
      {items.length > 0 && (
        <Paper withBorder p="md" data-testid="estimates">
          <Stack gap="sm">
            <Title order={2} fz="h5">
              {t('billing.estimate.title')}
            </Title>
            <ErrorAlert error={decide.error} />
            {items.map((e) => (
              <EstimateCard
                key={e.id}
                estimate={e}
                locale={locale}
                actions={
                  admin && e.status === 'sent' ? (
                    <Group gap="xs">
                      <Button size="xs" color="teal" loading={decide.pending} onClick={() => void decide.run({ estimateId: e.id, decision: 'approve' }, t('billing.estimate.approvedNotice'))}>
                        {t('billing.estimate.approve')}
                      </Button>
                      <Button size="xs" variant="default" loading={decide.pending} onClick={() => void decide.run({ estimateId: e.id, decision: 'decline' }, t('billing.estimate.declinedNotice'))}>
                        {t('billing.estimate.decline')}
                      </Button>
                    </Group>
                  ) : null
                }
                phaseAction={(p) =>
                  admin && e.status === 'approved' && p.status === 'handed_over' ? (
                    <Group gap={4}>
                      <Button size="compact-xs" color="teal" onClick={() => void decide.run({ estimateId: e.id, phaseId: p.id, decision: 'approve' }, t('billing.estimate.phaseAcceptedNotice'))}>
                        {t('billing.estimate.acceptPhase')}
                      </Button>
                      <Button size="compact-xs" variant="default" onClick={() => void decide.run({ estimateId: e.id, phaseId: p.id, decision: 'decline' }, t('billing.estimate.phaseRejectedNotice'))}>
                        {t('billing.estimate.rejectPhase')}
                      </Button>
                    </Group>
                  ) : null
                }
              />
            ))}
            {admin && waiting && (
              <Textarea label={t('billing.estimate.decisionNote')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            )}
            {!admin && waiting && (
              <Text size="xs" c="dimmed">
                {t('billing.estimate.adminDecides')}
              </Text>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
