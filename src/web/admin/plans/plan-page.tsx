import { Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, view } from '../../api/client';
import type { PlanDetail, PlanVersionView } from '../../api/catalogue-types';
import { useApiQuery, useLoad } from '../../api/use-api';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { useCanEditCatalogue } from '../shared/can-edit';
import { useCalendars, useSeverities } from '../shared/lookups';
import { VersionList } from '../shared/version-list';
import { PlanTermsSummary } from './plan-terms-summary';
import { PlanVersionModal } from './plan-version-modal';
import { SlaGrid } from './sla-grid';

/** One plan: the terms of a version (in force by default), its SLA matrix, and its version history (R-P1, R-P2). */
export function PlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const canEdit = useCanEditCatalogue();
  const detail = useApiQuery('/admin/plans/{id}', { params: { path: { id } } }, view<PlanDetail>());
  // The version picked on this calendar/plan page; another id starts from the one in force.
  const [picked, setPicked] = useState<{ id: string; version: number | null } | null>(null);
  const selected = picked?.id === id ? picked.version : null;
  const [adding, setAdding] = useState(false);
  const latestNo = detail.data?.versions.at(-1)?.version ?? null;
  const shownNo = selected ?? detail.data?.current?.version ?? latestNo;
  const shown = useLoad(['/admin/plans/{id}/versions/{version}', id, shownNo, detail.data], (signal) => (shownNo ? api.get('/admin/plans/{id}/versions/{version}', { params: { path: { id, version: shownNo } }, signal }, view<PlanVersionView>()) : Promise.resolve(null)));
  const latest = useLoad(['/admin/plans/{id}/versions/{version}', id, latestNo, detail.data], (signal) => (latestNo ? api.get('/admin/plans/{id}/versions/{version}', { params: { path: { id, version: latestNo } }, signal }, view<PlanVersionView>()) : Promise.resolve(null)));
  const calendars = useCalendars();
  const severities = useSeverities();

  return (
    <LoadState state={detail}>
      {(plan) => (
        <>
          <Anchor component={Link} to="/admin/plans" size="sm">
            {t('plans.back')}
          </Anchor>
          <PageHeader
            title={plan.name}
            description={t('plans.headline', { code: plan.code, catalogue: plan.catalogue || t('plans.noCatalogue'), rank: plan.rank })}
            actions={
              canEdit &&
              !plan.archivedAt && (
                <Button onClick={() => setAdding(true)} disabled={!latest.data && latestNo !== null} data-testid="new-plan-version">
                  {t('plans.newVersion')}
                </Button>
              )
            }
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack>
                {!plan.current && (
                  <Text size="sm" c="dimmed">
                    {t('plans.notYetInForce')}
                  </Text>
                )}
                <LoadState state={shown}>
                  {(v) =>
                    v && (
                      <>
                        <Paper withBorder p="lg">
                          <Group justify="space-between" mb="md" gap="xs">
                            <Title order={2} fz="h4">
                              {t('plans.termsTitle', { version: v.version })}
                            </Title>
                            <Text size="sm" c="dimmed">
                              {t('plans.effectiveFromDate', { date: f.date(v.effectiveFrom) })}
                            </Text>
                          </Group>
                          <PlanTermsSummary terms={v.terms} calendars={calendars.data?.items ?? []} />
                        </Paper>
                        <Paper withBorder p="lg">
                          <Title order={2} fz="h4" mb="xs">
                            {t('plans.grid.title')}
                          </Title>
                          <Text size="xs" c="dimmed" mb="sm">
                            {t('plans.grid.legend')}
                          </Text>
                          <SlaGrid severities={severities.data?.items ?? []} targets={v.terms.targets} />
                        </Paper>
                      </>
                    )
                  }
                </LoadState>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <VersionList versions={plan.versions} inForce={plan.current?.version ?? null} selected={shownNo ?? undefined} onSelect={(version) => setPicked({ id, version })} />
            </Grid.Col>
          </Grid>
          <PlanVersionModal
            opened={adding}
            onClose={() => setAdding(false)}
            plan={plan}
            base={latest.data?.terms ?? null}
            onSaved={() => {
              setAdding(false);
              setPicked({ id, version: null });
              detail.reload();
            }}
          />
        </>
      )}
    </LoadState>
  );
}
