import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface CapChoiceDetails {
  cap: number;
  authorized: Array<{ id: string; name: string; email: string; isAdministrator: boolean }>;
}

/** The details of a 409 CONTACT_CAP_CHOICE_REQUIRED, or null. */
export function capChoiceOf(error: { code: string; details: unknown } | null | undefined): CapChoiceDetails | null {
  if (error?.code !== 'CONTACT_CAP_CHOICE_REQUIRED') return null;
  const d = error.details as Partial<CapChoiceDetails> | null;
  return d && typeof d.cap === 'number' && Array.isArray(d.authorized) ? (d as CapChoiceDetails) : null;
}

/**
 * R-C2: the new plan caps authorized contacts below how many the customer has:
 * the manager chooses who stays authorized (the earliest authorized are
 * proposed). Saving applies the choice together with the plan change.
 */
export function CapChoice({ choice, keep, onChange }: { choice: CapChoiceDetails; keep: string[]; onChange(ids: string[]): void }) {
  const { t } = useTranslation();
  const over = keep.length > choice.cap;
  return (
    <Alert color="orange" variant="light" title={t('contracts.capChoice.title', { cap: choice.cap })} data-testid="cap-choice">
      <Stack gap="xs">
        <Text size="sm">{t('contracts.capChoice.explain', { cap: choice.cap, count: choice.authorized.length })}</Text>
        <Checkbox.Group value={keep} onChange={onChange}>
          <Stack gap={6}>
            {choice.authorized.map((c) => (
              <Checkbox key={c.id} value={c.id} label={`${c.name} <${c.email}>${c.isAdministrator ? ` · ${t('contracts.capChoice.administrator')}` : ''}`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Text size="xs" c={over ? 'red' : 'dimmed'}>
          {t('contracts.capChoice.chosen', { n: keep.length, cap: choice.cap })}
        </Text>
      </Stack>
    </Alert>
  );
}
