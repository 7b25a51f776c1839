import { Button, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, view } from '../../api/client';
import type { Page } from '../../api/types';
import { useAction, useApiQuery } from '../../api/use-api';
import { Empty } from '../../components/empty';
import { ErrorAlert } from '../../components/error-alert';
import { AlertIcon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { PagedTable, SecondaryTd } from '../shared/list-table';

interface QuarantinedItem {
  sweep: string;
  itemId: string;
  attempts: number;
  lastError: string;
  quarantinedAt: string;
}

const LIMIT = 25;
const SWEEP_LABEL: Record<string, string> = {
  'sla.sweep-due': 'quarantine.sweep.sla',
  'tickets.sweep-pending': 'quarantine.sweep.pending',
  'contracts.sweep-renewals': 'quarantine.sweep.renewals',
  'maintenance.sweep-notices': 'quarantine.sweep.maintenance',
  'versions.sweep-end-of-life': 'quarantine.sweep.endOfLife',
};

/** Items the worker quarantined after repeated failures (issue 14, item 3), with the error; an admin sends one back. */
export function QuarantinePage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { actor } = useSession();
  const isAdmin = actor?.kind === 'user' && actor.role === 'admin';
  const [offset, setOffset] = useState(0);
  const list = useApiQuery('/admin/worker/quarantine', { params: { query: { limit: LIMIT, offset } } }, view<Page<QuarantinedItem>>());
  const release = useAction((i: QuarantinedItem) => api.post('/admin/worker/quarantine/release', { body: { sweep: i.sweep, itemId: i.itemId } }));
  return (
    <>
      <PageHeader title={t('quarantine.title')} description={t('quarantine.description')} />
      <ErrorAlert error={release.error} />
      <Paper withBorder>
        <PagedTable
          state={list}
          limit={LIMIT}
          offset={offset}
          onOffset={setOffset}
          empty={<Empty icon={<AlertIcon size={28} />} title={t('quarantine.empty')} />}
          head={[t('quarantine.job'), { label: t('quarantine.item'), secondary: true }, t('quarantine.error'), '']}
        >
          {(i) => (
            <Table.Tr key={`${i.sweep}:${i.itemId}`} data-testid="quarantine-row">
              <Table.Td>
                <Text size="sm" fw={500}>
                  {SWEEP_LABEL[i.sweep] ? t(SWEEP_LABEL[i.sweep]!) : i.sweep}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('quarantine.since', { at: fmt.dateTime(i.quarantinedAt) })} · {t('quarantine.attempts', { n: i.attempts })}
                </Text>
              </Table.Td>
              <SecondaryTd>
                <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {i.itemId}
                </Text>
              </SecondaryTd>
              <Table.Td maw={480}>
                <Text size="xs" c="red" style={{ overflowWrap: 'anywhere' }}>
                  {i.lastError}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {isAdmin && (
                  <Button
                    size="xs"
                    variant="light"
                    loading={release.pending}
                    onClick={async () => {
                      await release.run(i);
                      list.reload();
                    }}
                  >
                    {t('quarantine.release')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          )}
        </PagedTable>
      </Paper>
    </>
  );
}
