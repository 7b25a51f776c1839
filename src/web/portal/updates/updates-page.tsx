import { Alert, Badge, Button, Group, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { UPDATES_TABS, type UpdatesTab } from '../../../core/pages.js';
import { useTranslation } from 'react-i18next';
import type { QueryFor } from '../../api/contract';
import { untypedApi } from '../../api/client';
import { useAction, useApiQuery, useLoad } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { Empty } from '../../components/empty';
import { ErrorAlert } from '../../components/error-alert';
import { CalendarIcon, FileIcon, LayersIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { SecretReveal } from '../../components/secret-reveal';
import { useFormat } from '../../i18n/format';
import { minutesText } from '../../maintenance/labels';
import type { IcalFeedSecret, IcalFeedStatus } from '../../maintenance/types';
import { UpgradeRightText } from '../../products/upgrade-right-text';
import { useSession } from '../../session/session-context';
import { ServerSanitizedHtml } from '../../tickets/sanitized-html';
import { ANNOUNCEMENT_KIND_KEYS, OPERATION_STATUS_KEYS, RELEASE_KIND_KEYS } from '../../maintenance/keys';

function Maintenance({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useApiQuery('/portal/maintenance', { params: { query: { limit: 50, lang: lang as QueryFor<'/portal/maintenance', 'get'>['lang'] } } });
  return (
    <LoadState state={list}>
      {(page) =>
        page.items.length === 0 ? (
          <Paper withBorder>
            <Empty icon={<CalendarIcon size={28} />} title={t('updates.maintenance.emptyTitle')} description={t('updates.maintenance.emptyDescription')} />
          </Paper>
        ) : (
          <Stack gap="sm">
            {page.items.map((m) => (
              <Paper key={m.id} withBorder p="md" data-testid="portal-maintenance">
                <Group justify="space-between" gap="xs" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {m.title}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {m.typeName}
                    </Text>
                  </Stack>
                  <Group gap={4}>
                    {m.shutsDown && (
                      <Badge color="orange" variant="light">
                        {t('maintenance.shutdown')}
                      </Badge>
                    )}
                    {m.status === 'cancelled' && (
                      <Badge color="gray" variant="light">
                        {t(OPERATION_STATUS_KEYS.cancelled)}
                      </Badge>
                    )}
                  </Group>
                </Group>
                <Text size="sm" mt="xs" data-testid="portal-maintenance-window">
                  {t('maintenance.preview.window', { from: fmt.dateTime(m.startsAt), to: fmt.dateTime(m.endsAt) })} · {minutesText(t, m.durationMinutes)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('updates.inYourZone', { zone: fmt.timeZone })}
                </Text>
                {m.description && (
                  <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {m.description}
                  </Text>
                )}
              </Paper>
            ))}
          </Stack>
        )
      }
    </LoadState>
  );
}

function Releases({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useApiQuery('/portal/releases', { params: { query: { limit: 50, lang: lang as QueryFor<'/portal/releases', 'get'>['lang'] } } });
  const installed = useApiQuery('/portal/installed-versions');
  return (
    <Stack gap="md">
      <LoadState state={installed}>
        {({ items }) =>
          items.length > 0 && (
            <Paper withBorder p="md">
              <Title order={2} fz="h4" mb="xs">
                {t('updates.installed.title')}
              </Title>
              <div className="cd-table-scroll">
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('updates.installed.product')}</Table.Th>
                      <Table.Th>{t('updates.installed.version')}</Table.Th>
                      <Table.Th>{t('updates.installed.endOfLife')}</Table.Th>
                      <Table.Th>{t('updates.installed.upgrade')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((i) => (
                      <Table.Tr key={i.product.id} data-testid="installed-row">
                        <Table.Td>{i.product.name}</Table.Td>
                        <Table.Td>{i.version}</Table.Td>
                        <Table.Td>{i.endOfLife ? fmt.date(i.endOfLife) : '—'}</Table.Td>
                        <Table.Td>{i.upgradeToLatest ? <UpgradeRightText right={i.upgradeToLatest} latest={i.latestVersion} /> : t('updates.installed.upToDate')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            </Paper>
          )
        }
      </LoadState>
      <LoadState state={list}>
        {(page) =>
          page.items.length === 0 ? (
            <Paper withBorder>
              <Empty icon={<LayersIcon size={28} />} title={t('updates.releases.emptyTitle')} description={t('updates.releases.emptyDescription')} />
            </Paper>
          ) : (
            <Stack gap="sm">
              {page.items.map((r) => (
                <Paper key={r.id} withBorder p="md" data-testid="portal-release">
                  <Group justify="space-between" gap="xs" mb="xs">
                    <Text fw={600}>
                      {r.productName} {r.version}
                    </Text>
                    <Group gap={4}>
                      <Badge variant="light">{t(RELEASE_KIND_KEYS[r.kind])}</Badge>
                      {r.privateHotfix && (
                        <Badge color="orange" variant="light">
                          {t('updates.releases.forYou')}
                        </Badge>
                      )}
                    </Group>
                  </Group>
                  <Text size="xs" c="dimmed" mb="xs">
                    {t('updates.releases.published', { at: r.releasedOn ? fmt.date(r.releasedOn) : fmt.dateTime(r.publishedAt) })}
                  </Text>
                  {r.notes ? (
                    <div lang={r.notes.locale}>
                      <ServerSanitizedHtml html={r.notes.html} />
                    </div>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('updates.releases.noNotes')}
                    </Text>
                  )}
                </Paper>
              ))}
            </Stack>
          )
        }
      </LoadState>
    </Stack>
  );
}

function Announcements({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useApiQuery('/portal/announcements', { params: { query: { limit: 50, lang: lang as QueryFor<'/portal/announcements', 'get'>['lang'] } } });
  return (
    <LoadState state={list}>
      {(page) =>
        page.items.length === 0 ? (
          <Paper withBorder>
            <Empty icon={<FileIcon size={28} />} title={t('updates.announcements.emptyTitle')} description={t('updates.announcements.emptyDescription')} />
          </Paper>
        ) : (
          <Stack gap="sm">
            {page.items.map((a) => (
              <Paper key={a.id} withBorder p="md" data-testid="portal-announcement">
                <Group justify="space-between" gap="xs" mb="xs">
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {a.title}
                  </Text>
                  <Badge variant="light">{t(ANNOUNCEMENT_KIND_KEYS[a.kind])}</Badge>
                </Group>
                <Text size="xs" c="dimmed" mb="xs">
                  {fmt.dateTime(a.publishedAt)}
                </Text>
                <div lang={a.locale}>
                  <ServerSanitizedHtml html={a.html} />
                </div>
              </Paper>
            ))}
          </Stack>
        )
      }
    </LoadState>
  );
}

/** The customer's secret iCalendar feed of maintenance windows; its administrator makes, replaces or revokes it. */
export function CalendarFeed({ base, canManage, readOnlyHint }: { base: string; canManage: boolean; readOnlyHint?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const status = useLoad([base], (signal) => untypedApi.get<IcalFeedStatus>(base, undefined, signal));
  const [secret, setSecret] = useState<IcalFeedSecret | null>(null);
  const rotate = useAction(() => untypedApi.post<IcalFeedSecret>(`${base}/rotate`, {}));
  const revoke = useAction(() => untypedApi.del(base));
  return (
    <Paper withBorder p="md" data-testid="calendar-feed">
      <Stack gap="sm">
        <Text size="sm">{t('updates.feed.explain')}</Text>
        <LoadState state={status}>
          {(s) => (
            <Text size="sm" fw={500}>
              {s.active ? t('updates.feed.active', { at: fmt.dateTime(s.createdAt) }) : t('updates.feed.none')}
              {s.active && s.lastUsedAt ? ` · ${t('updates.feed.lastUsed', { at: fmt.dateTime(s.lastUsedAt) })}` : ''}
            </Text>
          )}
        </LoadState>
        {secret && <SecretReveal label={t('updates.feed.url')} secret={secret.url} warning={t('updates.feed.shownOnce')} />}
        <ErrorAlert error={rotate.error ?? revoke.error} />
        {canManage ? (
          <Group gap="xs">
            <Button
              size="xs"
              loading={rotate.pending}
              onClick={async () => {
                const made = await rotate.run();
                if (made) {
                  setSecret(made);
                  status.reload();
                }
              }}
            >
              {status.data?.active ? t('updates.feed.rotate') : t('updates.feed.make')}
            </Button>
            {status.data?.active && (
              <ConfirmButton
                label={t('updates.feed.revoke')}
                title={t('updates.feed.revokeTitle')}
                message={t('updates.feed.revokeMessage')}
                onConfirm={async () => {
                  await revoke.run();
                  setSecret(null);
                  status.reload();
                }}
              />
            )}
          </Group>
        ) : (
          <Alert variant="light" color="gray">
            {readOnlyHint ?? t('updates.feed.askAdministrator')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** Support center (R-V4, R-M3, R-M4): maintenance windows, announcements, release notes in my language, the calendar feed. */
export function SupportUpdatesPage() {
  const { t, i18n } = useTranslation();
  const { actor } = useSession();
  const lang = i18n.language;
  const isAdministrator = actor?.kind === 'contact' && actor.isAdministrator;
  // Links in mail open the tab they are about (`?tab=releases`, core/pages.ts).
  const [params] = useSearchParams();
  const asked = params.get('tab');
  const tab: UpdatesTab = UPDATES_TABS.includes(asked as UpdatesTab) ? (asked as UpdatesTab) : 'maintenance';
  return (
    <>
      <PageHeader title={t('updates.title')} description={t('updates.description')} />
      <Tabs key={tab} defaultValue={tab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="maintenance">{t('updates.tabs.maintenance')}</Tabs.Tab>
          <Tabs.Tab value="releases">{t('updates.tabs.releases')}</Tabs.Tab>
          <Tabs.Tab value="announcements">{t('updates.tabs.announcements')}</Tabs.Tab>
          <Tabs.Tab value="feed">{t('updates.tabs.feed')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="maintenance">
          <Maintenance lang={lang} />
        </Tabs.Panel>
        <Tabs.Panel value="releases">
          <Releases lang={lang} />
        </Tabs.Panel>
        <Tabs.Panel value="announcements">
          <Announcements lang={lang} />
        </Tabs.Panel>
        <Tabs.Panel value="feed">
          <CalendarFeed base="/portal/maintenance-feed" canManage={isAdministrator} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
