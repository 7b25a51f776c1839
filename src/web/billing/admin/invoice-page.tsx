import { Anchor, Button, Checkbox, Group, Modal, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, view } from '../../api/client';
import { useAction, useApiQuery } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { ACTIVITY_KEYS, SOURCE_KEYS } from '../labels';
import type { InvoiceLineView, InvoiceView } from '../types';
import { InvoiceBadges } from './invoices-page';

/** One invoice: lines traceable to their sources, issue (gap-free number), credit note, PDF and CSV. */
export function InvoicePage() {
  const { id = '' } = useParams();
  const inv = useApiQuery('/admin/invoices/{id}', { params: { path: { id } } }, view<InvoiceView>());
  return <LoadState state={inv}>{(data) => <InvoiceDetail invoice={data} reload={inv.reload} />}</LoadState>;
}

function InvoiceDetail({ invoice: i, reload }: { invoice: InvoiceView; reload(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const [credit, setCredit] = useState(false);
  const issue = useAction(async () => {
    const r = await api.post('/admin/invoices/{id}/issue', { params: { path: { id: i.id } }, body: {} }, view<InvoiceView>());
    notifications.show({ color: 'teal', message: t('billing.invoices.issuedNotice', { number: r.displayNumber ?? '' }) });
    reload();
  });
  const lines = i.lines ?? [];
  return (
    <>
      <PageHeader
        title={i.displayNumber ? t(i.kind === 'credit_note' ? 'billing.invoices.creditNoteTitle' : 'billing.invoices.invoiceTitle', { number: i.displayNumber }) : t('billing.invoices.draftTitle', { customer: i.customerName })}
        description={
          <Anchor component={Link} to="/admin/invoices" size="sm">
            {t('billing.invoices.back')}
          </Anchor>
        }
        actions={
          <Group gap="xs">
            <Button component="a" href={`/api/v1/admin/invoices/${i.id}/pdf`} download variant="default" data-testid="invoice-pdf">
              {t('billing.invoices.pdf')}
            </Button>
            <Button component="a" href={`/api/v1/admin/invoices/${i.id}/csv`} download variant="default">
              {t('billing.invoices.csv')}
            </Button>
          </Group>
        }
      />
      <Stack>
        <ErrorAlert error={issue.error} />
        <Paper withBorder p="md">
          <Group gap="xl" wrap="wrap" align="flex-start">
            <Fact label={t('billing.invoices.customer')} value={`${i.customerName} (${i.customerCode})`} />
            <Fact label={t('billing.invoices.period')} value={t('billing.invoices.periodValue', { from: f.date(i.periodStart), to: f.date(i.periodEnd) })} />
            {i.issueDate && <Fact label={t('billing.invoices.issueDate')} value={f.date(i.issueDate)} />}
            <Fact label={t('billing.invoices.total')} value={i.totalFormatted} testId="invoice-total" />
            <Group gap={6}>
              <InvoiceBadges invoice={i} />
            </Group>
          </Group>
          {i.reason && (
            <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {i.reason}
            </Text>
          )}
          {i.creditedInvoiceId && (
            <Anchor component={Link} to={`/admin/invoices/${i.creditedInvoiceId}`} size="sm">
              {t('billing.invoices.creditedInvoice')}
            </Anchor>
          )}
          <Group mt="md" gap="xs">
            {i.status === 'draft' && (
              <>
                <Button onClick={() => void issue.run()} loading={issue.pending} data-testid="issue-invoice">
                  {t('billing.invoices.issue')}
                </Button>
                <ConfirmButton
                  label={t('billing.invoices.deleteDraft')}
                  title={t('billing.invoices.deleteDraft')}
                  message={t('billing.invoices.deleteDraftMessage')}
                  size="sm"
                  onConfirm={async () => {
                    await api.del('/admin/invoices/{id}', { params: { path: { id: i.id } } });
                    navigate('/admin/invoices');
                  }}
                />
              </>
            )}
            {i.status === 'issued' && i.kind === 'invoice' && (
              <Button variant="light" color="grape" onClick={() => setCredit(true)}>
                {t('billing.invoices.creditNoteAction')}
              </Button>
            )}
          </Group>
          {i.status === 'draft' && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('billing.invoices.issueHint')}
            </Text>
          )}
        </Paper>
        <Paper withBorder>
          <LinesTable lines={lines} />
        </Paper>
      </Stack>
      <CreditModal invoice={i} opened={credit} onClose={() => setCredit(false)} onCreated={(id) => navigate(`/admin/invoices/${id}`)} />
    </>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

function LinesTable({ lines, pick }: { lines: InvoiceLineView[]; pick?: { selected: Set<string>; toggle(id: string): void } }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (lines.length === 0)
    return (
      <Text size="sm" c="dimmed" p="md">
        {t('billing.invoices.noLines')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            {pick && <Table.Th />}
            <Table.Th>{t('billing.invoices.description')}</Table.Th>
            <Table.Th>{t('billing.invoices.source')}</Table.Th>
            <Table.Th ta="right">{t('billing.invoices.quantity')}</Table.Th>
            <Table.Th ta="right">{t('billing.invoices.unitPrice')}</Table.Th>
            <Table.Th ta="right">{t('billing.invoices.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.id} data-testid="invoice-line">
              {pick && (
                <Table.Td>
                  <Checkbox aria-label={l.description} checked={pick.selected.has(l.id)} onChange={() => pick.toggle(l.id)} />
                </Table.Td>
              )}
              <Table.Td>{l.description}</Table.Td>
              <Table.Td>
                <Text size="xs">{SOURCE_KEYS[l.sourceType] ? t(SOURCE_KEYS[l.sourceType]!) : l.sourceType}</Text>
                {l.ticketId ? (
                  <Anchor component={Link} to={`/console/tickets/${l.ticketId}`} size="xs">
                    {t('billing.invoices.openTicket')}
                  </Anchor>
                ) : (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {l.sourceId.slice(0, 8)}
                  </Text>
                )}
                {l.activity && (
                  <Text size="xs" c="dimmed">
                    {t(ACTIVITY_KEYS[l.activity])}
                    {l.sourceItems.length > 1 ? ` · ${t('billing.invoices.entries', { count: l.sourceItems.length })}` : ''}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{quantity(l, t, f.number)}</Table.Td>
              <Table.Td ta="right">{l.unitPriceFormatted}</Table.Td>
              <Table.Td ta="right" fw={500}>
                {l.amountFormatted}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function quantity(l: InvoiceLineView, t: (k: string, o?: Record<string, unknown>) => string, num: (n: number) => string): string {
  if (l.unit === 'month') return t('billing.invoices.months', { n: `${l.quantity}/12` });
  if (l.unit === 'minute') return t('billing.invoices.minutesQty', { minutes: num(l.quantity), hours: num(Math.round((l.quantity / 60) * 100) / 100) });
  return num(l.quantity);
}

function CreditModal({ invoice, opened, onClose, onCreated }: { invoice: InvoiceView; opened: boolean; onClose(): void; onCreated(id: string): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const create = useAction(async () => {
    const r = await api.post('/admin/invoices/{id}/credit-note', { params: { path: { id: invoice.id } }, body: { reason: reason.trim(), lineIds: selected.size ? [...selected] : undefined } }, view<InvoiceView>());
    onCreated(r.id);
    onClose();
  });
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  return (
    <Modal opened={opened} onClose={onClose} title={t('billing.invoices.creditNoteAction')} size="xl">
      <Stack gap="sm">
        <ErrorAlert error={create.error} />
        <Text size="sm">{t('billing.invoices.creditHint')}</Text>
        <LinesTable lines={invoice.lines ?? []} pick={{ selected, toggle }} />
        <Textarea label={t('billing.invoices.creditReason')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="grape" onClick={() => void create.run()} loading={create.pending} disabled={!reason.trim()}>
            {t('billing.invoices.issueCreditNote')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
