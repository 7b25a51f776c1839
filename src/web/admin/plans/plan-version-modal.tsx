import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyFor } from '../../api/contract';
import { api, view } from '../../api/client';
import type { PlanVersionView, PlanView } from '../../api/catalogue-types';
import type { PlanTerms } from '../../api/types';
import { useAction } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { LoadState } from '../../components/load-state';
import { useCalendars, useSeverities } from '../shared/lookups';
import { TermsFields } from './terms-fields';
import { termsDraft, termsFromDraft, type TermsDraft } from './terms-draft';

/**
 * Creates a plan with its version 1, or edits a plan by adding a version
 * with an effective date (R-P2: tickets stay on the version they were
 * registered under; fields the form does not show are copied by the server).
 */
export function PlanVersionModal({
  opened,
  onClose,
  onSaved,
  plan,
  base,
}: {
  opened: boolean;
  onClose(): void;
  onSaved(planId: string): void;
  plan?: PlanView;
  base?: PlanTerms | null;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={plan ? t('plans.newVersionTitle', { name: plan.name }) : t('plans.createTitle')} size="xl">
      {/* Mounted per opening (and again once the current terms arrive): the form starts from them, no effect copies them in. */}
      {opened && <PlanVersionForm key={`${plan?.id ?? 'new'}:${base ? 'terms' : 'none'}`} plan={plan} base={base} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

interface Draft {
  code: string;
  name: string;
  catalogue: string;
  rank: number | string;
  effectiveFrom: string;
  terms: TermsDraft;
}

function PlanVersionForm({ plan, base, onClose, onSaved }: { plan?: PlanView; base?: PlanTerms | null; onClose(): void; onSaved(planId: string): void }) {
  const { t } = useTranslation();
  const calendars = useCalendars();
  const severities = useSeverities();
  const form = useForm<Draft>({ initialValues: { code: '', name: '', catalogue: '', rank: 0, effectiveFrom: '', terms: termsDraft(base ?? null) } });
  // The terms grid's own checks (termsFromDraft), by field path.
  const [problems, setProblems] = useState<Record<string, boolean>>({});
  const save = useAction(async ({ head, terms }: { head: Draft; terms: Partial<PlanTerms> }) => {
    const eff = head.effectiveFrom ? { effectiveFrom: head.effectiveFrom } : {};
    if (plan) return (await api.post('/admin/plans/{id}/versions', { params: { path: { id: plan.id } }, body: { terms, ...eff } as BodyFor<'/admin/plans/{id}/versions', 'post'> }, view<PlanVersionView>())).planId;
    const body = { code: head.code.trim(), name: head.name.trim(), rank: Number(head.rank) || 0, terms, ...eff, ...(head.catalogue.trim() ? { catalogue: head.catalogue.trim() } : {}) };
    return (await api.post('/admin/plans', { body: body as BodyFor<'/admin/plans', 'post'> }, view<{ plan: PlanView }>())).plan.id;
  });

  const submit = form.onSubmit(async (values) => {
    const r = termsFromDraft(values.terms);
    setProblems(r.problems ?? {});
    if (!r.terms) return;
    const id = await save.run({ head: values, terms: r.terms });
    if (id !== undefined) onSaved(id);
  });
  const serverProblems = save.error?.fieldProblems ?? {};
  const d = form.values;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={save.error} />
        {!plan && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('common.name')} required {...form.getInputProps('name')} data-autofocus />
            <TextInput label={t('common.code')} description={t('common.codeHint')} required {...form.getInputProps('code')} error={serverProblems.code} />
            <TextInput label={t('plans.catalogue')} description={t('plans.catalogueHint')} {...form.getInputProps('catalogue')} />
            <NumberInput label={t('plans.rank')} description={t('plans.rankHint')} min={0} max={1000} {...form.getInputProps('rank')} />
          </SimpleGrid>
        )}
        <TextInput
          type="date"
          label={t('plans.effectiveFrom')}
          description={plan ? t('plans.effectiveFromVersionHint') : t('plans.effectiveFromHint')}
          {...form.getInputProps('effectiveFrom')}
          error={serverProblems.effectiveFrom}
        />
        <LoadState state={calendars}>
          {(cals) => (
            <LoadState state={severities}>
              {(sevs) => <TermsFields draft={d.terms} onChange={(terms) => form.setFieldValue('terms', terms)} problems={problems} calendars={cals.items} severities={sevs.items} />}
            </LoadState>
          )}
        </LoadState>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.pending} disabled={!plan && (!d.code.trim() || !d.name.trim())}>
            {plan ? t('plans.saveVersion') : t('plans.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
