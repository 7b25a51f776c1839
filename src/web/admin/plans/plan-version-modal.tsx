import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
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
  const calendars = useCalendars();
  const severities = useSeverities();
  const [head, setHead] = useState({ code: '', name: '', catalogue: '', rank: 0 as number | string });
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [draft, setDraft] = useState<TermsDraft>(() => termsDraft(base ?? null));
  const [problems, setProblems] = useState<Record<string, boolean>>({});
  const save = useAction(async (terms: Partial<PlanTerms>) => {
    const eff = effectiveFrom ? { effectiveFrom } : {};
    if (plan) return (await api.post<PlanVersionView>(`/admin/plans/${plan.id}/versions`, { terms, ...eff })).planId;
    const body = { code: head.code.trim(), name: head.name.trim(), rank: Number(head.rank) || 0, terms, ...eff, ...(head.catalogue.trim() ? { catalogue: head.catalogue.trim() } : {}) };
    return (await api.post<{ plan: PlanView }>('/admin/plans', body)).plan.id;
  });
  const { reset } = save;
  useEffect(() => {
    if (!opened) return;
    setDraft(termsDraft(base ?? null));
    setProblems({});
    setEffectiveFrom('');
    reset();
  }, [opened, base, reset]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = termsFromDraft(draft);
    setProblems(r.problems ?? {});
    if (!r.terms) return;
    const id = await save.run(r.terms);
    if (id !== undefined) onSaved(id);
  };
  const serverProblems = save.error?.fieldProblems ?? {};

  return (
    <Modal opened={opened} onClose={onClose} title={plan ? t('plans.newVersionTitle', { name: plan.name }) : t('plans.createTitle')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={save.error} />
          {!plan && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('common.name')} required value={head.name} onChange={(e) => setHead({ ...head, name: e.currentTarget.value })} data-autofocus />
              <TextInput
                label={t('common.code')}
                description={t('common.codeHint')}
                required
                value={head.code}
                error={serverProblems.code}
                onChange={(e) => setHead({ ...head, code: e.currentTarget.value })}
              />
              <TextInput label={t('plans.catalogue')} description={t('plans.catalogueHint')} value={head.catalogue} onChange={(e) => setHead({ ...head, catalogue: e.currentTarget.value })} />
              <NumberInput label={t('plans.rank')} description={t('plans.rankHint')} min={0} max={1000} value={head.rank} onChange={(v) => setHead({ ...head, rank: v })} />
            </SimpleGrid>
          )}
          <TextInput
            type="date"
            label={t('plans.effectiveFrom')}
            description={plan ? t('plans.effectiveFromVersionHint') : t('plans.effectiveFromHint')}
            value={effectiveFrom}
            error={serverProblems.effectiveFrom}
            onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
          />
          <LoadState state={calendars}>
            {(cals) => (
              <LoadState state={severities}>
                {(sevs) => <TermsFields draft={draft} onChange={setDraft} problems={problems} calendars={cals.items} severities={sevs.items} />}
              </LoadState>
            )}
          </LoadState>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.pending} disabled={!plan && (!head.code.trim() || !head.name.trim())}>
              {plan ? t('plans.saveVersion') : t('plans.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
