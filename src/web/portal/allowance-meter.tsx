import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AllowanceItem } from '../api/catalogue-types';
import { useFormat } from '../i18n/format';

/** R-P5: tickets used and left in the current contract year, with what happens when none are left. */
export function AllowanceMeter({ allowance: a }: { allowance: AllowanceItem }) {
  const { t } = useTranslation();
  const f = useFormat();
  const period = t('portal.allowance.period', { from: f.date(a.yearStart), to: f.date(a.yearEnd) });
  if (a.included === null) {
    return (
      <Stack gap={4} data-testid="allowance">
        <Text size="sm" fw={500}>
          {t('portal.allowance.unlimited', { used: f.number(a.used) })}
        </Text>
        <Text size="xs" c="dimmed">
          {period}
        </Text>
      </Stack>
    );
  }
  const total = a.included + a.fromBundles;
  const percent = total > 0 ? Math.min(100, (a.used / total) * 100) : 100;
  const left = a.left ?? 0;
  const color = left === 0 ? 'red' : percent >= 80 ? 'orange' : 'teal';
  return (
    <Stack gap={6} data-testid="allowance">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {t('portal.allowance.used', { used: f.number(a.used), total: f.number(total) })}
        </Text>
        <Text size="sm" fw={600} c={color}>
          {t('portal.allowance.left', { left: f.number(left) })}
        </Text>
      </Group>
      <Progress value={percent} color={color} size="lg" aria-label={t('portal.allowance.meter')} />
      <Text size="xs" c="dimmed">
        {period}
        {a.fromBundles > 0 && ` · ${t('portal.allowance.bundles', { n: f.number(a.fromBundles) })}`}
        {a.excludedByGoLive > 0 && ` · ${t('portal.allowance.goLive', { n: f.number(a.excludedByGoLive) })}`}
      </Text>
      {a.overage > 0 && (
        // R-P5: extra tickets are billed on their own and take nothing from the allowance or a bundle.
        <Text size="xs" c="dimmed" data-testid="allowance-overage">
          {t('portal.allowance.overage', { n: f.number(a.overage) })}
        </Text>
      )}
      {left === 0 && (
        <Alert color={a.overageRule === 'bill' ? 'orange' : 'red'} variant="light" title={t('portal.allowance.exhaustedTitle')}>
          {a.overageRule === 'bill' ? t('portal.allowance.exhaustedBill') : t('portal.allowance.exhaustedHold')}
        </Alert>
      )}
    </Stack>
  );
}
