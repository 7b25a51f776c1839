import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UpgradeRight } from '../maintenance/types';

const COLOR = { free: 'teal', discount: 'yellow', not_covered: 'gray' } as const;
const REASONS: Record<string, string> = {
  no_contract: 'upgrade.reasons.noContract',
  free_within_level: 'upgrade.reasons.free',
  major_upgrade_discount: 'upgrade.reasons.discount',
  scope_not_included: 'upgrade.reasons.notIncluded',
};
const SCOPES: Record<string, string> = { platform: 'upgrade.scope.platform', module: 'upgrade.scope.module' };
const LEVELS: Record<string, string> = { major: 'upgrade.level.major', minor: 'upgrade.level.minor', hotfix: 'upgrade.level.hotfix' };

/** R-V5: free | licence discount + estimated migration | not covered, with the server's reason. */
export function UpgradeRightText({ right, latest }: { right: UpgradeRight; latest: string | null }) {
  const { t } = useTranslation();
  const label =
    right.outcome === 'free'
      ? t('upgrade.free')
      : right.outcome === 'discount'
        ? t(right.migration === 'estimate' ? 'upgrade.discountEstimate' : 'upgrade.discountIncluded', { percent: right.licenceDiscountPercent })
        : t('upgrade.notCovered');
  return (
    <Stack gap={2}>
      <Group gap={4} wrap="wrap">
        {latest && <Text size="sm">{t('upgrade.to', { version: latest })}</Text>}
        <Badge color={COLOR[right.outcome]} variant="light" style={{ whiteSpace: 'normal', height: 'auto' }}>
          {label}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" title={right.reason.message}>
        {REASONS[right.reason.code]
          ? t(REASONS[right.reason.code]!, { scope: SCOPES[right.scope] ? t(SCOPES[right.scope]!) : right.scope, level: LEVELS[right.level] ? t(LEVELS[right.level]!) : right.level, percent: right.outcome === 'discount' ? right.licenceDiscountPercent : 0 })
          : right.reason.message}
      </Text>
    </Stack>
  );
}
