import { Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CustomerView } from '../../api/catalogue-types';
import type { Locale } from '../../api/types';
import { useAction } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { LocaleSelect, TimeZoneSelect } from '../../components/zone-and-locale';
import { browserTimeZone } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';

type Draft = Pick<CustomerView, 'code' | 'name' | 'locale' | 'timeZone' | 'currency'> & { notes: string };

const draftOf = (c: CustomerView | null): Draft =>
  c
    ? { code: c.code, name: c.name, locale: c.locale, timeZone: c.timeZone, currency: c.currency, notes: c.notes ?? '' }
    : { code: '', name: '', locale: currentLanguage(), timeZone: browserTimeZone(), currency: 'EUR', notes: '' };

/** Create or edit a customer (RULES §1). Notes are internal: contacts never see them. */
export function CustomerModal({ opened, customer, onClose, onSaved }: { opened: boolean; customer: CustomerView | null; onClose(): void; onSaved(c: CustomerView): void }) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(draftOf(customer));
  const save = useAction((draft: Draft) => {
    const body = { ...draft, code: draft.code.trim(), name: draft.name.trim(), currency: draft.currency.trim().toUpperCase() };
    return customer ? api.patch<CustomerView>(`/admin/customers/${customer.id}`, body) : api.post<CustomerView>('/admin/customers', body);
  });
  const { reset } = save;
  useEffect(() => {
    if (!opened) return;
    setD(draftOf(customer));
    reset();
  }, [opened, customer, reset]);
  const problems = save.error?.fieldProblems ?? {};
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await save.run(d);
    if (r) onSaved(r);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={customer ? t('customers.editTitle', { name: customer.name }) : t('customers.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={save.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('common.name')} required value={d.name} error={problems.name} onChange={(e) => set('name', e.currentTarget.value)} data-autofocus />
            <TextInput label={t('common.code')} description={t('common.codeHint')} required value={d.code} error={problems.code} onChange={(e) => set('code', e.currentTarget.value)} />
            <LocaleSelect value={d.locale} onChange={(v) => v && set('locale', v as Locale)} />
            <TimeZoneSelect value={d.timeZone} error={problems.timeZone} onChange={(v) => v && set('timeZone', v)} />
            <TextInput label={t('customers.currency')} description={t('customers.currencyHint')} maxLength={3} value={d.currency} error={problems.currency} onChange={(e) => set('currency', e.currentTarget.value.toUpperCase())} />
          </SimpleGrid>
          <Textarea label={t('customers.notes')} description={t('customers.notesHint')} autosize minRows={2} value={d.notes} onChange={(e) => set('notes', e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.pending} disabled={!d.name.trim() || !d.code.trim()}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
