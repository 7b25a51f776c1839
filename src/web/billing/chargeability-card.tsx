import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { REASON_KEYS } from './labels';
import type { ChargeabilityView } from './types';

/** Billable or free and why (translated from the rule's reasonKey); staff also see the rule id (R-B1..R-B6), customers never do. */
export function ChargeabilityCard({ c, audience }: { c: ChargeabilityView; audience: 'staff' | 'customer' }) {
  const { t } = useTranslation();
  const f = useFormat();
  const key = REASON_KEYS[c.reasonKey];
  const reason = key ? t(key, { day: c.dayAfterTakeover ?? 0, left: c.freeTasksLeft ?? 0 }) : c.reason;
  const state = !c.classified ? 'unclassified' : c.billable ? 'billable' : 'free';
  return (
    <Paper withBorder p="md" data-testid="chargeability" data-state={state}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} fz="h5">
            {t('billing.chargeability.title')}
          </Title>
          {audience === 'staff' && c.ruleId && (
            <Badge variant="outline" color="gray" tt="none" data-testid="charge-rule">
              {c.ruleId}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          <Badge color={state === 'billable' ? 'orange' : state === 'free' ? 'teal' : 'gray'} tt="none" size="lg" data-testid="charge-state">
            {state === 'billable' ? t('billing.chargeability.billable') : state === 'free' ? t('billing.chargeability.free') : t('billing.chargeability.unclassified')}
          </Badge>
        </Group>
        <Text size="sm" data-testid="charge-reason">
          {reason}
        </Text>
        {c.needsEstimate && (
          <Text size="sm" c={c.billableWorkAllowed ? 'teal.8' : 'orange.8'} data-testid="charge-gate">
            {c.billableWorkAllowed
              ? t('billing.chargeability.approvedGate')
              : audience === 'customer'
                ? t('billing.chargeability.customerGate')
                : t('billing.chargeability.staffGate')}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('billing.chargeability.reportedOn', { date: f.date(c.reportedOn) })}
        </Text>
      </Stack>
    </Paper>
  );
}
