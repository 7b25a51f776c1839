import { Anchor, Badge, Button, Paper, SegmentedControl, Stack, Table, Text, TextInput, Group } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { CalendarView } from '../../api/catalogue-types';
import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Empty } from '../../components/empty';
import { CalendarIcon, PlusIcon, SearchIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useFormat } from '../../i18n/format';
import { useCanEditCatalogue } from '../shared/can-edit';
import { ListTable, SecondaryTd } from '../shared/list-table';
import { CalendarCreateModal } from './calendar-create-modal';

const LIMIT = 25;

/** R-T1: coverage calendars (support hours, holidays), each with dated versions. */
export function CalendarsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const canEdit = useCanEditCatalogue();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [archived, setArchived] = useState('active');
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);
  const list = useApi(
    (signal) => api.get<Page<CalendarView>>('/admin/calendars', { q: debouncedQ, archived: archived === 'archived', limit: LIMIT, offset, sort: 'name' }, signal),
    [debouncedQ, archived, offset],
  );
  return (
    <>
      <PageHeader
        title={t('calendars.title')}
        description={t('calendars.description')}
        actions={
          canEdit && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)}>
              {t('calendars.new')}
            </Button>
          )
        }
      />
      <Stack>
        <Group gap="sm">
          <TextInput
            aria-label={t('common.search')}
            placeholder={t('calendars.searchPlaceholder')}
            leftSection={<SearchIcon size={16} />}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setOffset(0);
            }}
            style={{ flex: '1 1 220px' }}
          />
          <SegmentedControl
            value={archived}
            onChange={(v) => {
              setArchived(v);
              setOffset(0);
            }}
            data={[
              { value: 'active', label: t('common.active') },
              { value: 'archived', label: t('common.archived') },
            ]}
          />
        </Group>
        <Paper withBorder>
          <LoadState state={list}>
            {(page) =>
              page.items.length === 0 ? (
                <Empty icon={<CalendarIcon size={28} />} title={t('calendars.emptyTitle')} description={t('calendars.emptyDescription')} />
              ) : (
                <ListTable head={[t('common.name'), t('common.code'), { label: t('common.updated'), secondary: true }, '']}>
                  {page.items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/admin/calendars/${c.id}`} fw={500} size="sm">
                          {c.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text ff="monospace" size="sm">
                          {c.code}
                        </Text>
                      </Table.Td>
                      <SecondaryTd>{f.dateTime(c.updatedAt)}</SecondaryTd>
                      <Table.Td ta="right">{c.archivedAt && <Badge color="gray">{t('common.archivedBadge')}</Badge>}</Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
              )
            }
          </LoadState>
        </Paper>
        {list.data && <Pager total={list.data.total} limit={LIMIT} offset={offset} onOffset={setOffset} />}
      </Stack>
      <CalendarCreateModal opened={creating} onClose={() => setCreating(false)} onCreated={(id) => navigate(`/admin/calendars/${id}`)} />
    </>
  );
}
