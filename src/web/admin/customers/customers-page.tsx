import { Anchor, Badge, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CustomerView } from '../../api/catalogue-types';
import { Empty } from '../../components/empty';
import { BuildingIcon, PlusIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { NATIVE_NAME } from '../../i18n/i18n';
import { useCanEditCatalogue } from '../shared/can-edit';
import { ArchivableListFilters, useArchivableList } from '../shared/archivable-list';
import { ListTable, SecondaryTd } from '../shared/list-table';
import { CustomerModal } from './customer-modal';

const LIMIT = 25;

/** RULES §1: the vendor's customers. */
export function CustomersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canEdit = useCanEditCatalogue();
  const { q, archived, offset, setOffset, list, onSearch, onArchived } = useArchivableList<CustomerView>('/admin/customers', LIMIT);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('customers.title')}
        description={t('customers.description')}
        actions={
          canEdit && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)}>
              {t('customers.new')}
            </Button>
          )
        }
      />
      <Stack>
        <ArchivableListFilters q={q} archived={archived} placeholder={t('customers.searchPlaceholder')} onSearch={onSearch} onArchived={onArchived} />
        <Paper withBorder>
          <LoadState state={list}>
            {(page) =>
              page.items.length === 0 ? (
                <Empty icon={<BuildingIcon size={28} />} title={t('customers.emptyTitle')} description={q ? t('common.emptyFiltered') : t('customers.emptyDescription')} />
              ) : (
                <ListTable head={[t('common.name'), t('common.code'), { label: t('common.language'), secondary: true }, { label: t('common.timeZone'), secondary: true }, '']}>
                  {page.items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/admin/customers/${c.id}`} fw={500} size="sm">
                          {c.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text ff="monospace" size="sm">
                          {c.code}
                        </Text>
                      </Table.Td>
                      <SecondaryTd>{NATIVE_NAME[c.locale]}</SecondaryTd>
                      <SecondaryTd>{c.timeZone}</SecondaryTd>
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
      <CustomerModal opened={creating} customer={null} onClose={() => setCreating(false)} onSaved={(c) => navigate(`/admin/customers/${c.id}`)} />
    </>
  );
}
