import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../../api/ticket-types';
import { CATEGORY_KEYS } from '../../tickets/labels';
import type { ContractTermsView } from '../types';

type Overrides = ContractTermsView['categoryOverrides'];
const PLAN = 'plan';

/**
 * R-P1: per request category, whether this contract follows its plan (what the
 * plan includes is free) or says otherwise (free or billable). Saved with the
 * billing terms; the server records the change.
 */
export function CategoryOverrides({ value, onChange }: { value: Overrides; onChange(v: Overrides): void }) {
  const { t } = useTranslation();
  const options = [
    { value: PLAN, label: t('billing.overrides.followPlan') },
    { value: 'free', label: t('billing.overrides.free') },
    { value: 'billable', label: t('billing.overrides.billable') },
  ];
  const set = (category: (typeof CATEGORIES)[number], v: string | null) => {
    const next = { ...value };
    if (!v || v === PLAN) delete next[category];
    else next[category] = v as 'free' | 'billable';
    onChange(next);
  };
  return (
    <Stack gap={4} data-testid="category-overrides">
      <Text size="sm" fw={500}>
        {t('billing.overrides.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('billing.overrides.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {CATEGORIES.map((c) => (
          <Select
            key={c}
            label={t(CATEGORY_KEYS[c])}
            data={options}
            value={value[c] ?? PLAN}
            onChange={(v) => set(c, v)}
            allowDeselect={false}
            data-testid={`override-${c}`}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
