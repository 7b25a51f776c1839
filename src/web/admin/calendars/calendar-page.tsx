import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { CalendarDetail } from '../../api/catalogue-types';
import { useApiQuery, type ApiState } from '../../api/use-api';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { useCanEditCatalogue } from '../shared/can-edit';
import { VersionList } from '../shared/version-list';
import { CalendarCreateModal } from './calendar-create-modal';
import { HolidayList } from './holiday-list';
import { WeekView } from './week-view';

/** One calendar: its week, its holidays for a year, and its versions (R-T1). */
export function CalendarPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const canEdit = useCanEditCatalogue();
  // The contract types calendar hours as string[][] (not [from, to] pairs): read as the view (tighten the contract, then drop the cast).
  const detail = useApiQuery('/admin/calendars/{id}', { params: { path: { id } } }) as ApiState<CalendarDetail>;
  // The version picked on this calendar/plan page; another id starts from the one in force.
  const [picked, setPicked] = useState<{ id: string; version: number | null } | null>(null);
  const selected = picked?.id === id ? picked.version : null;
  const [adding, setAdding] = useState(false);

  return (
    <LoadState state={detail}>
      {(cal) => {
        const shown = cal.versions.find((v) => v.version === (selected ?? cal.versionInForce ?? cal.versions.at(-1)?.version)) ?? cal.versions.at(-1);
        const latest = cal.versions.at(-1);
        return (
          <>
            <Anchor component={Link} to="/admin/calendars" size="sm">
              {t('calendars.back')}
            </Anchor>
            <PageHeader
              title={cal.name}
              description={
                <>
                  <Text span ff="monospace" size="sm">
                    {cal.code}
                  </Text>
                  {cal.archivedAt && (
                    <Badge ml="xs" color="gray">
                      {t('common.archivedBadge')}
                    </Badge>
                  )}
                </>
              }
              actions={
                canEdit &&
                !cal.archivedAt && (
                  <Button onClick={() => setAdding(true)} data-testid="new-calendar-version">
                    {t('calendars.newVersion')}
                  </Button>
                )
              }
            />
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Stack>
                  {shown && (
                    <Paper withBorder p="lg">
                      <Group justify="space-between" mb="sm" gap="xs">
                        <Title order={2} fz="h4">
                          {t('calendars.weekTitle', { version: shown.version })}
                        </Title>
                        <Text size="sm" c="dimmed">
                          {t('calendars.effectiveFrom', { date: f.date(shown.effectiveFrom) })}
                        </Text>
                      </Group>
                      <WeekView spec={shown.spec} />
                    </Paper>
                  )}
                  {shown && <HolidayList calendarId={cal.id} version={shown.version} />}
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <VersionList versions={cal.versions} inForce={cal.versionInForce} selected={shown?.version} onSelect={(version) => setPicked({ id, version })} />
              </Grid.Col>
            </Grid>
            <CalendarCreateModal
              opened={adding}
              onClose={() => setAdding(false)}
              calendar={cal}
              base={latest?.spec ?? null}
              onCreated={() => {
                setAdding(false);
                setPicked({ id, version: null });
                detail.reload();
              }}
            />
          </>
        );
      }}
    </LoadState>
  );
}
