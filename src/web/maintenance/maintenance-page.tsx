import { Badge, Button, Paper, Stack, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { view } from '../api/client';
import type { Page } from '../api/types';
import { useApiQuery } from '../api/use-api';
import { Empty } from '../components/empty';
import { CalendarIcon, PlusIcon } from '../components/icons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { useFormat } from '../i18n/format';
import { useCanEditCatalogue } from '../admin/shared/can-edit';
import { ListTable, PagedTable, SecondaryTd } from '../admin/shared/list-table';
import { useLocalized } from '../admin/shared/lookups';
import { minutesText, noticeKeyText, noticeRuleText } from './labels';
import { ScheduleModal } from './schedule-modal';
import type { MaintenanceTypeView, MaintenanceView } from './types';
import { OPERATION_STATUS_KEYS } from './keys';

const LIMIT = 25;

function Operations({ onOpen }: { onOpen(op: MaintenanceView): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const localized = useLocalized();
  const [offset, setOffset] = useState(0);
  const list = useApiQuery('/admin/maintenance', { params: { query: { limit: LIMIT, offset } } }, view<Page<MaintenanceView>>());
  return (
    <PagedTable
      state={list}
      limit={LIMIT}
      offset={offset}
      onOffset={setOffset}
      empty={<Empty icon={<CalendarIcon size={28} />} title={t('maintenance.emptyTitle')} description={t('maintenance.emptyDescription')} />}
      head={[t('maintenance.operation'), t('maintenance.startsAt'), { label: t('maintenance.type'), secondary: true }, t('maintenance.statusLabel')]}
    >
      {(op) => (
        <Table.Tr key={op.id} data-testid="maintenance-row" style={{ cursor: 'pointer' }} onClick={() => onOpen(op)}>
          <Table.Td>
            <Text size="sm" fw={500}>
              {localized(op.titles)}
            </Text>
            {op.override && (
              <Text size="xs" c="orange">
                {t('maintenance.overridden')}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Text size="sm">{fmt.dateTime(op.startsAt)}</Text>
            <Text size="xs" c="dimmed">
              {minutesText(t, op.durationMinutes)}
              {op.shutsDown ? ` · ${t('maintenance.shutdown')}` : ''}
            </Text>
          </Table.Td>
          <SecondaryTd>
            <Text size="sm">{localized(op.type.names) || op.type.code}</Text>
          </SecondaryTd>
          <Table.Td>
            <Badge color={op.status === 'cancelled' ? 'gray' : 'blue'} variant="light">
              {t(OPERATION_STATUS_KEYS[op.status])}
            </Badge>
          </Table.Td>
        </Table.Tr>
      )}
    </PagedTable>
  );
}

function OperationDetail({ op }: { op: MaintenanceView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const localized = useLocalized();
  return (
    <Paper withBorder p="md" mt="md" data-testid="maintenance-detail">
      <Stack gap="xs">
        <Text fw={600}>{localized(op.titles)}</Text>
        {localized(op.descriptions) && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {localized(op.descriptions)}
          </Text>
        )}
        <Text size="sm">{t('maintenance.preview.window', { from: fmt.dateTime(op.startsAt), to: fmt.dateTime(op.endsAt) })}</Text>
        <Text size="sm">{noticeRuleText(t, op.type.noticeRule)}</Text>
        {op.noticeRequiredBy && <Text size="sm">{t('maintenance.preview.requiredBy', { at: fmt.dateTime(op.noticeRequiredBy) })}</Text>}
        {op.override && <Text size="sm" c="orange">{t('maintenance.overrideRecorded', { reason: op.override.reason })}</Text>}
        <Text size="sm" fw={600}>
          {t('maintenance.notices')}
        </Text>
        <ListTable head={[t('maintenance.notice.label'), t('maintenance.notice.due'), t('maintenance.notice.state')]}>
          {op.notices.map((n) => (
            <Table.Tr key={n.id}>
              <Table.Td>{noticeKeyText(t, n.key)}</Table.Td>
              <Table.Td>{n.dueAt ? fmt.dateTime(n.dueAt) : t('maintenance.preview.atRelease')}</Table.Td>
              <Table.Td>
                {n.sentAt
                  ? t('maintenance.notice.sent', { at: fmt.dateTime(n.sentAt), n: n.deliveries })
                  : n.droppedAt
                    ? t('maintenance.notice.dropped')
                    : t('maintenance.notice.pending')}
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      </Stack>
    </Paper>
  );
}

function Types() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const list = useApiQuery('/admin/maintenance-types', undefined, view<{ items: MaintenanceTypeView[] }>());
  return (
    <LoadState state={list}>
      {(data) =>
        data.items.length === 0 ? (
          <Empty icon={<CalendarIcon size={28} />} title={t('maintenance.types.emptyTitle')} description={t('maintenance.types.emptyDescription')} />
        ) : (
          <ListTable head={[t('maintenance.type'), t('maintenance.types.rule'), { label: t('maintenance.types.duration'), secondary: true }, { label: t('maintenance.types.extra'), secondary: true }]}>
            {data.items.map((x) => (
              <Table.Tr key={x.id} data-testid="maintenance-type-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {localized(x.names) || x.code}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {x.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{noticeRuleText(t, x.noticeRule)}</Text>
                  {x.shutsDown && (
                    <Badge size="sm" color="orange" variant="light">
                      {t('maintenance.shutdown')}
                    </Badge>
                  )}
                </Table.Td>
                <SecondaryTd>{minutesText(t, x.expectedDurationMinutes)}</SecondaryTd>
                <SecondaryTd>{x.extraNoticeMinutes.length ? x.extraNoticeMinutes.map((m) => minutesText(t, m)).join(', ') : '—'}</SecondaryTd>
              </Table.Tr>
            ))}
          </ListTable>
        )
      }
    </LoadState>
  );
}

/** R-M1..R-M3: maintenance operations with their notices, and the maintenance types. */
export function MaintenancePage() {
  const { t } = useTranslation();
  const canEdit = useCanEditCatalogue();
  const [scheduling, setScheduling] = useState(false);
  const [open, setOpen] = useState<MaintenanceView | null>(null);
  return (
    <>
      <PageHeader
        title={t('maintenance.title')}
        description={t('maintenance.description')}
        actions={
          canEdit && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setScheduling(true)}>
              {t('maintenance.schedule.open')}
            </Button>
          )
        }
      />
      <Tabs defaultValue="operations" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="operations">{t('maintenance.operations')}</Tabs.Tab>
          <Tabs.Tab value="types">{t('maintenance.types.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="operations">
          <Paper withBorder>
            <Operations onOpen={setOpen} />
          </Paper>
          {open && <OperationDetail op={open} />}
        </Tabs.Panel>
        <Tabs.Panel value="types">
          <Paper withBorder>
            <Types />
          </Paper>
        </Tabs.Panel>
      </Tabs>
      <ScheduleModal
        opened={scheduling}
        onClose={() => setScheduling(false)}
        onSaved={(op) => {
          setScheduling(false);
          setOpen(op);
        }}
      />
    </>
  );
}
