import { Checkbox, Group, MultiSelect, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { view } from '../api/client';
import type { CustomerView } from '../api/catalogue-types';
import { TICKET_STATUSES, type TicketStatus } from '../api/ticket-types';
import type { Page } from '../api/types';
import { useApiQuery } from '../api/use-api';
import { STATUS_KEYS } from '../tickets/labels';
import type { SeverityCatalog } from '../tickets/severities';
import { useStaffDirectory } from '../tickets/staff';

export const DUE_WITHIN = [30, 60, 240, 480, 1440] as const;
const DUE_KEYS: Record<(typeof DUE_WITHIN)[number], string> = {
  30: 'queue.due.m30',
  60: 'queue.due.h1',
  240: 'queue.due.h4',
  480: 'queue.due.h8',
  1440: 'queue.due.d1',
};

const listParam = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

/** The filters in the queue's URL. `assignee`: 'all', 'me', 'none' or a user id; `person` is that id, else null. */
export function readQueueFilters(params: URLSearchParams) {
  const assignee = params.get('assignee') ?? 'all';
  return {
    status: listParam(params.get('status')) as TicketStatus[],
    severities: listParam(params.get('severity')),
    customerId: params.get('customer'),
    assignee,
    person: assignee === 'all' || assignee === 'me' || assignee === 'none' ? null : assignee,
    breached: params.get('breached') === '1',
    due: params.get('due'),
  };
}

/**
 * The queue's filters, kept in the URL: status, severity, customer, a person
 * (any vendor user from the staff directory, archived ones too: their tickets
 * still need a home), due within, breached.
 */
export function QueueFilters({ params, set, severity }: { params: URLSearchParams; set(changes: Record<string, string | null>): void; severity: SeverityCatalog }) {
  const { t } = useTranslation();
  const staff = useStaffDirectory();
  const customers = useApiQuery('/admin/customers', { params: { query: { limit: 200 } } }, view<Page<CustomerView>>());
  const customerData = useMemo(() => (customers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })), [customers.data]);
  const { status, severities, customerId, person, breached, due } = readQueueFilters(params);
  return (
    <Group gap="sm" align="flex-end">
      <MultiSelect
        aria-label={t('tickets.filter.status')}
        placeholder={status.length ? undefined : t('queue.filter.openStatuses')}
        data={TICKET_STATUSES.map((s) => ({ value: s, label: t(STATUS_KEYS[s]) }))}
        value={status}
        onChange={(v) => set({ status: v.join(',') })}
        clearable
        w={{ base: '100%', xs: 260 }}
      />
      <MultiSelect
        aria-label={t('tickets.fields.severity')}
        placeholder={severities.length ? undefined : t('queue.filter.allSeverities')}
        data={severity.list.map((s) => ({ value: s.code, label: severity.name(s.code) }))}
        value={severities}
        onChange={(v) => set({ severity: v.join(',') })}
        clearable
        w={{ base: '100%', xs: 220 }}
      />
      <Select
        aria-label={t('tickets.fields.customer')}
        placeholder={t('queue.filter.allCustomers')}
        data={customerData}
        value={customerId}
        onChange={(v) => set({ customer: v })}
        searchable
        clearable
        nothingFoundMessage={t('common.noMatches')}
        w={{ base: '100%', xs: 220 }}
      />
      <Select
        aria-label={t('queue.filter.assignedTo')}
        placeholder={t('queue.filter.assignedTo')}
        data={staff.all.map((m) => ({ value: m.id, label: m.archived ? t('queue.filter.archivedPerson', { name: m.name }) : m.name }))}
        value={person}
        onChange={(v) => set({ assignee: v })}
        searchable
        clearable
        nothingFoundMessage={t('common.noMatches')}
        w={{ base: '100%', xs: 200 }}
        data-testid="queue-assignee-person"
      />
      <Select
        aria-label={t('queue.filter.dueWithin')}
        placeholder={t('queue.filter.dueWithin')}
        data={DUE_WITHIN.map((m) => ({ value: String(m), label: t(DUE_KEYS[m]) }))}
        value={due}
        onChange={(v) => set({ due: v })}
        clearable
        w={{ base: '100%', xs: 190 }}
      />
      <Checkbox label={t('queue.filter.breached')} checked={breached} onChange={(e) => set({ breached: e.currentTarget.checked ? '1' : null })} mb={8} />
    </Group>
  );
}
