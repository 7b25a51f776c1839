import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { CustomerView } from '../../api/catalogue-types';
import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Empty } from '../../components/empty';
import { BuildingIcon, PlusIcon, SearchIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { NATIVE_NAME } from '../../i18n/i18n';
import { useCanEditCatalogue } from '../shared/can-edit';
import { ListTable, SecondaryTd } from '../shared/list-table';
import { CustomerModal } from './customer-modal';

const LIMIT = 25;

/** SPEC §1: the vendor's customers. */
export function CustomersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canEdit = useCanEditCatalogue();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [archived, setArchived] = useState('active');
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);
  const list = useApi(
    (signal) => api.get<Page<CustomerView>>('/admin/customers', { q: debouncedQ, archived: archived === 'archived', limit: LIMIT, offset, sort: 'name' }, signal),
    [debouncedQ, archived, offset],
  );
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
        <Group gap="sm">
          <TextInput
            aria-label={t('common.search')}
            placeholder={t('customers.searchPlaceholder')}
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
