import { Badge, Button, Group, Modal, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryFor } from '../../api/contract';
import { api, view } from '../../api/client';
import type { Page, StaffRole, UserView } from '../../api/types';
import { useAction, useApiQuery } from '../../api/use-api';
import { ConfirmButton } from '../../components/confirm-button';
import { Empty } from '../../components/empty';
import { ErrorAlert } from '../../components/error-alert';
import { PlusIcon, SearchIcon, UsersIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { SecretReveal } from '../../components/secret-reveal';
import { useFormat } from '../../i18n/format';
import { NATIVE_NAME } from '../../i18n/i18n';
import { ROLE_KEYS } from '../../layouts/role-label';
import { ListTable, SecondaryTd } from '../shared/list-table';
import { useSession } from '../../session/session-context';
import { UserFormModal, type UserFormResult } from './user-form-modal';

const LIMIT = 25;
const ROLE_COLOR: Record<StaffRole, string> = { admin: 'grape', manager: 'blue', agent: 'teal' };

/** Vendor users and roles: admins create, edit and archive; managers may look. */
export function UsersPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { actor } = useSession();
  const canWrite = actor?.kind === 'user' && actor.role === 'admin';
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [role, setRole] = useState<string | null>(null);
  const [archived, setArchived] = useState<'active' | 'archived'>('active');
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<UserView | null | 'new'>(null);
  const [created, setCreated] = useState<UserFormResult | null>(null);
  const list = useApiQuery('/admin/users', { params: { query: { q: debouncedQ, role: role as QueryFor<'/admin/users', 'get'>['role'], archived: archived === 'archived', limit: LIMIT, offset, sort: 'name' } } }, view<Page<UserView>>());
  const archive = useAction((id: string) => api.post('/admin/users/{id}/archive', { params: { path: { id } } }, view<UserView>()));

  const onSaved = (r: UserFormResult) => {
    const wasNew = editing === 'new';
    setEditing(null);
    list.reload();
    if (wasNew && r.oneTimePassword) setCreated(r);
    else notifications.show({ color: 'teal', message: t(wasNew ? 'users.createdToast' : 'users.savedToast', { name: r.user.name }) });
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          canWrite && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setEditing('new')}>
              {t('users.new')}
            </Button>
          )
        }
      />
      <Stack>
        <Group gap="sm" align="flex-end">
          <TextInput
            aria-label={t('common.search')}
            placeholder={t('users.searchPlaceholder')}
            leftSection={<SearchIcon size={16} />}
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setOffset(0);
            }}
            style={{ flex: '1 1 220px' }}
          />
          <Select
            aria-label={t('users.role')}
            placeholder={t('users.allRoles')}
            clearable
            w={170}
            data={(Object.keys(ROLE_KEYS) as StaffRole[]).map((r) => ({ value: r, label: t(ROLE_KEYS[r]) }))}
            value={role}
            onChange={(v) => {
              setRole(v);
              setOffset(0);
            }}
          />
          <SegmentedControl
            value={archived}
            onChange={(v) => {
              setArchived(v as 'active' | 'archived');
              setOffset(0);
            }}
            data={[
              { value: 'active', label: t('users.active') },
              { value: 'archived', label: t('users.archived') },
            ]}
          />
        </Group>
        <ErrorAlert error={archive.error} />
        <Paper withBorder>
          <LoadState state={list}>
            {(page) =>
              page.items.length === 0 ? (
                <Empty icon={<UsersIcon size={28} />} title={t('users.emptyTitle')} description={q || role ? t('users.emptyFiltered') : t('users.emptyDescription')} />
              ) : (
                <ListTable
                  head={[
                    t('users.name'),
                    t('users.role'),
                    { label: t('common.language'), secondary: true },
                    { label: t('common.timeZone'), secondary: true },
                    { label: t('users.since'), secondary: true },
                    ...(canWrite ? [''] : []),
                  ]}
                >
                      {page.items.map((u) => (
                        <Table.Tr key={u.id} data-testid="user-row">
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {u.name}
                            </Text>
                            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                              {u.email}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Badge variant="light" color={ROLE_COLOR[u.role]}>
                              {t(ROLE_KEYS[u.role])}
                            </Badge>
                            {u.mustChangePassword && (
                              <Text size="xs" c="dimmed" mt={2}>
                                {t('users.pendingFirstSignIn')}
                              </Text>
                            )}
                          </Table.Td>
                          <SecondaryTd>{NATIVE_NAME[u.locale]}</SecondaryTd>
                          <SecondaryTd>{u.timeZone}</SecondaryTd>
                          <SecondaryTd>{u.archivedAt ? t('users.archivedOn', { when: f.dateTime(u.archivedAt) }) : f.dateTime(u.createdAt)}</SecondaryTd>
                          {canWrite && (
                            <Table.Td ta="right">
                              {!u.archivedAt && (
                                <Group gap={4} justify="flex-end" wrap="nowrap">
                                  <Button size="xs" variant="subtle" onClick={() => setEditing(u)}>
                                    {t('common.edit')}
                                  </Button>
                                  {u.id !== actor?.id && (
                                    <ConfirmButton
                                      label={t('users.archive')}
                                      title={t('users.archiveTitle', { name: u.name })}
                                      message={t('users.archiveMessage')}
                                      onConfirm={async () => {
                                        if (await archive.run(u.id)) list.reload();
                                      }}
                                    />
                                  )}
                                </Group>
                              )}
                            </Table.Td>
                          )}
                        </Table.Tr>
                      ))}
                </ListTable>
              )
            }
          </LoadState>
        </Paper>
        {list.data && <Pager total={list.data.total} limit={LIMIT} offset={offset} onOffset={setOffset} />}
      </Stack>
      <UserFormModal opened={editing !== null} user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={onSaved} />
      <Modal opened={created !== null} onClose={() => setCreated(null)} title={t('users.createdTitle', { name: created?.user.name ?? '' })} size="lg">
        {created?.oneTimePassword && (
          <Stack>
            <Text size="sm">{t('users.createdIntro', { email: created.user.email })}</Text>
            <SecretReveal label={t('users.oneTimePassword')} secret={created.oneTimePassword} warning={t('users.oneTimeWarning')} />
            <Group justify="flex-end">
              <Button onClick={() => setCreated(null)}>{t('common.done')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
