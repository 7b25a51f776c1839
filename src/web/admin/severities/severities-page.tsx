import { Badge, Button, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeverityView } from '../../api/catalogue-types';
import { Empty } from '../../components/empty';
import { PlusIcon, ShieldIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useCanEditCatalogue } from '../shared/can-edit';
import { ListTable, SecondaryTd } from '../shared/list-table';
import { useLocalized, useSeverities } from '../shared/lookups';
import { SeverityModal } from './severity-modal';

/** R-K2: severities, most severe first, with their definitions in the reader's language. */
export function SeveritiesPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const canEdit = useCanEditCatalogue();
  const list = useSeverities();
  const [editing, setEditing] = useState<SeverityView | null | 'new'>(null);
  return (
    <>
      <PageHeader
        title={t('severities.title')}
        description={t('severities.description')}
        actions={
          canEdit && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setEditing('new')}>
              {t('severities.new')}
            </Button>
          )
        }
      />
      <Paper withBorder>
        <LoadState state={list}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty icon={<ShieldIcon size={28} />} title={t('severities.emptyTitle')} description={t('severities.emptyDescription')} />
            ) : (
              <ListTable head={[t('severities.name'), t('severities.definition'), { label: t('severities.rank'), secondary: true }, '']}>
                {page.items.map((s) => (
                  <Table.Tr key={s.code}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {localized(s.names)}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {s.code}
                      </Text>
                    </Table.Td>
                    <Table.Td maw={520}>
                      <Text size="sm">{localized(s.definitions) || '—'}</Text>
                    </Table.Td>
                    <SecondaryTd>{s.rank}</SecondaryTd>
                    <Table.Td ta="right">
                      {s.archivedAt ? (
                        <Badge color="gray">{t('common.archivedBadge')}</Badge>
                      ) : (
                        canEdit && (
                          <Button size="xs" variant="subtle" onClick={() => setEditing(s)}>
                            {t('common.edit')}
                          </Button>
                        )
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
            )
          }
        </LoadState>
      </Paper>
      <SeverityModal
        opened={editing !== null}
        severity={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          list.reload();
        }}
      />
    </>
  );
}
