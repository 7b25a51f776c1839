import { Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api, view } from '../../api/client';
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
  return (
    <Modal opened={opened} onClose={onClose} title={customer ? t('customers.editTitle', { name: customer.name }) : t('customers.createTitle')} size="lg">
      {/* Mounted per opening and per customer: the form starts from the customer, no effect copies it in. */}
      {opened && <CustomerForm key={customer?.id ?? 'new'} customer={customer} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function CustomerForm({ customer, onClose, onSaved }: { customer: CustomerView | null; onClose(): void; onSaved(c: CustomerView): void }) {
  const { t } = useTranslation();
  const form = useForm<Draft>({ initialValues: draftOf(customer) });
  const save = useAction((draft: Draft) => {
    const body = { ...draft, code: draft.code.trim(), name: draft.name.trim(), currency: draft.currency.trim().toUpperCase() };
    return customer ? api.patch('/admin/customers/{id}', { params: { path: { id: customer.id } }, body }, view<CustomerView>()) : api.post('/admin/customers', { body }, view<CustomerView>());
  });
  const problems = save.error?.fieldProblems ?? {};
  const d = form.values;
  const submit = form.onSubmit(async (values) => {
    const r = await save.run(values);
    if (r) onSaved(r);
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('common.name')} required {...form.getInputProps('name')} error={problems.name} data-autofocus />
          <TextInput label={t('common.code')} description={t('common.codeHint')} required {...form.getInputProps('code')} error={problems.code} />
          <LocaleSelect value={d.locale} onChange={(v) => v && form.setFieldValue('locale', v as Locale)} />
          <TimeZoneSelect value={d.timeZone} error={problems.timeZone} onChange={(v) => v && form.setFieldValue('timeZone', v)} />
          <TextInput
            label={t('customers.currency')}
            description={t('customers.currencyHint')}
            maxLength={3}
            value={d.currency}
            error={problems.currency}
            onChange={(e) => form.setFieldValue('currency', e.currentTarget.value.toUpperCase())}
          />
        </SimpleGrid>
        <Textarea label={t('customers.notes')} description={t('customers.notesHint')} autosize minRows={2} {...form.getInputProps('notes')} />
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
  );
}
