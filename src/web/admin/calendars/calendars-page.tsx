import { Anchor, Badge, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CalendarView } from '../../api/catalogue-types';
import { Empty } from '../../components/empty';
import { CalendarIcon, PlusIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { useFormat } from '../../i18n/format';
import { useCanEditCatalogue } from '../shared/can-edit';
import { ArchivableListFilters, useArchivableList } from '../shared/archivable-list';
import { ListTable, SecondaryTd } from '../shared/list-table';
import { CalendarCreateModal } from './calendar-create-modal';

const LIMIT = 25;

/** R-T1: coverage calendars (support hours, holidays), each with dated versions. */
export function CalendarsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const canEdit = useCanEditCatalogue();
  const { q, archived, offset, setOffset, list, onSearch, onArchived } = useArchivableList<CalendarView>('/admin/calendars', LIMIT);
  const [creating, setCreating] = useState(false);
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
        <ArchivableListFilters q={q} archived={archived} placeholder={t('calendars.searchPlaceholder')} onSearch={onSearch} onArchived={onArchived} />
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
