import { Accordion, Alert, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, view } from '../../api/client';
import type { ImportOutcome, ImportPresetResult, PresetSummary } from '../../api/catalogue-types';
import { useAction, useApiQuery } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useCanEditCatalogue } from '../shared/can-edit';
import { ListTable } from '../shared/list-table';
import { ColumnMapping } from './column-mapping';

const OUTCOME_KEYS: Record<ImportOutcome['outcome'], string> = {
  created: 'presets.outcome.created',
  updated: 'presets.outcome.updated',
  new_version: 'presets.outcome.new_version',
  unchanged: 'presets.outcome.unchanged',
};
const KIND_KEYS: Record<ImportOutcome['kind'], string> = { severity: 'presets.kind.severity', calendar: 'presets.kind.calendar', plan: 'presets.kind.plan' };
const OUTCOME_COLOR: Record<ImportOutcome['outcome'], string> = { created: 'teal', updated: 'blue', new_version: 'blue', unchanged: 'gray' };

function ImportResult({ result }: { result: ImportPresetResult }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" variant="light" title={t('presets.imported', { name: result.name })} data-testid="import-result">
      <Group gap="xs" mb="sm">
        {(Object.keys(OUTCOME_KEYS) as ImportOutcome['outcome'][]).map((o) => (
          <Badge key={o} color={OUTCOME_COLOR[o]} variant="light">
            {t(OUTCOME_KEYS[o])}: {result.counts[o] ?? 0}
          </Badge>
        ))}
      </Group>
      <ListTable head={[t('presets.item'), t('common.code'), t('presets.result')]} minWidth={360}>
        {result.items.map((i) => (
          <Table.Tr key={`${i.kind}-${i.code}`}>
            <Table.Td>{t(KIND_KEYS[i.kind])}</Table.Td>
            <Table.Td ff="monospace">{i.code}</Table.Td>
            <Table.Td>
              {t(OUTCOME_KEYS[i.outcome])}
              {i.version !== undefined && ` · ${t('versions.versionN', { n: i.version })}`}
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </Alert>
  );
}

/** RULES presets: the shipped catalogues with their assumptions, imported idempotently (a re-import changes nothing). */
export function PresetsPage() {
  const { t } = useTranslation();
  const canEdit = useCanEditCatalogue();
  const list = useApiQuery('/admin/presets', undefined, view<{ items: PresetSummary[] }>());
  const [results, setResults] = useState<Record<string, ImportPresetResult>>({});
  const importer = useAction((name: string) => api.post('/admin/presets/{name}/import', { params: { path: { name } } }, view<ImportPresetResult>()));
  return (
    <>
      <PageHeader title={t('presets.title')} description={t('presets.description')} />
      <ErrorAlert error={importer.error} />
      <LoadState state={list}>
        {({ items }) => (
          <Stack>
            {items.map((p) => {
              const planNames = Object.fromEntries(p.plans.map((x) => [x.code, x.name]));
              return (
                <Paper key={p.name} withBorder p="lg" data-testid="preset">
                  <Group justify="space-between" align="flex-start" gap="sm">
                    <Stack gap={4} style={{ flex: '1 1 320px' }}>
                      <Title order={2} fz="h4">
                        {p.title}
                      </Title>
                      <Text size="sm">{p.description}</Text>
                      <Text size="xs" c="dimmed">
                        {t('presets.source', { source: p.source })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('presets.contents', { plans: p.plans.length, calendars: p.calendars.length, severities: p.severities.length })}
                      </Text>
                    </Stack>
                    {canEdit && (
                      <Button
                        loading={importer.pending}
                        onClick={async () => {
                          const r = await importer.run(p.name);
                          if (r) setResults((x) => ({ ...x, [p.name]: r }));
                        }}
                      >
                        {t('presets.import')}
                      </Button>
                    )}
                  </Group>
                  {results[p.name] && (
                    <Stack mt="md">
                      <ImportResult result={results[p.name]!} />
                    </Stack>
                  )}
                  <Accordion variant="contained" mt="md" chevronPosition="left">
                    <Accordion.Item value="plans">
                      <Accordion.Control>{t('presets.plansAndCalendars')}</Accordion.Control>
                      <Accordion.Panel>
                        <Group gap={4}>
                          {p.plans.map((x) => (
                            <Badge key={x.code} variant="light" tt="none">
                              {x.name}
                            </Badge>
                          ))}
                          {p.calendars.map((x) => (
                            <Badge key={x.code} variant="outline" color="gray" tt="none">
                              {x.name}
                            </Badge>
                          ))}
                        </Group>
                      </Accordion.Panel>
                    </Accordion.Item>
                    {p.notes.length > 0 && (
                      <Accordion.Item value="notes">
                        <Accordion.Control>{t('presets.notes', { n: p.notes.length })}</Accordion.Control>
                        <Accordion.Panel>
                          <List size="sm" spacing="xs">
                            {p.notes.map((n, i) => (
                              <List.Item key={i}>{n}</List.Item>
                            ))}
                          </List>
                        </Accordion.Panel>
                      </Accordion.Item>
                    )}
                    {p.columnMapping && (
                      <Accordion.Item value="mapping">
                        <Accordion.Control>{t('presets.mapping.title')}</Accordion.Control>
                        <Accordion.Panel>
                          <ColumnMapping mapping={p.columnMapping} planNames={planNames} />
                        </Accordion.Panel>
                      </Accordion.Item>
                    )}
                  </Accordion>
                </Paper>
              );
            })}
          </Stack>
        )}
      </LoadState>
    </>
  );
}
