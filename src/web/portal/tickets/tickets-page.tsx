import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Page } from '../../api/types';
import { DONE_STATUSES, OPEN_STATUSES, TICKET_STATUSES, type PortalTicketSummary, type TicketStatus } from '../../api/ticket-types';
import { useApiQuery, type ApiState } from '../../api/use-api';
import { ListTable, SecondaryTd } from '../../admin/shared/list-table';
import { Empty } from '../../components/empty';
import { InboxIcon, PlusIcon, SearchIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useFormat } from '../../i18n/format';
import { STATUS_KEYS } from '../../tickets/labels';
import { useSeverityCatalog } from '../../tickets/severities';
import { CustomerSlaText, StatusBadge } from '../../tickets/status-badge';

const LIMIT = 25;

type StatusFilter = 'all' | 'active' | 'done' | TicketStatus;

function statusesOf(filter: StatusFilter): TicketStatus[] {
  if (filter === 'all') return [];
  if (filter === 'active') return [...OPEN_STATUSES];
  if (filter === 'done') return [...DONE_STATUSES];
  return [filter];
}

/** Issue 6: my customer's tickets with status and the SLA as the customer reads it; search, status filter, CSV. */
export function SupportTicketsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const severity = useSeverityCatalog();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [offset, setOffset] = useState(0);
  const status = statusesOf(filter);
  // The contract types status as a plain string (its enums are not derived yet): read as the view.
  const list = useApiQuery('/portal/tickets', { params: { query: { status, q: debouncedQ, limit: LIMIT, offset } } }) as ApiState<Page<PortalTicketSummary>>;
  const exportParams = new URLSearchParams();
  for (const s of status) exportParams.append('status', s);
  if (debouncedQ) exportParams.set('q', debouncedQ);
  const exportQuery = exportParams.toString();
  const exportHref = `/api/v1/portal/tickets/export.csv${exportQuery ? `?${exportQuery}` : ''}`;
  const filterData = [
    { value: 'all', label: t('tickets.filter.all') },
    { value: 'active', label: t('tickets.filter.active') },
    { value: 'done', label: t('tickets.filter.done') },
    ...TICKET_STATUSES.map((s) => ({ value: s, label: t(STATUS_KEYS[s]) })),
  ];

  return (
    <>
      <PageHeader
        title={t('portal.tickets.title')}
        description={t('portal.tickets.description')}
        actions={
          <>
            <Button component="a" href={exportHref} variant="default" download>
              {t('portal.tickets.export')}
            </Button>
            <Button component={Link} to="/support/tickets/new" leftSection={<PlusIcon size={16} />}>
              {t('portal.tickets.new')}
            </Button>
          </>
        }
      />
      <Stack>
        <Group gap="sm" align="flex-end">
          <TextInput
            aria-label={t('common.search')}
            placeholder={t('portal.tickets.searchPlaceholder')}
            leftSection={<SearchIcon size={16} />}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setOffset(0);
            }}
            style={{ flex: '1 1 220px' }}
          />
          <Select
            aria-label={t('tickets.filter.status')}
            allowDeselect={false}
            w={200}
            data={filterData}
            value={filter}
            onChange={(v) => {
              if (!v) return;
              setFilter(v as StatusFilter);
              setOffset(0);
            }}
          />
        </Group>
        <Paper withBorder>
          <LoadState state={list}>
            {(page) =>
              page.items.length === 0 ? (
                <Empty
                  icon={<InboxIcon size={28} />}
                  title={debouncedQ || filter !== 'all' ? t('common.noMatches') : t('portal.tickets.emptyTitle')}
                  description={debouncedQ || filter !== 'all' ? t('common.emptyFiltered') : t('portal.tickets.emptyDescription')}
                  action={
                    !debouncedQ && filter === 'all' ? (
                      <Button component={Link} to="/support/tickets/new">
                        {t('portal.tickets.new')}
                      </Button>
                    ) : undefined
                  }
                />
              ) : (
                <ListTable
                  head={[t('tickets.fields.ticket'), t('tickets.fields.status'), t('tickets.fields.sla'), { label: t('tickets.fields.severity'), secondary: true }, { label: t('tickets.fields.registered'), secondary: true }]}
                >
                  {page.items.map((item) => (
                    <Table.Tr key={item.id} data-testid="ticket-row">
                      <Table.Td style={{ minWidth: 160 }}>
                        <Anchor component={Link} to={`/support/tickets/${item.id}`} size="sm" fw={600}>
                          {t('tickets.numberSubject', { number: item.number, subject: item.subject })}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {item.requester.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge status={item.status} />
                      </Table.Td>
                      <Table.Td>
                        <CustomerSlaText size="xs" sla={{ waiting: item.waiting, dueBy: item.dueBy, dueKind: null, indicative: item.dueIndicative, commitment: true }} />
                      </Table.Td>
                      <SecondaryTd>{severity.name(item.severity)}</SecondaryTd>
                      <SecondaryTd>{f.dateTime(item.registeredAt)}</SecondaryTd>
                    </Table.Tr>
                  ))}
                </ListTable>
              )
            }
          </LoadState>
        </Paper>
        {list.data && <Pager total={list.data.total} limit={LIMIT} offset={offset} onOffset={setOffset} />}
      </Stack>
    </>
  );
}
