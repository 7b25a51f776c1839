import { Badge, Button, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { untypedApi } from '../api/client';
import type { ContactView } from '../api/catalogue-types';
import type { Page } from '../api/types';
import { useAction, useLoad } from '../api/use-api';
import { ConfirmButton } from '../components/confirm-button';
import { Empty } from '../components/empty';
import { ErrorAlert } from '../components/error-alert';
import { ContactIcon, PlusIcon } from '../components/icons';
import { LoadState } from '../components/load-state';
import { ListTable, SecondaryTd } from '../admin/shared/list-table';
import { ContactModal } from './contact-modal';

function AccessBadges({ contact: c, staff }: { contact: ContactView; staff: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {c.isAdministrator && <Badge color="grape">{t('roles.contactAdministrator')}</Badge>}
      {c.isAuthorized ? (
        <Badge color="teal" variant="light">
          {t('contacts.authorizedBadge')}
        </Badge>
      ) : (
        <Badge color="gray" variant="light">
          {t('contacts.notAuthorized')}
        </Badge>
      )}
      {staff && !c.hasPassword && (
        <Badge color="gray" variant="outline">
          {t('contacts.noPortal')}
        </Badge>
      )}
      {!c.emailConfirmed && !c.archivedAt && (
        <Badge color="yellow" variant="light" title={t('contacts.unconfirmedHint')} data-testid="contact-unconfirmed">
          {t('contacts.unconfirmed')}
        </Badge>
      )}
      {c.archivedAt && <Badge color="gray">{t('common.archivedBadge')}</Badge>}
    </Group>
  );
}

/**
 * A customer's contacts with who may report (R-C2) and who is the
 * administrator (002). `canManage` shows add/edit/archive; the cap line says
 * how many authorized places the plan leaves.
 */
export function ContactsPanel({ basePath, canManage, staff, cap, title }: { basePath: string; canManage: boolean; staff: boolean; cap?: number | null; title?: ReactNode }) {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<ContactView | null | 'new'>(null);
  const list = useLoad([basePath, showArchived], (signal) => untypedApi.get<Page<ContactView>>(basePath, { limit: 200, archived: showArchived, sort: 'name' }, signal));
  const archive = useAction((id: string) => untypedApi.post<ContactView>(`${basePath}/${id}/archive`));
  const resend = useAction((id: string) => untypedApi.post<ContactView>(`${basePath}/${id}/confirmation`));
  const actions = (c: ContactView) => (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {!c.emailConfirmed && !c.archivedAt && (
        <Button size="xs" variant="subtle" loading={resend.pending} onClick={() => void resend.run(c.id)} data-testid="contact-resend-confirmation">
          {t('contacts.resendConfirmation')}
        </Button>
      )}
      <Button size="xs" variant="subtle" onClick={() => setEditing(c)}>
        {t('common.edit')}
      </Button>
      <ConfirmButton
        label={t('contacts.archive')}
        title={t('contacts.archiveTitle', { name: c.name })}
        message={t('contacts.archiveMessage')}
        onConfirm={async () => {
          if (await archive.run(c.id)) list.reload();
        }}
      />
    </Group>
  );
  const authorizedCount = list.data?.items.filter((c) => c.isAuthorized && !c.archivedAt).length ?? 0;
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm" gap="xs">
        <Stack gap={2}>
          <Title order={2} fz="h4">
            {title ?? t('contacts.title')}
          </Title>
          {cap !== undefined && !showArchived && list.data && (
            <Text size="sm" c="dimmed" data-testid="contact-cap">
              {cap === null ? t('contacts.capNone', { n: authorizedCount }) : t('contacts.capUsed', { n: authorizedCount, cap })}
            </Text>
          )}
        </Stack>
        <Group gap="sm">
          <Switch size="sm" label={t('contacts.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
          {canManage && (
            <Button size="sm" leftSection={<PlusIcon size={16} />} onClick={() => setEditing('new')}>
              {t('contacts.new')}
            </Button>
          )}
        </Group>
      </Group>
      <ErrorAlert error={archive.error} />
      <ErrorAlert error={resend.error} />
      <LoadState state={list}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty icon={<ContactIcon size={24} />} title={t('contacts.emptyTitle')} description={canManage ? t('contacts.emptyDescription') : undefined} />
          ) : (
            <ListTable head={[t('common.name'), { label: t('contacts.phone'), secondary: true }, { label: t('contacts.access'), secondary: true }, { label: '', secondary: true }]}>
              {page.items.map((c) => (
                <Table.Tr key={c.id} data-testid="contact-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {c.name}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      {c.email}
                    </Text>
                    {/* Phones: access and actions under the name instead of in columns of their own. */}
                    <Stack hiddenFrom="sm" gap={6} mt={6}>
                      <AccessBadges contact={c} staff={staff} />
                      {canManage && !c.archivedAt && actions(c)}
                    </Stack>
                  </Table.Td>
                  <SecondaryTd>{c.phone || '—'}</SecondaryTd>
                  <SecondaryTd>
                    <AccessBadges contact={c} staff={staff} />
                  </SecondaryTd>
                  <SecondaryTd ta="right">{canManage && !c.archivedAt && actions(c)}</SecondaryTd>
                </Table.Tr>
              ))}
            </ListTable>
          )
        }
      </LoadState>
      <ContactModal
        opened={editing !== null}
        contact={editing === 'new' ? null : editing}
        basePath={basePath}
        staff={staff}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          list.reload();
        }}
      />
    </Paper>
  );
}
