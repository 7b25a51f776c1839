import { Badge, Button, Code, Group, Modal, Paper, SegmentedControl, Stack, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryFor } from '../../api/contract';
import { api, view } from '../../api/client';
import type { Page } from '../../api/types';
import { useAction, useApiQuery, useLoad } from '../../api/use-api';
import { Empty } from '../../components/empty';
import { ErrorAlert } from '../../components/error-alert';
import { InboxIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { PagedTable, SecondaryTd } from '../shared/list-table';

type OutboxStatus = 'pending' | 'sent' | 'failed' | 'kept' | 'bounced';
interface OutboxItem {
  id: string;
  createdAt: string;
  template: string;
  locale: string;
  to: { address: string; name: string | null };
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  bouncedAt: string | null;
}
interface OutboxMessage extends OutboxItem {
  text: string;
  headers: Record<string, unknown>;
}
interface InboundItem {
  id: string;
  receivedAt: string;
  from: { address: string; name: string | null };
  subject: string | null;
  status: string;
  reason: string | null;
  lastError: string | null;
}

const LIMIT = 25;
const OUTBOX_STATUS: Record<OutboxStatus, string> = { pending: 'mail.status.pending', sent: 'mail.status.sent', failed: 'mail.status.failed', kept: 'mail.status.kept', bounced: 'mail.status.bounced' };
const COLOR: Record<OutboxStatus, string> = { pending: 'blue', sent: 'teal', failed: 'red', kept: 'gray', bounced: 'orange' };

function Outbox() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { actor } = useSession();
  const isAdmin = actor?.kind === 'user' && actor.role === 'admin';
  const [status, setStatus] = useState<string>('all');
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const list = useApiQuery('/admin/mail/outbox', { params: { query: { limit: LIMIT, offset, status: status === 'all' ? undefined : (status as QueryFor<'/admin/mail/outbox', 'get'>['status']) } } }, view<Page<OutboxItem>>());
  const message = useLoad(['/admin/mail/outbox/{id}', open], (signal) => (open ? api.get('/admin/mail/outbox/{id}', { params: { path: { id: open } }, signal }, view<OutboxMessage>()) : Promise.resolve(null)));
  const retry = useAction((id: string) => api.post('/admin/mail/outbox/{id}/retry', { params: { path: { id } } }));
  return (
    <Stack gap="sm">
      <SegmentedControl
        value={status}
        onChange={(v) => {
          setStatus(v);
          setOffset(0);
        }}
        data={[{ value: 'all', label: t('mail.all') }, ...(Object.keys(OUTBOX_STATUS) as OutboxStatus[]).map((s) => ({ value: s, label: t(OUTBOX_STATUS[s]) }))]}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
      />
      <ErrorAlert error={retry.error} />
      <Paper withBorder>
        <PagedTable
          state={list}
          limit={LIMIT}
          offset={offset}
          onOffset={setOffset}
          empty={<Empty icon={<InboxIcon size={28} />} title={t('mail.outboxEmpty')} />}
          head={[t('mail.subject'), { label: t('mail.to'), secondary: true }, t('mail.statusLabel'), '']}
        >
          {(m) => (
            <Table.Tr key={m.id} data-testid="outbox-row">
              <Table.Td maw={420}>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {m.subject}
                </Text>
                <Text size="xs" c="dimmed">
                  {fmt.dateTime(m.createdAt)} · {m.template}
                </Text>
                {m.status === 'failed' && m.lastError && (
                  <Text size="xs" c="red" style={{ overflowWrap: 'anywhere' }}>
                    {t('mail.serverAnswer', { answer: m.lastError })}
                  </Text>
                )}
              </Table.Td>
              <SecondaryTd>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {m.to.address}
                </Text>
              </SecondaryTd>
              <Table.Td>
                <Badge color={COLOR[m.status]} variant="light">
                  {t(OUTBOX_STATUS[m.status])}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('mail.attempts', { n: m.attempts })}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button size="xs" variant="subtle" onClick={() => setOpen(m.id)}>
                    {t('mail.read')}
                  </Button>
                  {isAdmin && (m.status === 'failed' || m.status === 'kept') && (
                    <Button
                      size="xs"
                      variant="light"
                      loading={retry.pending}
                      onClick={async () => {
                        await retry.run(m.id);
                        list.reload();
                      }}
                    >
                      {t('mail.retry')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          )}
        </PagedTable>
      </Paper>
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={message.data?.subject ?? t('mail.read')} size="xl">
        <LoadState state={message}>
          {(m) =>
            m && (
              <Stack gap="xs">
                <Text size="sm">{t('mail.toLine', { to: m.to.name ? `${m.to.name} <${m.to.address}>` : m.to.address })}</Text>
                {m.lastError && (
                  <Text size="sm" c="red">
                    {t('mail.serverAnswer', { answer: m.lastError })}
                  </Text>
                )}
                <Code block style={{ whiteSpace: 'pre-wrap', maxHeight: 420, overflow: 'auto' }}>
                  {m.text}
                </Code>
              </Stack>
            )
          }
        </LoadState>
      </Modal>
    </Stack>
  );
}

const INBOUND_FILTER: Record<string, string> = { unparseable: 'mail.inboundFilter.unparseable', failed: 'mail.inboundFilter.failed' };
const UNPARSEABLE_REASON: Record<string, string> = { timeout: 'mail.unparseable.timeout', memory: 'mail.unparseable.memory', malformed: 'mail.unparseable.malformed' };

/** What became of one inbound message; an unparseable one says why, in words (issue 13 item 2). */
function InboundOutcome({ m }: { m: InboundItem }) {
  const { t } = useTranslation();
  if (m.status === 'unparseable') {
    return (
      <>
        <Badge color="red" variant="light" data-testid="inbound-unparseable">
          {t('mail.unparseable.label')}
        </Badge>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {m.reason && UNPARSEABLE_REASON[m.reason] ? t(UNPARSEABLE_REASON[m.reason]!) : m.lastError} {t('mail.unparseable.kept')}
        </Text>
      </>
    );
  }
  return (
    <>
      <Code>{m.status}</Code>
      {(m.reason ?? m.lastError) && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {m.reason ?? m.lastError}
        </Text>
      )}
    </>
  );
}

function Inbound() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<string>('all');
  const list = useApiQuery('/admin/mail/inbound', { params: { query: { limit: LIMIT, offset, status: status === 'all' ? undefined : (status as QueryFor<'/admin/mail/inbound', 'get'>['status']) } } }, view<Page<InboundItem>>());
  return (
    <Stack gap="sm">
      <SegmentedControl
        value={status}
        onChange={(v) => {
          setStatus(v);
          setOffset(0);
        }}
        data={[{ value: 'all', label: t('mail.all') }, ...Object.entries(INBOUND_FILTER).map(([value, key]) => ({ value, label: t(key) }))]}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
      />
      <Paper withBorder>
        <PagedTable
          state={list}
          limit={LIMIT}
          offset={offset}
          onOffset={setOffset}
          empty={<Empty icon={<InboxIcon size={28} />} title={t('mail.inboundEmpty')} />}
          head={[t('mail.subject'), { label: t('mail.from'), secondary: true }, t('mail.outcome')]}
        >
          {(m) => (
            <Table.Tr key={m.id}>
              <Table.Td maw={420}>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {m.subject ?? '—'}
                </Text>
                <Text size="xs" c="dimmed">
                  {fmt.dateTime(m.receivedAt)}
                </Text>
              </Table.Td>
              <SecondaryTd>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {m.from.address}
                </Text>
              </SecondaryTd>
              <Table.Td>
                <InboundOutcome m={m} />
              </Table.Td>
            </Table.Tr>
          )}
        </PagedTable>
      </Paper>
    </Stack>
  );
}

function Settings() {
  const { t } = useTranslation();
  const settings = useApiQuery('/admin/mail/settings', undefined, view<Record<string, unknown>>());
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed" mb="sm">
        {t('mail.settingsHint')}
      </Text>
      <LoadState state={settings}>
        {(s) => (
          <Code block data-testid="mail-settings" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {JSON.stringify(s, null, 2)}
          </Code>
        )}
      </LoadState>
    </Paper>
  );
}

/** Mail administration (issue 5, issue 6 item 3): the outbox with retries, the inbound log, the settings in force. */
export function MailPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('mail.title')} description={t('mail.description')} />
      <Tabs defaultValue="outbox" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="outbox">{t('mail.outbox')}</Tabs.Tab>
          <Tabs.Tab value="inbound">{t('mail.inbound')}</Tabs.Tab>
          <Tabs.Tab value="settings">{t('mail.settings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="outbox">
          <Outbox />
        </Tabs.Panel>
        <Tabs.Panel value="inbound">
          <Inbound />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <Settings />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
