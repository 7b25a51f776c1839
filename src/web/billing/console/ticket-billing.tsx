import { ActionIcon, Badge, Button, Group, NumberInput, Paper, Select, Stack, Switch, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITIES } from '../../../core/billing/billing-units.js';
import type { BodyFor } from '../../api/contract';
import { api, view } from '../../api/client';
import type { CustomerView } from '../../api/catalogue-types';
import { useAction, useApiQuery } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { LoadState } from '../../components/load-state';
import { useFormat } from '../../i18n/format';
import { ChargeabilityCard } from '../chargeability-card';
import { EstimateCard } from '../estimate-card';
import { ACTIVITY_KEYS } from '../labels';
import { computeBilledMinutes, toCents } from '../money';
import type { Activity, ChargeabilityView, EstimateView, TimeSheet } from '../types';

/** The billing side of a console ticket: chargeability, estimates (draft, send, hand over phases) and the timesheet. */
export function TicketBilling({ ticketId, customerId }: { ticketId: string; customerId: string }) {
  const id = { params: { path: { id: ticketId } } };
  const charge = useApiQuery('/agent/tickets/{id}/chargeability', id, view<ChargeabilityView>());
  const estimates = useApiQuery('/agent/tickets/{id}/estimates', id, view<{ items: EstimateView[] }>());
  const customer = useApiQuery('/admin/customers/{id}', { params: { path: { id: customerId } } }, view<CustomerView>());
  const reload = () => {
    charge.reload();
    estimates.reload();
  };
  const locale = customer.data?.locale ?? 'en';
  const currency = customer.data?.currency ?? 'EUR';
  return (
    <Stack data-testid="ticket-billing">
      <LoadState state={charge}>{(c) => <ChargeabilityCard c={c} audience="staff" />}</LoadState>
      {charge.data?.needsEstimate || (estimates.data?.items.length ?? 0) > 0 ? (
        <EstimatesPanel ticketId={ticketId} estimates={estimates.data?.items ?? []} currency={currency} locale={locale} onChange={reload} />
      ) : null}
      {charge.data && <Timesheet ticketId={ticketId} charge={charge.data} onChange={charge.reload} />}
    </Stack>
  );
}

interface PhaseDraft {
  name: string;
  hours: number | string;
  price: number | string;
}

