import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyFor } from '../../api/contract';
import { api, view } from '../../api/client';
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
  return (
    <Modal opened={opened} onClose={onClose} title={contract ? t('contracts.editTitle') : t('contracts.createTitle')} size="lg">
      {/* Mounted per opening and per contract: the form starts from the contract, no effect copies it in. */}
      {opened && <ContractForm key={contract?.id ?? 'new'} contract={contract} customers={customers} plans={plans} customerId={customerId} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function ContractForm({
  contract,
  customers,
  plans,
  customerId,
  onClose,
  onSaved,
}: {
  contract: ContractView | null;
  customers: CustomerView[];
  plans: PlanView[];
  customerId: string | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const defaultCurrency = customers.find((c) => c.id === customerId)?.currency ?? 'EUR';
  const form = useForm<Draft>({ initialValues: draftOf(contract, customerId, defaultCurrency) });
  // R-C2: who stays authorized, once the server says the new plan's cap needs a choice. The earliest
  // authorized contacts are proposed (the server lists them in that order) until the admin changes it.
  const [chosen, setChosen] = useState<{ choice: CapChoiceDetails; keep: string[] } | null>(null);
  const save = useAction((x: Draft, keep: string[] | null) => {
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
    return contract ? api.patch('/admin/contracts/{id}', { params: { path: { id: contract.id } }, body: body as BodyFor<'/admin/contracts/{id}', 'patch'> }, view<ContractView>()) : api.post('/admin/contracts', { body: { ...body, customerId: x.customerId } as BodyFor<'/admin/contracts', 'post'> }, view<ContractView>());
  });
  const problems = save.error?.fieldProblems ?? {};
  const choice = capChoiceOf(save.error);
  const shown = choice ? { choice, keep: chosen?.keep ?? choice.authorized.slice(0, choice.cap).map((c) => c.id) } : chosen;
  const d = form.values;
  const submit = form.onSubmit(async (values) => {
    if (await save.run(values, shown?.keep ?? null)) onSaved();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {shown && <CapChoice choice={shown.choice} keep={shown.keep} onChange={(k) => setChosen({ choice: shown.choice, keep: k })} />}
        {!choice && <ErrorAlert error={save.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('contracts.customer')}
            required
            searchable
            disabled={!!contract || !!customerId}
            data={customers.map((c) => ({ value: c.id, label: c.name }))}
            value={d.customerId}
            onChange={(v) => form.setFieldValue('customerId', v)}
          />
          <Select
            label={t('contracts.plan')}
            description={contract ? t('contracts.planChangeHint') : undefined}
            required
            searchable
            data={planSelectData(plans.filter((p) => !p.archivedAt))}
            value={d.planId}
            error={problems.planId}
            onChange={(v) => form.setFieldValue('planId', v)}
          />
          <TextInput label={t('contracts.reference')} {...form.getInputProps('reference')} />
          <TextInput type="date" label={t('contracts.startDate')} description={t('contracts.startDateHint')} required {...form.getInputProps('startDate')} error={problems.startDate} />
          <TextInput type="date" label={t('contracts.goLiveDate')} description={t('contracts.goLiveHint')} {...form.getInputProps('goLiveDate')} error={problems.goLiveDate} />
          <TextInput type="date" label={t('contracts.endDate')} description={t('contracts.endDateHint')} {...form.getInputProps('endDate')} error={problems.endDate} />
          <Select
            label={t('contracts.priceBasis')}
            allowDeselect={false}
            data={(Object.keys(BASIS_KEYS) as PriceBasis[]).map((b) => ({ value: b, label: t(BASIS_KEYS[b]) }))}
            value={d.priceBasis}
            onChange={(v) => v && form.setFieldValue('priceBasis', v as PriceBasis)}
          />
          <TextInput label={t('contracts.currency')} maxLength={3} value={d.currency} error={problems.currency} onChange={(e) => form.setFieldValue('currency', e.currentTarget.value.toUpperCase())} />
          {d.priceBasis !== 'fixed' && (
            <>
              <NumberInput label={t('contracts.basisAmount')} min={0} decimalScale={2} {...form.getInputProps('basisAmount')} />
              <NumberInput label={t('contracts.percent')} min={0} max={1000} decimalScale={2} suffix=" %" {...form.getInputProps('percent')} />
            </>
          )}
          <NumberInput label={t('contracts.yearlyPrice')} description={t('contracts.yearlyPriceHint')} min={0} decimalScale={2} {...form.getInputProps('yearlyPrice')} />
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
  );
}
