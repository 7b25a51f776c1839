import { Button, Group, Modal, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, view } from '../../api/client';
import type { Locale, StaffRole, UserView } from '../../api/types';
import { useAction } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { LocaleSelect, TimeZoneSelect } from '../../components/zone-and-locale';
import { browserTimeZone } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { ROLE_KEYS } from '../../layouts/role-label';

export interface UserFormResult {
  user: UserView;
  oneTimePassword: string | null;
}

interface Draft {
  email: string;
  name: string;
  role: StaffRole;
  locale: Locale;
  timeZone: string;
  password: string;
}

function draftOf(user: UserView | null): Draft {
  return user
    ? { email: user.email, name: user.name, role: user.role, locale: user.locale, timeZone: user.timeZone, password: '' }
    : { email: '', name: '', role: 'agent', locale: currentLanguage(), timeZone: browserTimeZone(), password: '' };
}

/** Create a user (empty password → the server makes a one-time password) or edit one. */
export function UserFormModal({ opened, user, onClose, onSaved }: { opened: boolean; user: UserView | null; onClose(): void; onSaved(r: UserFormResult): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={user ? t('users.editTitle', { name: user.name }) : t('users.createTitle')} size="lg">
      {/* Mounted per opening and per user: the form starts from them, no effect copies them in. */}
      {opened && <UserFormModalBody key={user?.id ?? 'new'} user={user} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function UserFormModalBody({ user, onClose, onSaved }: { user: UserView | null; onClose(): void; onSaved(r: UserFormResult): void }) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(draftOf(user));
  const save = useAction(async (draft: Draft): Promise<UserFormResult> => {
    const { password, ...fields } = draft;
    if (user) return { user: await api.patch('/admin/users/{id}', { params: { path: { id: user.id } }, body: fields }, view<UserView>()), oneTimePassword: null };
    return api.post('/admin/users', { body: password ? draft : fields }, view<UserFormResult>());
  });
  const problems = save.error?.fieldProblems ?? {};
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await save.run({ ...d, email: d.email.trim(), name: d.name.trim() });
    if (r) onSaved(r);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('users.name')} required value={d.name} error={problems.name} onChange={(e) => set('name', e.currentTarget.value)} data-autofocus />
          <TextInput label={t('users.email')} type="email" required value={d.email} error={problems.email} onChange={(e) => set('email', e.currentTarget.value)} />
          <Select
            label={t('users.role')}
            allowDeselect={false}
            data={(Object.keys(ROLE_KEYS) as StaffRole[]).map((r) => ({ value: r, label: t(ROLE_KEYS[r]) }))}
            value={d.role}
            onChange={(v) => v && set('role', v as StaffRole)}
          />
          <LocaleSelect value={d.locale} onChange={(v) => v && set('locale', v as Locale)} />
          <TimeZoneSelect value={d.timeZone} error={problems.timeZone} onChange={(v) => v && set('timeZone', v)} />
          {!user && (
            <PasswordInput
              label={t('users.password')}
              description={t('users.passwordHint')}
              autoComplete="new-password"
              value={d.password}
              error={problems.password}
              onChange={(e) => set('password', e.currentTarget.value)}
            />
          )}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.pending} disabled={!d.name.trim() || !d.email.trim()}>
            {user ? t('common.save') : t('users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
