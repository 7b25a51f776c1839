import { Button, Checkbox, Group, Modal, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { untypedApi } from '../api/client';
import type { ContactView } from '../api/catalogue-types';
import type { Locale } from '../api/types';
import { useAction } from '../api/use-api';
import { ErrorAlert } from '../components/error-alert';
import { LocaleSelect, TimeZoneSelect } from '../components/zone-and-locale';
import { browserTimeZone } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';

interface Draft {
  name: string;
  email: string;
  phone: string;
  locale: Locale;
  timeZone: string;
  isAuthorized: boolean;
  isAdministrator: boolean;
  password: string;
}

const draftOf = (c: ContactView | null): Draft =>
  c
    ? { name: c.name, email: c.email, phone: c.phone, locale: c.locale, timeZone: c.timeZone, isAuthorized: c.isAuthorized, isAdministrator: c.isAdministrator, password: '' }
    : { name: '', email: '', phone: '', locale: currentLanguage(), timeZone: browserTimeZone(), isAuthorized: true, isAdministrator: false, password: '' };

/**
 * Add or edit a contact. Staff (basePath under /admin) may also name the
 * administrator and set a portal password; the administrator contact in the
 * portal manages the rest, within the plan's cap (R-C2).
 */
export function ContactModal({ opened, contact, basePath, staff, onClose, onSaved }: { opened: boolean; contact: ContactView | null; basePath: string; staff: boolean; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={contact ? t('contacts.editTitle', { name: contact.name }) : t('contacts.createTitle')} size="lg">
      {/* Mounted per opening and per contact: the form starts from them, no effect copies them in. */}
      {opened && <ContactModalBody key={contact?.id ?? 'new'} contact={contact} basePath={basePath} staff={staff} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function ContactModalBody({ contact, basePath, staff, onClose, onSaved }: { contact: ContactView | null; basePath: string; staff: boolean; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(draftOf(contact));
  const save = useAction((draft: Draft) => {
    const { isAdministrator, password, ...common } = draft;
    const body = { ...common, name: common.name.trim(), email: common.email.trim(), ...(staff ? { isAdministrator, ...(password ? { password } : {}) } : {}) };
    return contact ? untypedApi.patch<ContactView>(`${basePath}/${contact.id}`, body) : untypedApi.post<ContactView>(basePath, body);
  });
  const problems = save.error?.fieldProblems ?? {};
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await save.run(d)) onSaved();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('common.name')} required value={d.name} error={problems.name} onChange={(e) => set('name', e.currentTarget.value)} data-autofocus />
          <TextInput label={t('contacts.email')} type="email" required value={d.email} error={problems.email} onChange={(e) => set('email', e.currentTarget.value)} />
          <TextInput label={t('contacts.phone')} type="tel" value={d.phone} error={problems.phone} onChange={(e) => set('phone', e.currentTarget.value)} />
          <LocaleSelect value={d.locale} onChange={(v) => v && set('locale', v as Locale)} />
          <TimeZoneSelect value={d.timeZone} error={problems.timeZone} onChange={(v) => v && set('timeZone', v)} />
          {staff && (
            <PasswordInput
              label={t('contacts.password')}
              description={contact?.hasPassword ? t('contacts.passwordReplaceHint') : t('contacts.passwordHint')}
              autoComplete="new-password"
              value={d.password}
              error={problems.password}
              onChange={(e) => set('password', e.currentTarget.value)}
            />
          )}
        </SimpleGrid>
        <Checkbox label={t('contacts.authorized')} description={t('contacts.authorizedHint')} checked={d.isAuthorized} onChange={(e) => set('isAuthorized', e.currentTarget.checked)} />
        {staff && (
          <Checkbox
            label={t('contacts.administrator')}
            description={t('contacts.administratorHint')}
            checked={d.isAdministrator}
            onChange={(e) => set('isAdministrator', e.currentTarget.checked)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.pending} disabled={!d.name.trim() || !d.email.trim()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
