import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Empty } from '../../components/empty';
import { LayersIcon, PlusIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useCanEditCatalogue } from '../shared/can-edit';
import { ListTable } from '../shared/list-table';
import { usePlans, useSeverities } from '../shared/lookups';
import { PlanMatrix } from './plan-matrix';
import { PlanVersionModal } from './plan-version-modal';

/** R-P1: plans grouped by catalogue edition, with the catalogue's SLA matrix. */
export function PlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canEdit = useCanEditCatalogue();
  const plans = usePlans();
  const severities = useSeverities();
  const [catalogue, setCatalogue] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('plans.title')}
        description={t('plans.description')}
        actions={
          canEdit && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)}>
              {t('plans.new')}
            </Button>
          )
        }
      />
      <LoadState state={plans}>
        {(page) => {
          const active = page.items.filter((p) => !p.archivedAt);
          if (active.length === 0) {
            return (
              <Paper withBorder>
                <Empty
                  icon={<LayersIcon size={28} />}
                  title={t('plans.emptyTitle')}
                  description={t('plans.emptyDescription')}
                  action={
                    canEdit && (
                      <Button component={Link} to="/admin/presets" variant="light">
                        {t('plans.importPresets')}
                      </Button>
                    )
                  }
                />
              </Paper>
            );
          }
          const catalogues = [...new Set(active.map((p) => p.catalogue))].sort();
          const chosen = catalogue && catalogues.includes(catalogue) ? catalogue : catalogues[0]!;
          const inCatalogue = active.filter((p) => p.catalogue === chosen).sort((a, b) => a.rank - b.rank);
          return (
            <Stack>
              <Select
                label={t('plans.catalogue')}
                w={{ base: '100%', xs: 280 }}
                allowDeselect={false}
                data={catalogues.map((c) => ({ value: c, label: c || t('plans.noCatalogue') }))}
                value={chosen}
                onChange={setCatalogue}
              />
              <Paper withBorder>
                <ListTable head={[t('common.name'), t('common.code'), t('plans.rank'), '']}>
                  {inCatalogue.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/admin/plans/${p.id}`} fw={500} size="sm">
                          {p.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text ff="monospace" size="sm">
                          {p.code}
                        </Text>
                      </Table.Td>
                      <Table.Td>{p.rank}</Table.Td>
                      <Table.Td ta="right">{p.archivedAt && <Badge color="gray">{t('common.archivedBadge')}</Badge>}</Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
              </Paper>
              <Paper withBorder p="lg">
                <Group justify="space-between" mb="xs">
                  <Title order={2} fz="h4">
                    {t('plans.matrix.title')}
                  </Title>
                </Group>
                <Text size="xs" c="dimmed" mb="sm">
                  {t('plans.matrix.legend')}
                </Text>
                <LoadState state={severities}>{(s) => <PlanMatrix plans={inCatalogue} severities={s.items} />}</LoadState>
              </Paper>
            </Stack>
          );
        }}
      </LoadState>
      <PlanVersionModal opened={creating} onClose={() => setCreating(false)} onSaved={(id) => navigate(`/admin/plans/${id}`)} />
    </>
  );
}
