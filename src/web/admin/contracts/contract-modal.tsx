import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ContractView, CustomerView, PlanView, PriceBasis } from '../../api/catalogue-types';
import { useAction } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { planSelectData } from '../plans/plan-select-data';
import { CapChoice, capChoiceOf, type CapChoiceDetails } from './cap-choice';

interface Draft {
  customerId: string | null;
  planId: string | null;
  reference: string;
  startDate: string;
  goLiveDate: string;
  endDate: string;
  priceBasis: PriceBasis;
  basisAmount: number | string;
  percent: number | string;
  yearlyPrice: number | string;
  currency: string;
}

export const BASIS_KEYS: Record<PriceBasis, string> = { fixed: 'contracts.basis.fixed', licence: 'contracts.basis.licence', development: 'contracts.basis.development' };

const toCents = (v: number | string) => (v === '' || v === null ? null : Math.round(Number(v) * 100));
const fromCents = (v: number | null) => (v === null ? '' : v / 100);

function draftOf(c: ContractView | null, customerId: string | null, currency: string): Draft {
  return {
    customerId: c?.customerId ?? customerId,
    planId: c?.planId ?? null,
    reference: c?.reference ?? '',
    startDate: c?.startDate ?? '',
    goLiveDate: c?.goLiveDate ?? '',
    endDate: c?.endDate ?? '',
    priceBasis: c?.priceBasis ?? 'fixed',
    basisAmount: fromCents(c?.basisAmountCents ?? null),
    percent: c?.percentBp === null || c?.percentBp === undefined ? '' : c.percentBp / 100,
    yearlyPrice: fromCents(c?.yearlyPriceCents ?? null),
    currency: c?.currency ?? currency,
  };
}

/** R-P3/R-P6: a contract binds a customer to a plan, with dates and a price (fixed, or a percentage of a basis). */
export function ContractModal({
  opened,
  contract,
  customers,
  plans,
  customerId = null,
  onClose,
  onSaved,
}: {
  opened: boolean;
  contract: ContractView | null;
  customers: CustomerView[];
  plans: PlanView[];
  customerId?: string | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const defaultCurrency = customers.find((c) => c.id === customerId)?.currency ?? 'EUR';
  const [d, setD] = useState<Draft>(draftOf(contract, customerId, defaultCurrency));
  // R-C2: who stays authorized, once the server says the new plan's cap needs a choice.
  const [keep, setKeep] = useState<string[] | null>(null);
  const [choiceFor, setChoiceFor] = useState<CapChoiceDetails | null>(null);
  const save = useAction((x: Draft) => {
    const body = {
      planId: x.planId,
      startDate: x.startDate,
      reference: x.reference.trim(),
      goLiveDate: x.goLiveDate || null,
      endDate: x.endDate || null,
      priceBasis: x.priceBasis,
      basisAmountCents: x.priceBasis === 'fixed' ? null : toCents(x.basisAmount),
      percentBp: x.priceBasis === 'fixed' || x.percent === '' ? null : Math.round(Number(x.percent) * 100),
      yearlyPriceCents: toCents(x.yearlyPrice),
      currency: x.currency.trim().toUpperCase(),
      ...(contract && keep ? { keepAuthorized: keep } : {}),
    };
    return contract ? api.patch<ContractView>(`/admin/contracts/${contract.id}`, body) : api.post<ContractView>('/admin/contracts', { ...body, customerId: x.customerId });
  });
  const { reset } = save;
  useEffect(() => {
    if (!opened) return;
    setD(draftOf(contract, customerId, defaultCurrency));
    setKeep(null);
    setChoiceFor(null);
    reset();
  }, [opened, contract, customerId, defaultCurrency, reset]);
  const problems = save.error?.fieldProblems ?? {};
  const choice = capChoiceOf(save.error);
  useEffect(() => {
    // Propose the earliest authorized contacts (the server lists them in that order).
    if (choice && choice !== choiceFor) {
      setChoiceFor(choice);
      setKeep((k) => k ?? choice.authorized.slice(0, choice.cap).map((c) => c.id));
    }
  }, [choice, choiceFor]);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await save.run(d)) onSaved();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={contract ? t('contracts.editTitle') : t('contracts.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {choiceFor && keep && <CapChoice choice={choiceFor} keep={keep} onChange={setKeep} />}
          {!choice && <ErrorAlert error={save.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('contracts.customer')}
              required
              searchable
              disabled={!!contract || !!customerId}
              data={customers.map((c) => ({ value: c.id, label: c.name }))}
              value={d.customerId}
              onChange={(v) => set('customerId', v)}
            />
            <Select
              label={t('contracts.plan')}
              description={contract ? t('contracts.planChangeHint') : undefined}
              required
              searchable
              data={planSelectData(plans.filter((p) => !p.archivedAt))}
              value={d.planId}
              error={problems.planId}
              onChange={(v) => set('planId', v)}
            />
            <TextInput label={t('contracts.reference')} value={d.reference} onChange={(e) => set('reference', e.currentTarget.value)} />
            <TextInput type="date" label={t('contracts.startDate')} description={t('contracts.startDateHint')} required value={d.startDate} error={problems.startDate} onChange={(e) => set('startDate', e.currentTarget.value)} />
            <TextInput type="date" label={t('contracts.goLiveDate')} description={t('contracts.goLiveHint')} value={d.goLiveDate} error={problems.goLiveDate} onChange={(e) => set('goLiveDate', e.currentTarget.value)} />
            <TextInput type="date" label={t('contracts.endDate')} description={t('contracts.endDateHint')} value={d.endDate} error={problems.endDate} onChange={(e) => set('endDate', e.currentTarget.value)} />
            <Select
              label={t('contracts.priceBasis')}
              allowDeselect={false}
              data={(Object.keys(BASIS_KEYS) as PriceBasis[]).map((b) => ({ value: b, label: t(BASIS_KEYS[b]) }))}
              value={d.priceBasis}
              onChange={(v) => v && set('priceBasis', v as PriceBasis)}
            />
            <TextInput label={t('contracts.currency')} maxLength={3} value={d.currency} error={problems.currency} onChange={(e) => set('currency', e.currentTarget.value.toUpperCase())} />
            {d.priceBasis !== 'fixed' && (
              <>
                <NumberInput label={t('contracts.basisAmount')} min={0} decimalScale={2} value={d.basisAmount} onChange={(v) => set('basisAmount', v)} />
                <NumberInput label={t('contracts.percent')} min={0} max={1000} decimalScale={2} suffix=" %" value={d.percent} onChange={(v) => set('percent', v)} />
              </>
            )}
            <NumberInput label={t('contracts.yearlyPrice')} description={t('contracts.yearlyPriceHint')} min={0} decimalScale={2} value={d.yearlyPrice} onChange={(v) => set('yearlyPrice', v)} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.pending} disabled={!d.customerId || !d.planId || !d.startDate}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
