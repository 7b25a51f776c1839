import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { LanguageTabs } from '../../components/language-tabs';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyFor } from '../../api/contract';
import { api, view } from '../../api/client';
import type { Localized, SeverityView } from '../../api/catalogue-types';
import { useAction } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { NATIVE_NAME, type Language } from '../../i18n/i18n';

interface Draft {
  code: string;
  rank: number | string;
  names: Record<Language, string>;
  definitions: Record<Language, string>;
}

const blank = (): Record<Language, string> => ({ en: '', es: '', el: '' });

function draftOf(s: SeverityView | null): Draft {
  if (!s) return { code: '', rank: 50, names: blank(), definitions: blank() };
  return { code: s.code, rank: s.rank, names: { ...blank(), ...s.names }, definitions: { ...blank(), ...s.definitions } };
}

function compact(v: Record<Language, string>): Partial<Localized> {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x.trim()).map(([k, x]) => [k, x.trim()]));
}

/** R-K2: a severity's names and definitions in every language (contacts read the definitions when filing). */
export function SeverityModal({ opened, severity, onClose, onSaved }: { opened: boolean; severity: SeverityView | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={severity ? t('severities.editTitle', { code: severity.code }) : t('severities.createTitle')} size="lg">
      {/* Mounted per opening and per severity: the form starts from it, no effect copies it in. */}
      {opened && <SeverityModalBody key={severity?.code ?? 'new'} severity={severity} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function SeverityModalBody({ severity, onClose, onSaved }: { severity: SeverityView | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(draftOf(severity));
  const save = useAction(async (draft: Draft) => {
    const body = { rank: Number(draft.rank), names: compact(draft.names), definitions: compact(draft.definitions) };
    if (severity) return api.patch('/admin/severities/{code}', { params: { path: { code: severity.code } }, body: body as BodyFor<'/admin/severities/{code}', 'patch'> }, view<SeverityView>());
    return api.post('/admin/severities', { body: { code: draft.code.trim(), ...body } as BodyFor<'/admin/severities', 'post'> }, view<SeverityView>());
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await save.run(d)) onSaved();
  };
  const problems = save.error?.fieldProblems ?? {};
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('common.code')} description={t('severities.codeHint')} required disabled={!!severity} value={d.code} error={problems.code} onChange={(e) => setD({ ...d, code: e.currentTarget.value })} />
          <NumberInput label={t('severities.rank')} description={t('severities.rankHint')} min={0} max={1000} value={d.rank} onChange={(v) => setD({ ...d, rank: v })} />
        </SimpleGrid>
        <LanguageTabs label={(l) => NATIVE_NAME[l]} pt="sm">
          {(l) => (
            <Stack>
              <TextInput
                label={t('severities.name')}
                required={l === 'en'}
                lang={l}
                value={d.names[l]}
                onChange={(e) => setD({ ...d, names: { ...d.names, [l]: e.currentTarget.value } })}
              />
              <Textarea
                label={t('severities.definition')}
                description={t('severities.definitionHint')}
                lang={l}
                autosize
                minRows={3}
                value={d.definitions[l]}
                onChange={(e) => setD({ ...d, definitions: { ...d.definitions, [l]: e.currentTarget.value } })}
              />
            </Stack>
          )}
        </LanguageTabs>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.pending} disabled={!d.code.trim() || !d.names.en.trim()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
