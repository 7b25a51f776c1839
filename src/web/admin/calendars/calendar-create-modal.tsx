import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyFor } from '../../api/contract';
import { api, view } from '../../api/client';
import type { CalendarVersionView, CalendarView } from '../../api/catalogue-types';
import type { CalendarSpec } from '../../api/types';
import { useAction } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { browserTimeZone } from '../../i18n/format';
import { CalendarSpecFields } from './calendar-spec-fields';
import { draftFromSpec, specFromDraft, type SpecDraft } from './spec-draft';

/**
 * Creates a calendar (version 1), or adds a version to an existing one
 * (R-T1: rules change through dated versions; old ones stay readable).
 */
export function CalendarCreateModal({
  opened,
  onClose,
  onCreated,
  calendar,
  base,
}: {
  opened: boolean;
  onClose(): void;
  onCreated(calendarId: string): void;
  /** When set, the modal adds a version to this calendar, starting from `base`. */
  calendar?: CalendarView;
  base?: CalendarSpec | null;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={calendar ? t('calendars.newVersionTitle', { name: calendar.name }) : t('calendars.createTitle')} size="lg">
      {/* Mounted per opening: the form starts from the calendar's rules, no effect copies them in. */}
      {opened && <CalendarCreateModalBody key={`${calendar?.id ?? 'new'}:${base ? 'spec' : 'none'}`} onClose={onClose} onCreated={onCreated} calendar={calendar} base={base} />}
    </Modal>
  );
}

function CalendarCreateModalBody({
  onClose,
  onCreated,
  calendar,
  base,
}: {
  onClose(): void;
  onCreated(calendarId: string): void;
  /** When set, the modal adds a version to this calendar, starting from `base`. */
  calendar?: CalendarView;
  base?: CalendarSpec | null;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [draft, setDraft] = useState<SpecDraft>(() => draftFromSpec(base ?? null, browserTimeZone()));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useAction(async (spec: CalendarSpec) => {
    const eff = effectiveFrom ? { effectiveFrom } : {};
    // The contract types calendar hours as string[][] (not [from, to] pairs): read as the view (tighten the contract, then drop the cast).
    if (calendar) return ((await api.post('/admin/calendars/{id}/versions', { params: { path: { id: calendar.id } }, body: { spec, ...eff } as BodyFor<'/admin/calendars/{id}/versions', 'post'> })) as CalendarVersionView).calendarId;
    return (await api.post('/admin/calendars', { body: { code: code.trim(), name: name.trim(), spec, ...eff } as BodyFor<'/admin/calendars', 'post'> }, view<{ calendar: CalendarView }>())).calendar.id;
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = specFromDraft(draft);
    setProblems(r.problems ?? {});
    if (!r.spec) return;
    const id = await save.run(r.spec);
    if (id) onCreated(id);
  };
  const serverProblems = save.error?.fieldProblems ?? {};

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={save.error} />
        {!calendar && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('common.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
            <TextInput
              label={t('common.code')}
              description={t('common.codeHint')}
              required
              value={code}
              error={serverProblems.code}
              onChange={(e) => setCode(e.currentTarget.value)}
            />
          </SimpleGrid>
        )}
        <TextInput
          type="date"
          label={t('calendars.form.effectiveFrom')}
          description={calendar ? t('calendars.form.effectiveFromVersionHint') : t('calendars.form.effectiveFromHint')}
          value={effectiveFrom}
          error={serverProblems.effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
        />
        <CalendarSpecFields draft={draft} onChange={setDraft} problems={problems} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.pending} disabled={!calendar && (!code.trim() || !name.trim())}>
            {calendar ? t('calendars.saveVersion') : t('calendars.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
