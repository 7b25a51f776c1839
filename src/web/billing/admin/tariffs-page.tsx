import { Badge, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITIES } from '../../../core/billing/billing-units.js';
import { formatPercentBp } from '../../admin/shared/money';
import type { BodyFor } from '../../api/contract';
import { api, view } from '../../api/client';
import { useAction, useApiQuery } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { ACTIVITY_KEYS } from '../labels';
import { money, toCents } from '../money';
import type { BillingSettingsView, InflationRateView, TariffView } from '../types';

const today = () => new Date().toLocaleDateString('sv-SE');

/** Managers: hourly tariffs per activity (effective-dated, per currency), inflation rates (R-P9 cap) and billing settings. */
export function TariffsPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const tariffs = useApiQuery('/admin/tariffs', undefined, view<{ items: TariffView[] }>());
  const [activity, setActivity] = useState<string>('all');
  const [currency, setCurrency] = useState('EUR');
  const [rate, setRate] = useState<number | string>('');
  const [from, setFrom] = useState(today);
  const [note, setNote] = useState('');
  const create = useAction(async () => {
    await api.post('/admin/tariffs', { body: { activity: activity === 'all' ? null : activity, currency: currency.trim().toUpperCase(), ratePerHourCents: toCents(rate), effectiveFrom: from, note: note.trim() || undefined } as BodyFor<'/admin/tariffs', 'post'> });
    notifications.show({ color: 'teal', message: t('billing.tariffs.added') });
    setRate('');
    setNote('');
    tariffs.reload();
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void create.run();
  };
  const activityOptions = [{ value: 'all', label: t('billing.tariffs.everyActivity') }, ...ACTIVITIES.map((a) => ({ value: a, label: t(ACTIVITY_KEYS[a]) }))];
  return (
    <>
      <PageHeader title={t('billing.tariffs.title')} description={t('billing.tariffs.hint')} />
      <Stack>
        <Paper withBorder p="md">
          <Stack gap="sm" component="form" onSubmit={submit}>
            <Title order={2} fz="h5">
              {t('billing.tariffs.new')}
            </Title>
            <ErrorAlert error={create.error} />
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <Select label={t('billing.time.activity')} data={activityOptions} value={activity} onChange={(v) => v && setActivity(v)} allowDeselect={false} />
              <TextInput label={t('billing.tariffs.currency')} value={currency} maxLength={3} onChange={(e) => setCurrency(e.currentTarget.value)} required />
              <NumberInput label={t('billing.tariffs.rate')} min={0} decimalScale={2} fixedDecimalScale value={rate} onChange={setRate} required />
              <TextInput type="date" label={t('billing.tariffs.effectiveFrom')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} required />
            </SimpleGrid>
            <TextInput label={t('billing.tariffs.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <Group justify="flex-end">
              <Button type="submit" loading={create.pending} disabled={rate === ''}>
                {t('billing.tariffs.add')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        <LoadState state={tariffs}>
          {(d) => (
            <Paper withBorder>
              {d.items.length === 0 ? (
                <Text size="sm" c="dimmed" p="md">
                  {t('billing.tariffs.none')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={520}>
                  <Table verticalSpacing="xs">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('billing.time.activity')}</Table.Th>
                        <Table.Th ta="right">{t('billing.tariffs.rate')}</Table.Th>
                        <Table.Th>{t('billing.tariffs.effectiveFrom')}</Table.Th>
                        <Table.Th>{t('billing.tariffs.note')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {d.items.map((x) => (
                        <Table.Tr key={x.id} data-testid="tariff-row">
                          <Table.Td>{x.activity ? t(ACTIVITY_KEYS[x.activity]) : t('billing.tariffs.everyActivity')}</Table.Td>
                          <Table.Td ta="right">{t('billing.tariffs.perHour', { amount: money(x.ratePerHourCents, x.currency, i18n.language) })}</Table.Td>
                          <Table.Td>{f.date(x.effectiveFrom)}</Table.Td>
                          <Table.Td>{x.note}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Paper>
          )}
        </LoadState>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <InflationRates />
          <BillingSettings />
        </SimpleGrid>
      </Stack>
    </>
  );
}

function InflationRates() {
  const { t } = useTranslation();
  const f = useFormat();
  const rates = useApiQuery('/admin/inflation-rates', undefined, view<{ items: InflationRateView[] }>());
  const [year, setYear] = useState<number | string>(new Date().getFullYear() + 1);
  const [rate, setRate] = useState<number | string>('');
  const [source, setSource] = useState('');
  const save = useAction(async () => {
    await api.put('/admin/inflation-rates/{year}', { params: { path: { year: Number(year) } }, body: { rateBp: Math.round(Number(rate) * 100), source: source.trim() || undefined } });
    notifications.show({ color: 'teal', message: t('billing.inflation.saved') });
    setRate('');
    rates.reload();
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h5">
          {t('billing.inflation.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('billing.inflation.hint')}
        </Text>
        <ErrorAlert error={save.error} />
        <Group gap="xs" align="flex-end" wrap="wrap">
          <NumberInput label={t('billing.inflation.year')} min={2000} max={2200} allowDecimal={false} value={year} onChange={setYear} w={100} />
          <NumberInput label={t('billing.inflation.rate')} min={0} decimalScale={2} suffix=" %" value={rate} onChange={setRate} w={120} />
          <TextInput label={t('billing.inflation.source')} value={source} onChange={(e) => setSource(e.currentTarget.value)} style={{ flex: '1 1 8rem' }} />
          <Button onClick={() => void save.run()} loading={save.pending} disabled={rate === ''}>
            {t('common.save')}
          </Button>
        </Group>
        <LoadState state={rates}>
          {(d) => (
            <Stack gap={4}>
              {d.items.map((r) => (
                <Group key={r.year} gap="xs">
                  <Text size="sm" fw={600}>
                    {r.year}
                  </Text>
                  <Text size="sm">{formatPercentBp(f.locale, r.rateBp)}</Text>
                  {r.source && (
                    <Text size="xs" c="dimmed">
                      {r.source}
                    </Text>
                  )}
                </Group>
              ))}
            </Stack>
          )}
        </LoadState>
      </Stack>
    </Paper>
  );
}

function BillingSettings() {
  const { t } = useTranslation();
  const settings = useApiQuery('/admin/billing/settings', undefined, view<BillingSettingsView>());
  const save = useAction(async (patch: Partial<BillingSettingsView>) => {
    await api.patch('/admin/billing/settings', { body: patch });
    notifications.show({ color: 'teal', message: t('billing.settings.saved') });
    settings.reload();
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="h5">
          {t('billing.settings.title')}
        </Title>
        <ErrorAlert error={save.error} />
        <LoadState state={settings}>
          {(s) => (
            <Stack gap="sm">
              <Switch
                label={t('billing.settings.august31')}
                description={t('billing.settings.august31Hint')}
                checked={s.august31Counts}
                onChange={(e) => void save.run({ august31Counts: e.currentTarget.checked })}
              />
              <Group gap="xs">
                <Badge variant="outline" tt="none">
                  {t('billing.settings.invoiceSeries', { series: s.invoiceSeries })}
                </Badge>
                <Badge variant="outline" tt="none">
                  {t('billing.settings.creditNoteSeries', { series: s.creditNoteSeries })}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {t('billing.settings.numberingHint')}
              </Text>
            </Stack>
          )}
        </LoadState>
      </Stack>
    </Paper>
  );
}
