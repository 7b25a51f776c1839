import { Anchor, Badge, Button, Grid, Group, NumberInput, Paper, Select, Stack, Switch, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatPercentBp } from '../../admin/shared/money';
import type { BodyFor } from '../../api/contract';
import { api, view } from '../../api/client';
import type { ContractView, CustomerView } from '../../api/catalogue-types';
import { useAction, useApiQuery, useLoad } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { CHARGE_KIND_KEYS, ROUNDING_KEYS } from '../labels';
import { money, toCents } from '../money';
import type { ActivationPreview, ChargeView, ContractTermsView, IncreaseView, RoundingRule } from '../types';
import { CategoryOverrides } from './category-overrides';

const today = () => new Date().toLocaleDateString('sv-SE');

/** Managers: a contract's billing terms (chargeability facts, units, rounding) and its pricing (R-P6..R-P10). */
export function ContractBillingPage() {
  const { id = '' } = useParams();
  const contract = useApiQuery('/admin/contracts/{id}', { params: { path: { id } } }, view<ContractView>());
  return <LoadState state={contract}>{(c) => <ContractBilling contract={c} reload={contract.reload} />}</LoadState>;
}

function ContractBilling({ contract: c, reload }: { contract: ContractView; reload(): void }) {
  const { t } = useTranslation();
  const customer = useApiQuery('/admin/customers/{id}', { params: { path: { id: c.customerId } } }, view<CustomerView>());
  const charges = useApiQuery('/admin/contracts/{id}/charges', { params: { path: { id: c.id } } }, view<{ items: ChargeView[]; increases: IncreaseView[] }>());
  const locale = customer.data?.locale ?? 'en';
  const fmt = (cents: number | null | undefined) => money(cents, c.currency, locale);
  const changed = () => {
    charges.reload();
    reload();
  };
  return (
    <>
      <PageHeader
        title={t('billing.contract.title', { reference: c.reference || c.id.slice(0, 8) })}
        description={
          <Anchor component={Link} to={`/admin/customers/${c.customerId}`} size="sm">
            {customer.data?.name ?? '…'}
          </Anchor>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Terms contractId={c.id} currency={c.currency} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Pricing contract={c} fmt={fmt} onChange={changed} />
            <LoadState state={charges}>{(d) => <Charges items={d.items} increases={d.increases} fmt={fmt} contractId={c.id} onChange={changed} />}</LoadState>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

function Terms({ contractId, currency }: { contractId: string; currency: string }) {
  const { t } = useTranslation();
  const terms = useApiQuery('/admin/contracts/{id}/billing-terms', { params: { path: { id: contractId } } }, view<ContractTermsView>());
  // The admin's edits over the stored terms; dropped once saved, so the stored ones show again.
  const [edited, setEdited] = useState<ContractTermsView | null>(null);
  const d = edited ?? terms.data ?? null;
  const save = useAction(async () => {
    if (!d) return;
    await api.patch('/admin/contracts/{id}/billing-terms', { params: { path: { id: contractId } }, body: {
      hasUpdateSubscription: d.hasUpdateSubscription,
      vendorHosted: d.vendorHosted,
      hasServiceContract: d.hasServiceContract,
      configurationTakeoverDate: d.configurationTakeoverDate || null,
      freeConfigurationTasksPerYear: d.freeConfigurationTasksPerYear,
      billingUnitMinutes: d.billingUnitMinutes,
      roundingRule: d.roundingRule,
      overageTicketPriceCents: d.overageTicketPriceCents,
      categoryOverrides: d.categoryOverrides,
    } });
    notifications.show({ color: 'teal', message: t('billing.terms.saved') });
    setEdited(null);
    terms.reload();
  });
  const set = <K extends keyof ContractTermsView>(k: K, v: ContractTermsView[K]) => d && setEdited({ ...d, [k]: v });
  return (
    <Paper withBorder p="md" data-testid="billing-terms">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h5">
            {t('billing.terms.title')}
          </Title>
          {terms.data && !terms.data.stored && (
            <Badge color="gray" variant="light" tt="none">
              {t('billing.terms.defaults')}
            </Badge>
          )}
        </Group>
        <ErrorAlert error={terms.error ?? save.error} />
        {d && (
          <>
            <Switch label={t('billing.terms.updateSubscription')} description={t('billing.terms.updateSubscriptionHint')} checked={d.hasUpdateSubscription} onChange={(e) => set('hasUpdateSubscription', e.currentTarget.checked)} />
            <Switch label={t('billing.terms.vendorHosted')} description={t('billing.terms.vendorHostedHint')} checked={d.vendorHosted} onChange={(e) => set('vendorHosted', e.currentTarget.checked)} />
            <Switch label={t('billing.terms.serviceContract')} description={t('billing.terms.serviceContractHint')} checked={d.hasServiceContract} onChange={(e) => set('hasServiceContract', e.currentTarget.checked)} />
            <TextInput type="date" label={t('billing.terms.takeover')} description={t('billing.terms.takeoverHint')} value={d.configurationTakeoverDate ?? ''} onChange={(e) => set('configurationTakeoverDate', e.currentTarget.value || null)} />
            <NumberInput label={t('billing.terms.freeTasks')} min={0} max={1000} allowDecimal={false} value={d.freeConfigurationTasksPerYear} onChange={(v) => set('freeConfigurationTasksPerYear', Number(v) || 0)} />
            <Group grow align="flex-start">
              <NumberInput label={t('billing.terms.unit')} min={1} max={480} allowDecimal={false} value={d.billingUnitMinutes} onChange={(v) => set('billingUnitMinutes', Number(v) || 15)} />
              <Select
                label={t('billing.terms.rounding')}
                data={(Object.keys(ROUNDING_KEYS) as RoundingRule[]).map((r) => ({ value: r, label: t(ROUNDING_KEYS[r]) }))}
                value={d.roundingRule}
                onChange={(v) => v && set('roundingRule', v as RoundingRule)}
                allowDeselect={false}
              />
            </Group>
            <NumberInput
              label={t('billing.terms.overagePrice', { currency })}
              min={0}
              decimalScale={2}
              fixedDecimalScale
              value={d.overageTicketPriceCents === null ? '' : d.overageTicketPriceCents / 100}
              onChange={(v) => set('overageTicketPriceCents', toCents(v))}
            />
            <CategoryOverrides value={d.categoryOverrides} onChange={(v) => set('categoryOverrides', v)} />
            <Group justify="flex-end">
              <Button onClick={() => void save.run()} loading={save.pending}>
                {t('common.save')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Pricing({ contract: c, fmt, onChange }: { contract: ContractView; fmt(cents: number | null | undefined): string; onChange(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [acceptance, setAcceptance] = useState(today);
  const [year, setYear] = useState<number | string>(new Date().getFullYear());
  const [basis, setBasis] = useState<number | string>(c.basisAmountCents === null ? '' : c.basisAmountCents / 100);
  const [pct, setPct] = useState<number | string>(c.percentBp === null ? '' : c.percentBp / 100);
  const [changeDate, setChangeDate] = useState(today);
  const [incYear, setIncYear] = useState<number | string>(new Date().getFullYear() + 1);
  const [incPct, setIncPct] = useState<number | string>('');
  const [agreedOn, setAgreedOn] = useState(today);
  const [agreement, setAgreement] = useState('');
  const preview = useLoad(['/admin/billing/activation-preview', c.yearlyPriceCents, acceptance], (signal) =>
      c.yearlyPriceCents !== null && /^\d{4}-\d{2}-\d{2}$/.test(acceptance)
        ? api.get('/admin/billing/activation-preview', { params: { query: { yearlyPriceCents: c.yearlyPriceCents, acceptanceDate: acceptance } }, signal }, view<ActivationPreview>())
        : Promise.resolve(null));
  const act = useAction(async (write: () => Promise<unknown>, message: string) => {
    await write();
    notifications.show({ color: 'teal', message });
    onChange();
  });
  const p = preview.data;
  return (
    <Paper withBorder p="md" data-testid="contract-pricing">
      <Stack gap="md">
        <Title order={2} fz="h5">
          {t('billing.pricing.title')}
        </Title>
        <Group gap="xl" wrap="wrap">
          <Text size="sm">{t('billing.pricing.yearly', { amount: c.yearlyPriceCents === null ? '—' : fmt(c.yearlyPriceCents) })}</Text>
          {c.priceBasis !== 'fixed' && c.percentBp !== null && (
            <Text size="sm" c="dimmed">
              {t(c.priceBasis === 'licence' ? 'billing.pricing.ofLicence' : 'billing.pricing.ofDevelopment', { percent: formatPercentBp(f.locale, c.percentBp), basis: fmt(c.basisAmountCents) })}
            </Text>
          )}
        </Group>
        <ErrorAlert error={act.error ?? preview.error} />

        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('billing.pricing.activation')}
          </Text>
          <Text size="xs" c="dimmed" data-testid="month-rule">
            {t('billing.pricing.monthRule')}
          </Text>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput type="date" label={t('billing.pricing.acceptanceDate')} value={acceptance} onChange={(e) => setAcceptance(e.currentTarget.value)} />
            <Button variant="light" disabled={!p} loading={act.pending} onClick={() => void act.run(() => api.post('/admin/contracts/{id}/activation', { params: { path: { id: c.id } }, body: { acceptanceDate: acceptance } }), t('billing.pricing.charged'))}>
              {t('billing.pricing.activate')}
            </Button>
          </Group>
          {p && (
            <Text size="sm" data-testid="activation-preview">
              {t('billing.pricing.preview', { fraction: p.fraction, amount: fmt(p.amountCents), from: f.date(p.periodStart), to: f.date(p.periodEnd) })}
            </Text>
          )}
          {c.yearlyPriceCents === null && (
            <Text size="xs" c="orange.8">
              {t('billing.pricing.noPrice')}
            </Text>
          )}
        </Stack>

        <Group gap="xs" align="flex-end" wrap="wrap">
          <NumberInput label={t('billing.pricing.retroYear')} description={t('billing.pricing.retroHint')} min={2000} max={2200} allowDecimal={false} value={year} onChange={setYear} w={220} />
          <Button variant="light" loading={act.pending} onClick={() => void act.run(() => api.post('/admin/contracts/{id}/retroactive-activation', { params: { path: { id: c.id } }, body: { year: Number(year) } }), t('billing.pricing.charged'))}>
            {t('billing.pricing.retroactive')}
          </Button>
        </Group>

        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('billing.pricing.adjustment')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('billing.pricing.adjustmentHint')}
          </Text>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <NumberInput label={t('billing.pricing.basis', { currency: c.currency })} min={0} decimalScale={2} fixedDecimalScale value={basis} onChange={setBasis} w={180} />
            <NumberInput label={t('billing.pricing.percent')} min={0} decimalScale={2} suffix=" %" value={pct} onChange={setPct} w={110} />
            <TextInput type="date" label={t('billing.pricing.changeDate')} value={changeDate} onChange={(e) => setChangeDate(e.currentTarget.value)} />
            <Button
              variant="light"
              loading={act.pending}
              disabled={basis === ''}
              onClick={() => void act.run(() => api.post('/admin/contracts/{id}/basis-change', { params: { path: { id: c.id } }, body: { basisAmountCents: toCents(basis), percentBp: pct === '' ? undefined : Math.round(Number(pct) * 100), changeDate } as BodyFor<'/admin/contracts/{id}/basis-change', 'post'> }), t('billing.pricing.charged'))}
            >
              {t('billing.pricing.applyChange')}
            </Button>
          </Group>
        </Stack>

        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('billing.pricing.increase')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('billing.pricing.increaseHint')}
          </Text>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <NumberInput label={t('billing.inflation.year')} min={2000} max={2200} allowDecimal={false} value={incYear} onChange={setIncYear} w={100} />
            <NumberInput label={t('billing.pricing.percent')} min={0.01} decimalScale={2} suffix=" %" value={incPct} onChange={setIncPct} w={110} />
            <TextInput type="date" label={t('billing.pricing.agreedOn')} value={agreedOn} onChange={(e) => setAgreedOn(e.currentTarget.value)} />
          </Group>
          <Textarea label={t('billing.pricing.agreement')} description={t('billing.pricing.agreementHint')} autosize minRows={2} value={agreement} onChange={(e) => setAgreement(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button
              variant="light"
              loading={act.pending}
              disabled={incPct === ''}
              onClick={() =>
                void act.run(() => api.post('/admin/contracts/{id}/yearly-increase', { params: { path: { id: c.id } }, body: { year: Number(incYear), percentBp: Math.round(Number(incPct) * 100), agreement: agreement.trim() ? { agreedOn, note: agreement.trim() } : undefined } }), t('billing.pricing.increaseRecorded'))
              }
            >
              {t('billing.pricing.recordIncrease')}
            </Button>
          </Group>
        </Stack>
        <Text size="xs" c="dimmed">
          {t('billing.pricing.noticeHint')}
        </Text>
      </Stack>
    </Paper>
  );
}

function Charges({ items, increases, fmt, contractId, onChange }: { items: ChargeView[]; increases: IncreaseView[]; fmt(c: number): string; contractId: string; onChange(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const cancel = useAction(async (chargeId: string) => {
    await api.post('/admin/contracts/{id}/charges/{chargeId}/cancel', { params: { path: { id: contractId, chargeId } }, });
    onChange();
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h5">
          {t('billing.charges.title')}
        </Title>
        <ErrorAlert error={cancel.error} />
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('billing.charges.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('billing.charges.kind')}</Table.Th>
                  <Table.Th>{t('billing.invoices.period')}</Table.Th>
                  <Table.Th ta="right">{t('billing.charges.fraction')}</Table.Th>
                  <Table.Th ta="right">{t('billing.invoices.amount')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((ch) => (
                  <Table.Tr key={ch.id} data-testid="charge-row" style={ch.cancelledAt ? { opacity: 0.55 } : undefined}>
                    <Table.Td>
                      {t(CHARGE_KIND_KEYS[ch.kind])}{' '}
                      <Text span size="xs" c="dimmed">
                        {ch.ruleId}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t('billing.invoices.periodValue', { from: f.date(ch.periodStart), to: f.date(ch.periodEnd) })}</Table.Td>
                    <Table.Td ta="right">{ch.fraction}</Table.Td>
                    <Table.Td ta="right">{fmt(ch.amountCents)}</Table.Td>
                    <Table.Td ta="right">
                      {ch.cancelledAt ? (
                        <Badge size="xs" color="gray" tt="none">
                          {t('billing.charges.cancelled')}
                        </Badge>
                      ) : ch.invoiceId ? (
                        <Anchor component={Link} to={`/admin/invoices/${ch.invoiceId}`} size="xs">
                          {t('billing.charges.invoiced')}
                        </Anchor>
                      ) : (
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => void cancel.run(ch.id)}>
                          {t('billing.charges.cancel')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {increases.map((i) => (
          <Text key={i.id} size="sm" data-testid="increase">
            {t('billing.charges.increaseLine', {
              year: i.year,
              percent: formatPercentBp(f.locale, i.percentBp),
              inflation: formatPercentBp(f.locale, i.inflationBp),
              from: fmt(i.oldYearlyCents),
              to: fmt(i.newYearlyCents),
              date: f.date(i.agreedOn),
            })}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
