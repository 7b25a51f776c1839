import { ActionIcon, Anchor, Badge, Box, Button, Collapse, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { QueueItem } from '../api/ticket-types';
import type { Page } from '../api/types';
import { useApiQuery, type ApiState } from '../api/use-api';
import { ListTable, SecondaryTd } from '../admin/shared/list-table';
import { Empty } from '../components/empty';
import { InboxIcon, PlusIcon, SearchIcon } from '../components/icons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { Pager } from '../components/pager';
import { useFormat } from '../i18n/format';
import { Countdown } from '../tickets/countdown';
import { CLOCK_KEYS, CLOCK_STATE_KEYS } from '../tickets/labels';
import { useSeverityCatalog } from '../tickets/severities';
import { ShortcutHelp, useShortcuts } from '../tickets/shortcuts';
import { StatusBadge, usePhone } from '../tickets/status-badge';
import { useNow } from '../tickets/use-now';
import { QueueFilters, readQueueFilters } from './queue-filters';
import { rememberQueue } from './queue-order';
import { useClockWarnings, type ClockWarn } from './use-clock-warnings';

const LIMIT = 25;
/** Which clock the queue's due time belongs to. */
function dueClock(i: QueueItem): 'response' | 'resolution' | null {
  if (!i.queueDueAt) return null;
  return i.queueDueAt === i.responseDueAt ? 'response' : 'resolution';
}

function DueCell({ item, now, warn }: { item: QueueItem; now: number; warn: ClockWarn | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const clock = dueClock(item);
  if (!clock || !item.queueDueAt) {
    const state = item.status === 'new' ? item.responseState : item.resolutionState;
    return (
      <Text size="sm" c="dimmed">
        {t(CLOCK_STATE_KEYS[state])}
      </Text>
    );
  }
  const indicative = clock === 'response' ? item.responseIndicative : item.resolutionIndicative;
  const breached = clock === 'response' ? item.responseBreached : item.resolutionBreached;
  return (
    <Stack gap={0}>
      <Countdown now={now} dueAt={item.queueDueAt} warnAt={warn?.[clock]} breached={breached} indicative={indicative} />
      <Text size="xs" c="dimmed">
        {t('queue.dueLine', { clock: t(CLOCK_KEYS[clock]), when: f.dueTime(item.queueDueAt) })}
      </Text>
    </Stack>
  );
}

/** The agent queue (R-K9): high priority first, then the nearest due time; live countdowns, filters, search and keys. */
export function QueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const severity = useSeverityCatalog();
  const now = useNow(1000);
  const searchRef = useRef<HTMLInputElement>(null);
  const [help, setHelp] = useState(false);
  const [cursor, setSelected] = useState(0);
  const phone = usePhone();
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(false);

  const { status, severities, customerId, assignee, person, breached, due } = readQueueFilters(params);
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('offset' in changes)) next.delete('offset');
    setParams(next, { replace: true });
  };
  // The typed search reaches the URL once it settles; the URL and `set` at that moment are read, not followed.
  const syncSearch = useEffectEvent((q: string) => {
    if ((params.get('q') ?? '') !== q) set({ q });
  });
  useEffect(() => syncSearch(debouncedQ), [debouncedQ]);

  const query = params.toString();
  // The contract types status and channel as plain strings (its enums are not derived yet): read as the view.
  const queue = useApiQuery('/agent/queue', { params: { query: {
          status,
          severity: severities,
          customerId,
          assignee: assignee === 'all' ? null : assignee,
          breached: breached ? true : null,
          dueWithinMinutes: due === null ? null : Number(due),
          q: params.get('q'),
          limit: LIMIT,
          offset,
        } } }) as ApiState<Page<QueueItem>>;
  const { reload } = queue;
  // New tickets and changed due times appear without a reload.
  useEffect(() => {
    const id = window.setInterval(reload, 30_000);
    return () => window.clearInterval(id);
  }, [reload]);
  const items = queue.data?.items;
  const warnings = useClockWarnings(items);
  // The keyboard cursor, kept on a row when the list gets shorter.
  const selected = Math.min(cursor, Math.max(0, (items?.length ?? 1) - 1));
  useEffect(() => {
    if (items) rememberQueue(items.map((i) => i.id), query);
  }, [items, query]);

  const open = (i: number) => {
    const item = items?.[i];
    if (item) navigate(`/console/tickets/${item.id}`);
  };
  useShortcuts({
    j: () => setSelected((s) => Math.min(s + 1, (items?.length ?? 1) - 1)),
    k: () => setSelected((s) => Math.max(s - 1, 0)),
    o: () => open(selected),
    Enter: () => open(selected),
    '/': () => searchRef.current?.focus(),
    '?': () => setHelp(true),
  });
  useEffect(() => {
    document.querySelector(`[data-queue-index="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const filtered = status.length + severities.length > 0 || !!customerId || assignee !== 'all' || breached || !!due || !!params.get('q');
  return (
    <>
      <PageHeader
        title={t('queue.title')}
        description={t('queue.description')}
        actions={
          <>
            <Tooltip label={t('tickets.shortcuts.title')}>
              <ActionIcon variant="default" size="lg" onClick={() => setHelp(true)} aria-label={t('tickets.shortcuts.title')}>
                <Text size="sm" fw={700}>
                  {'?'}
                </Text>
              </ActionIcon>
            </Tooltip>
            <Button component={Link} to="/console/requests" variant="default">
              {t('nav.requests')}
            </Button>
            <Button component={Link} to="/console/phone" leftSection={<PlusIcon size={16} />}>
              {t('nav.phoneTicket')}
            </Button>
          </>
        }
      />
      <Stack>
        <Group gap="sm" align="flex-end">
          <TextInput
            ref={searchRef}
            aria-label={t('common.search')}
            placeholder={t('queue.searchPlaceholder')}
            leftSection={<SearchIcon size={16} />}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') e.currentTarget.blur();
            }}
            style={{ flex: '1 1 240px' }}
            data-testid="queue-search"
          />
          <SegmentedControl
            value={person ? '' : assignee}
            onChange={(v) => set({ assignee: v === 'all' ? null : v })}
            data={[
              { value: 'all', label: t('queue.assignee.all') },
              { value: 'me', label: t('queue.assignee.me') },
              { value: 'none', label: t('queue.assignee.none') },
            ]}
            aria-label={t('tickets.fields.assignee')}
          />
        </Group>
        {phone && (
          <Button variant="default" size="xs" onClick={toggleFilters} style={{ alignSelf: 'flex-start' }} aria-expanded={filtersOpen}>
            {filtered ? t('queue.filter.toggleActive') : t('queue.filter.toggle')}
          </Button>
        )}
        <Collapse expanded={!phone || filtersOpen}>
          <QueueFilters params={params} set={set} severity={severity} />
        </Collapse>
        <Paper withBorder>
          <LoadState state={queue}>
            {(page) =>
              page.items.length === 0 ? (
                <Empty
                  icon={<InboxIcon size={28} />}
                  title={filtered ? t('common.noMatches') : t('queue.emptyTitle')}
                  description={filtered ? t('common.emptyFiltered') : t('queue.emptyDescription')}
                />
              ) : phone ? (
                <Stack gap={0}>
                  {page.items.map((item, i) => (
                    <Box
                      key={item.id}
                      className="cd-queue-row"
                      data-selected={i === selected}
                      data-queue-index={i}
                      data-testid="queue-row"
                      p="sm"
                      style={{ borderTop: i ? '1px solid var(--mantine-color-default-border)' : undefined }}
                    >
                      <Group gap={6} wrap="nowrap" align="flex-start" mb={4}>
                        {item.highPriority && (
                          <Badge size="xs" color="grape" variant="filled" tt="none" style={{ flexShrink: 0 }} mt={3}>
                            {t('queue.highPriorityShort')}
                          </Badge>
                        )}
                        <Anchor component={Link} to={`/console/tickets/${item.id}`} size="sm" fw={600} data-testid="queue-ticket-link">
                          {t('tickets.numberSubject', { number: item.number, subject: item.subject })}
                        </Anchor>
                      </Group>
                      <Text size="xs" c="dimmed" mb={6}>
                        {t('queue.customerLine', { customer: item.customer.name, requester: item.requester.name })}
                      </Text>
                      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                        <DueCell item={item} now={now} warn={warnings.get(item.id)} />
                        <Group gap={4} justify="flex-end">
                          <StatusBadge status={item.status} />
                          <Badge size="sm" variant="outline" color="gray" tt="none">
                            {severity.name(item.severity)}
                          </Badge>
                        </Group>
                      </Group>
                    </Box>
                  ))}
                </Stack>
              ) : (
                <ListTable
                  head={[
                    t('queue.columns.due'),
                    t('tickets.fields.ticket'),
                    t('tickets.fields.status'),
                    { label: t('tickets.fields.severity'), secondary: true },
                    { label: t('tickets.fields.assignee'), secondary: true },
                  ]}
                >
                  {page.items.map((item, i) => (
                    <Table.Tr
                      key={item.id}
                      className="cd-queue-row"
                      data-selected={i === selected}
                      data-queue-index={i}
                      data-testid="queue-row"
                      onMouseEnter={() => setSelected(i)}
                    >
                      <Table.Td style={{ width: 170 }}>
                        <DueCell item={item} now={now} warn={warnings.get(item.id)} />
                      </Table.Td>
                      <Table.Td style={{ minWidth: 180 }}>
                        <Group gap={6} wrap="nowrap" align="flex-start">
                          {item.highPriority && (
                            <Tooltip label={t('queue.highPriority')}>
                              <Badge size="xs" color="grape" variant="filled" tt="none" style={{ flexShrink: 0 }} mt={3}>
                                {t('queue.highPriorityShort')}
                              </Badge>
                            </Tooltip>
                          )}
                          <Stack gap={0} style={{ minWidth: 0 }}>
                            <Anchor component={Link} to={`/console/tickets/${item.id}`} size="sm" fw={600} data-testid="queue-ticket-link">
                              {t('tickets.numberSubject', { number: item.number, subject: item.subject })}
                            </Anchor>
                            <Text size="xs" c="dimmed">
                              {t('queue.customerLine', { customer: item.customer.name, requester: item.requester.name })}
                            </Text>
                          </Stack>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge status={item.status} />
                        {(item.responseBreached || item.resolutionBreached) && (
                          <Badge size="xs" color="red" variant="filled" tt="none" mt={4} display="block" w="fit-content">
                            {t('tickets.clockState.breached')}
                          </Badge>
                        )}
                      </Table.Td>
                      <SecondaryTd>{severity.name(item.severity)}</SecondaryTd>
                      <SecondaryTd>
                        {item.assignee ? (
                          <Text size="sm">{item.assignee.name}</Text>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('queue.unassigned')}
                          </Text>
                        )}
                      </SecondaryTd>
                    </Table.Tr>
                  ))}
                </ListTable>
              )
            }
          </LoadState>
        </Paper>
        {queue.data && <Pager total={queue.data.total} limit={LIMIT} offset={offset} onOffset={(o) => set({ offset: String(o) })} />}
        <Text size="xs" c="dimmed" visibleFrom="sm">
          {t('queue.keysHint')}
        </Text>
      </Stack>
      <ShortcutHelp
        opened={help}
        onClose={() => setHelp(false)}
        items={[
          { keys: ['j'], label: t('tickets.shortcuts.next') },
          { keys: ['k'], label: t('tickets.shortcuts.previous') },
          { keys: ['o', '↵'], label: t('tickets.shortcuts.open') },
          { keys: ['/'], label: t('tickets.shortcuts.search') },
          { keys: ['?'], label: t('tickets.shortcuts.help') },
        ]}
      />
    </>
  );
}
