import { Anchor, Badge, Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { QueryFor } from '../../api/contract';
import { api, view } from '../../api/client';
import type { CustomerView } from '../../api/catalogue-types';
import type { Page } from '../../api/types';
import { useAction, useApiQuery } from '../../api/use-api';
import { Empty } from '../../components/empty';
import { ErrorAlert } from '../../components/error-alert';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import type { InvoiceView } from '../types';

function lastMonth(): { start: string; end: string } {
  const now = new Date();
  const start = new Date(Date.UTC(now.getFullYear(), now.getMonth(), 1));
  const end = new Date(Date.UTC(now.getFullYear(), now.getMonth() + 1, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** Managers: invoices and credit notes; draft one for a customer and period (R-B8). */
export function InvoicesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const customers = useApiQuery('/admin/customers', { params: { query: { limit: 200 } } }, view<Page<CustomerView>>());
  const list = useApiQuery('/admin/invoices', { params: { query: { customerId, status: status as QueryFor<'/admin/invoices', 'get'>['status'], limit: 200 } } }, view<Page<InvoiceView>>());
  const options = (customers.data?.items ?? []).filter((c) => !c.archivedAt).map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }));
  return (
    <>
      <PageHeader
        title={t('billing.invoices.title')}
        description={t('billing.invoices.adminHint')}
        actions={
          <Button onClick={() => setOpen(true)} data-testid="new-invoice">
            {t('billing.invoices.newDraft')}
          </Button>
        }
      />
      <Group mb="md" gap="sm" wrap="wrap">
        <Select placeholder={t('billing.invoices.allCustomers')} data={options} value={customerId} onChange={setCustomerId} clearable searchable w={260} aria-label={t('billing.invoices.customer')} />
        <Select
          placeholder={t('billing.invoices.allStatuses')}
          data={[
            { value: 'draft', label: t('billing.invoices.draft') },
            { value: 'issued', label: t('billing.invoices.issued') },
          ]}
          value={status}
          onChange={setStatus}
          clearable
          w={180}
          aria-label={t('billing.invoices.status')}
        />
      </Group>
      <LoadState state={list}>
        {(p) =>
          p.items.length === 0 ? (
            <Empty title={t('billing.invoices.none')} />
          ) : (
            <Paper withBorder>
              <Table.ScrollContainer minWidth={640}>
                <Table verticalSpacing="sm" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('billing.invoices.number')}</Table.Th>
                      <Table.Th>{t('billing.invoices.customer')}</Table.Th>
                      <Table.Th>{t('billing.invoices.period')}</Table.Th>
                      <Table.Th ta="right">{t('billing.invoices.total')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.items.map((i) => (
                      <Table.Tr key={i.id} data-testid="invoice-row">
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <Anchor component={Link} to={`/admin/invoices/${i.id}`} fw={600} size="sm">
                              {i.displayNumber ?? t('billing.invoices.draft')}
                            </Anchor>
                            <InvoiceBadges invoice={i} />
                          </Group>
                        </Table.Td>
                        <Table.Td>{i.customerName}</Table.Td>
                        <Table.Td>{t('billing.invoices.periodValue', { from: f.date(i.periodStart), to: f.date(i.periodEnd) })}</Table.Td>
                        <Table.Td ta="right">{i.totalFormatted}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )
        }
      </LoadState>
      <DraftModal opened={open} onClose={() => setOpen(false)} options={options} onCreated={(id) => navigate(`/admin/invoices/${id}`)} />
    </>
  );
}

export function InvoiceBadges({ invoice: i }: { invoice: InvoiceView }) {
  const { t } = useTranslation();
  return (
    <>
      {i.status === 'draft' && (
        <Badge size="sm" color="gray" variant="light" tt="none" data-testid="invoice-status">
          {t('billing.invoices.draft')}
        </Badge>
      )}
      {i.kind === 'credit_note' && (
        <Badge size="sm" color="grape" variant="light" tt="none">
          {t('billing.invoices.creditNote')}
        </Badge>
      )}
    </>
  );
}

function DraftModal({ opened, onClose, options, onCreated }: { opened: boolean; onClose(): void; options: { value: string; label: string }[]; onCreated(id: string): void }) {
  const { t } = useTranslation();
  const initial = lastMonth();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [start, setStart] = useState(initial.start);
  const [end, setEnd] = useState(initial.end);
  const create = useAction(async () => {
    const inv = await api.post('/admin/invoices', { body: { customerId: customerId ?? '', periodStart: start, periodEnd: end } }, view<InvoiceView>());
    onCreated(inv.id);
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void create.run();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('billing.invoices.newDraft')} centered>
      <Stack component="form" onSubmit={submit} gap="sm">
        <ErrorAlert error={create.error} />
        <Select label={t('billing.invoices.customer')} data={options} value={customerId} onChange={setCustomerId} searchable required data-testid="draft-customer" />
        <Group grow>
          <TextInput type="date" label={t('billing.invoices.periodStart')} value={start} onChange={(e) => setStart(e.currentTarget.value)} required />
          <TextInput type="date" label={t('billing.invoices.periodEnd')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} required />
        </Group>
        <Text size="xs" c="dimmed">
          {t('billing.invoices.draftHint')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.pending} disabled={!customerId}>
            {t('billing.invoices.createDraft')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
