import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { ESTIMATE_STATUS_COLOR, ESTIMATE_STATUS_KEYS, PHASE_STATUS_KEYS } from './labels';
import { money } from './money';
import type { EstimateView, PhaseView } from './types';

/** One estimate version: hours, price in the customer's currency and locale, phases with their states. */
export function EstimateCard({ estimate: e, locale, actions, phaseAction }: { estimate: EstimateView; locale: string; actions?: ReactNode; phaseAction?(p: PhaseView): ReactNode }) {
  const { t } = useTranslation();
  const f = useFormat();
  const showPhases = e.phases.length > 1 || e.status === 'approved';
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="estimate" data-status={e.status}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs">
            <Text fw={600} size="sm">
              {t('billing.estimate.version', { n: e.version })}
            </Text>
            <Badge color={ESTIMATE_STATUS_COLOR[e.status]} variant="light" tt="none" data-testid="estimate-status">
              {t(ESTIMATE_STATUS_KEYS[e.status])}
            </Badge>
          </Group>
          {actions}
        </Group>
        <Group gap="lg" wrap="wrap">
          <Text size="sm">{t('billing.estimate.hoursValue', { hours: f.number(e.hours) })}</Text>
          <Text size="sm" fw={600} data-testid="estimate-price">
            {money(e.priceCents, e.currency, locale)}
          </Text>
        </Group>
        {e.note && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {e.note}
          </Text>
        )}
        {showPhases && (
          <Table.ScrollContainer minWidth={320}>
            <Table fz="sm" verticalSpacing={2}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('billing.estimate.phase')}</Table.Th>
                  <Table.Th ta="right">{t('billing.estimate.hours')}</Table.Th>
                  <Table.Th ta="right">{t('billing.estimate.amount')}</Table.Th>
                  <Table.Th>{t('billing.estimate.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {e.phases.map((p) => (
                  <Table.Tr key={p.id} data-testid="estimate-phase">
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td ta="right">{f.number(p.hours)}</Table.Td>
                    <Table.Td ta="right">{money(p.priceCents, e.currency, locale)}</Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="wrap">
                        <Badge size="sm" variant="outline" tt="none">
                          {t(PHASE_STATUS_KEYS[p.status])}
                        </Badge>
                        {phaseAction?.(p)}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Text size="xs" c="dimmed">
          {e.decidedAt
            ? t(e.status === 'approved' ? 'billing.estimate.approvedAt' : 'billing.estimate.declinedAt', { when: f.dateTime(e.decidedAt) })
            : e.sentAt
              ? t('billing.estimate.sentAt', { when: f.dateTime(e.sentAt) })
              : t('billing.estimate.draftedAt', { when: f.dateTime(e.createdAt) })}
        </Text>
        {e.decisionNote && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {e.decisionNote}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