function EstimatesPanel({ ticketId, estimates, currency, locale, onChange }: { ticketId: string; estimates: EstimateView[]; currency: string; locale: string; onChange(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const inMaking = estimates.some((e) => e.status === 'draft' || e.status === 'sent');
  const send = useAction(async (id: string) => {
    await api.post('/agent/tickets/{id}/estimates/{estimateId}/send', { params: { path: { id: ticketId, estimateId: id } } });
    notifications.show({ color: 'teal', message: t('billing.estimate.sentNotice') });
    onChange();
  });
  const handOver = useAction(async (estimateId: string, phaseId: string) => {
    await api.post('/agent/tickets/{id}/estimates/{estimateId}/phases/{phaseId}/hand-over', { params: { path: { id: ticketId, estimateId, phaseId } }, body: {} });
    notifications.show({ color: 'teal', message: t('billing.estimate.handedOverNotice') });
    onChange();
  });
  return (
    <Paper withBorder p="md" data-testid="estimates">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h5">
            {t('billing.estimate.title')}
          </Title>
          {!inMaking && !open && (
            <Button size="xs" variant="light" onClick={() => setOpen(true)}>
              {t('billing.estimate.new')}
            </Button>
          )}
        </Group>
        <ErrorAlert error={send.error ?? handOver.error} />
        {open && <EstimateForm ticketId={ticketId} currency={currency} onDone={() => (setOpen(false), onChange())} onCancel={() => setOpen(false)} />}
        {estimates.length === 0 && !open && (
          <Text size="sm" c="dimmed">
            {t('billing.estimate.none')}
          </Text>
        )}
        {estimates.map((e) => (
          <EstimateCard
            key={e.id}
            estimate={e}
            locale={locale}
            actions={
              e.status === 'draft' ? (
                <Button size="xs" onClick={() => void send.run(e.id)} loading={send.pending}>
                  {t('billing.estimate.send')}
                </Button>
              ) : null
            }
            phaseAction={(p) =>
              e.status === 'approved' && p.status === 'in_progress' ? (
                <Button size="compact-xs" variant="light" onClick={() => void handOver.run(e.id, p.id)} loading={handOver.pending}>
                  {t('billing.estimate.handOver')}
                </Button>
              ) : null
            }
          />
        ))}
      </Stack>
    </Paper>
  );
}

function EstimateForm({ ticketId, currency, onDone, onCancel }: { ticketId: string; currency: string; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [phases, setPhases] = useState<PhaseDraft[]>([{ name: '', hours: '', price: '' }]);
  const [note, setNote] = useState('');
  const phased = phases.length > 1;
  const create = useAction(async () => {
    const body = phased
      ? { phases: phases.map((p) => ({ name: p.name.trim(), hours: Number(p.hours), priceCents: toCents(p.price) })), note: note.trim() || undefined }
      : { hours: Number(phases[0]!.hours), priceCents: toCents(phases[0]!.price), note: note.trim() || undefined };
    await api.post('/agent/tickets/{id}/estimates', { params: { path: { id: ticketId } }, body: body as BodyFor<'/agent/tickets/{id}/estimates', 'post'> });
    notifications.show({ color: 'teal', message: t('billing.estimate.drafted') });
    onDone();
  });
  const set = (i: number, patch: Partial<PhaseDraft>) => setPhases((ps) => ps.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void create.run();
  };
  return (
    <Stack gap="xs" component="form" onSubmit={submit} data-testid="estimate-form">
      <ErrorAlert error={create.error} />
      {phases.map((p, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          {phased && (
            <TextInput
              label={t('billing.estimate.phaseName', { n: i + 1 })}
              value={p.name}
              onChange={(e) => set(i, { name: e.currentTarget.value })}
              required
              style={{ flex: '2 1 10rem' }}
            />
          )}
          <NumberInput label={t('billing.estimate.hours')} description={t('billing.estimate.hoursHint')} min={0.25} step={0.25} decimalScale={2} value={p.hours} onChange={(v) => set(i, { hours: v })} required style={{ flex: '1 1 6rem' }} />
          <NumberInput label={t('billing.estimate.price', { currency })} min={0} decimalScale={2} fixedDecimalScale value={p.price} onChange={(v) => set(i, { price: v })} required style={{ flex: '1 1 7rem' }} />
          {phased && (
            <ActionIcon variant="subtle" color="red" aria-label={t('billing.estimate.removePhase')} onClick={() => setPhases((ps) => ps.filter((_, j) => j !== i))} mb={4}>
              {'×'}
            </ActionIcon>
          )}
        </Group>
      ))}
      <Group gap="xs">
        <Button size="compact-xs" variant="subtle" onClick={() => setPhases((ps) => [...ps, { name: '', hours: '', price: '' }])}>
          {t('billing.estimate.addPhase')}
        </Button>
      </Group>
      <Textarea label={t('billing.estimate.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      <Group justify="flex-end" gap="xs">
        <Button variant="default" size="xs" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" size="xs" loading={create.pending}>
          {t('billing.estimate.saveDraft')}
        </Button>
      </Group>
    </Stack>
  );
}

const today = () => new Date().toLocaleDateString('sv-SE');

function Timesheet({ ticketId, charge, onChange }: { ticketId: string; charge: ChargeabilityView; onChange(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const sheet = useApiQuery('/agent/tickets/{id}/time-entries', { params: { path: { id: ticketId } } }, view<TimeSheet>());
  const defaultBillable = charge.billable === true;
  const [workDate, setWorkDate] = useState(today);
  const [activity, setActivity] = useState<Activity>('configuration');
  const [minutes, setMinutes] = useState<number | string>('');
  const [billable, setBillable] = useState(defaultBillable);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const overriding = billable !== defaultBillable;
  const unit = charge.terms?.billingUnitMinutes ?? 15;
  const rounding = charge.terms?.roundingRule ?? 'per_entry';

  const log = useAction(async () => {
    await api.post('/agent/tickets/{id}/time-entries', { params: { path: { id: ticketId } }, body: {
      workDate,
      activity,
      minutes: Number(minutes),
      billable,
      note: note.trim() || undefined,
      overrideReason: overriding ? reason.trim() : undefined,
    } });
    notifications.show({ color: 'teal', message: t('billing.time.logged') });
    setMinutes('');
    setNote('');
    setReason('');
    sheet.reload();
    onChange();
  });
  const remove = async (id: string) => {
    await api.del('/agent/tickets/{id}/time-entries/{entryId}', { params: { path: { id: ticketId, entryId: id } } });
    sheet.reload();
    onChange();
  };

  const billed = useMemo(() => {
    const items = (sheet.data?.items ?? []).filter((e) => e.billable);
    return computeBilledMinutes(items, { unitMinutes: unit, rounding });
  }, [sheet.data, unit, rounding]);
  const billedTotal = [...billed.values()].reduce((a, b) => a + b, 0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void log.run();
  };
  return (
    <Paper withBorder p="md" data-testid="timesheet">
      <Stack gap="sm">
        <Title order={2} fz="h5">
          {t('billing.time.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t(rounding === 'per_entry' ? 'billing.time.unitRulePerEntry' : 'billing.time.unitRulePerDay', { unit })}
        </Text>
        <Stack gap="xs" component="form" onSubmit={submit}>
          <ErrorAlert error={log.error} />
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput type="date" label={t('billing.time.date')} value={workDate} onChange={(e) => setWorkDate(e.currentTarget.value)} required style={{ flex: '1 1 9rem' }} />
            <NumberInput label={t('billing.time.minutes')} min={1} max={1440} allowDecimal={false} value={minutes} onChange={setMinutes} required style={{ flex: '1 1 6rem' }} />
          </Group>
          <Select
            label={t('billing.time.activity')}
            data={ACTIVITIES.map((a) => ({ value: a, label: t(ACTIVITY_KEYS[a]) }))}
            value={activity}
            onChange={(v) => v && setActivity(v as Activity)}
            allowDeselect={false}
          />
          <Switch
            label={t('billing.time.billable')}
            description={t('billing.time.billableDefault', { value: defaultBillable ? t('billing.chargeability.billable') : t('billing.chargeability.free') })}
            checked={billable}
            onChange={(e) => setBillable(e.currentTarget.checked)}
          />
          {overriding && <TextInput label={t('billing.time.overrideReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required />}
          <TextInput label={t('billing.time.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button type="submit" size="xs" loading={log.pending} disabled={!minutes}>
              {t('billing.time.log')}
            </Button>
          </Group>
        </Stack>
        <LoadState state={sheet}>
          {(s) =>
            s.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('billing.time.none')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={360}>
                <Table fz="sm" verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('billing.time.date')}</Table.Th>
                      <Table.Th>{t('billing.time.activity')}</Table.Th>
                      <Table.Th ta="right">{t('billing.time.minutes')}</Table.Th>
                      <Table.Th ta="right">{t('billing.time.billed')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.items.map((e) => (
                      <Table.Tr key={e.id} data-testid="time-entry">
                        <Table.Td>
                          <Text size="sm">{f.date(e.workDate)}</Text>
                          <Text size="xs" c="dimmed">
                            {e.userName}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{t(ACTIVITY_KEYS[e.activity])}</Text>
                          {e.note && (
                            <Text size="xs" c="dimmed">
                              {e.note}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{f.number(e.minutes)}</Table.Td>
                        <Table.Td ta="right" data-testid="billed-minutes">
                          {e.billable ? (
                            f.number(billed.get(e.id) ?? e.minutes)
                          ) : (
                            <Badge size="xs" color="gray" variant="light" tt="none">
                              {t('billing.time.notBillable')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">
                          {!e.invoiceId && (
                            <ConfirmButton label={t('billing.time.delete')} title={t('billing.time.deleteTitle')} message={t('billing.time.deleteMessage')} onConfirm={() => remove(e.id)} />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </LoadState>
        {sheet.data && sheet.data.items.length > 0 && (
          <Text size="sm" data-testid="time-totals">
            {t('billing.time.totals', { minutes: f.number(sheet.data.minutes), billable: f.number(sheet.data.billableMinutes), billed: f.number(billedTotal) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
