import { Checkbox, Group, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarView, SeverityView } from '../../api/catalogue-types';
import { CATEGORIES, type Category } from '../../api/ticket-types';
import type { Channel } from '../../api/types';
import { CATEGORY_KEYS } from '../../tickets/labels';
import { useLocalized } from '../shared/lookups';
import { SlaGrid } from './sla-grid';
import type { TermsDraft } from './terms-draft';

export const CHANNEL_KEYS: Record<Channel, string> = {
  email: 'plans.channels.email',
  portal: 'plans.channels.portal',
  phone: 'plans.channels.phone',
  api: 'plans.channels.api',
};
export const OVERAGE_KEYS = { bill: 'plans.overage.bill', hold: 'plans.overage.hold' } as const;
export const FIRST_RESPONSE_KEYS = { reply: 'plans.firstResponse.reply', evaluation: 'plans.firstResponse.evaluation' } as const;

/** The terms a manager sets on a plan version (R-P1), with the SLA matrix as an editable grid (R-T3). */
export function TermsFields({
  draft,
  onChange,
  problems,
  calendars,
  severities,
}: {
  draft: TermsDraft;
  onChange(d: TermsDraft): void;
  problems: Record<string, boolean>;
  calendars: CalendarView[];
  severities: SeverityView[];
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const set = <K extends keyof TermsDraft>(k: K, v: TermsDraft[K]) => onChange({ ...draft, [k]: v });
  return (
    <Stack>
      <Select
        label={t('plans.terms.calendar')}
        description={t('plans.terms.calendarHint')}
        placeholder={t('plans.terms.noCalendar')}
        clearable
        searchable
        data={calendars.filter((c) => !c.archivedAt).map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))}
        value={draft.calendarId}
        onChange={(v) => set('calendarId', v)}
      />
      <Checkbox.Group label={t('plans.terms.channels')} value={draft.channels} onChange={(v) => set('channels', v as Channel[])}>
        <Group mt={6} gap="md">
          {(Object.keys(CHANNEL_KEYS) as Channel[]).map((c) => (
            <Checkbox key={c} value={c} label={t(CHANNEL_KEYS[c])} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('plans.terms.maxContacts')}
          description={t('plans.terms.emptyNoCap')}
          inputMode="numeric"
          value={draft.maxAuthorizedContacts}
          error={problems.maxAuthorizedContacts ? t('plans.terms.wholeNumber') : undefined}
          onChange={(e) => set('maxAuthorizedContacts', e.currentTarget.value)}
        />
        <TextInput
          label={t('plans.terms.ticketsPerYear')}
          description={t('plans.terms.emptyUnlimited')}
          inputMode="numeric"
          value={draft.ticketsPerYear}
          error={problems.ticketsPerYear ? t('plans.terms.wholeNumber') : undefined}
          onChange={(e) => set('ticketsPerYear', e.currentTarget.value)}
        />
        <Select
          label={t('plans.terms.overage')}
          allowDeselect={false}
          data={(['hold', 'bill'] as const).map((v) => ({ value: v, label: t(OVERAGE_KEYS[v]) }))}
          value={draft.overageRule}
          onChange={(v) => v && set('overageRule', v as TermsDraft['overageRule'])}
        />
        <Select
          label={t('plans.terms.firstResponse')}
          allowDeselect={false}
          data={(['reply', 'evaluation'] as const).map((v) => ({ value: v, label: t(FIRST_RESPONSE_KEYS[v]) }))}
          value={draft.firstResponseRule}
          onChange={(v) => v && set('firstResponseRule', v as TermsDraft['firstResponseRule'])}
        />
        <TextInput
          label={t('plans.terms.warnings')}
          description={t('plans.terms.warningsHint')}
          value={draft.warningPercents}
          error={problems.warningPercents ? t('plans.terms.badWarnings') : undefined}
          onChange={(e) => set('warningPercents', e.currentTarget.value)}
        />
        <Switch mt="lg" label={t('plans.terms.highPriority')} checked={draft.highPriority} onChange={(e) => set('highPriority', e.currentTarget.checked)} />
        <TextInput
          label={t('plans.terms.pendingReminderDays')}
          description={t('plans.terms.pendingReminderHint')}
          inputMode="numeric"
          value={draft.pendingReminderDays}
          error={problems.pendingReminderDays ? t('plans.terms.badDays') : undefined}
          onChange={(e) => set('pendingReminderDays', e.currentTarget.value)}
        />
        <TextInput
          label={t('plans.terms.pendingCloseDays')}
          description={t('plans.terms.pendingCloseHint')}
          inputMode="numeric"
          value={draft.pendingCloseDays}
          error={problems.pendingCloseDays ? t('plans.terms.badDays') : undefined}
          onChange={(e) => set('pendingCloseDays', e.currentTarget.value)}
        />
        <Select
          label={t('plans.terms.defaultSeverity')}
          description={t('plans.terms.defaultSeverityHint')}
          placeholder={t('plans.terms.noDefaultSeverity')}
          clearable
          data={severities.filter((s) => !s.archivedAt).map((s) => ({ value: s.code, label: localized(s.names) || s.code }))}
          value={draft.defaultSeverity}
          error={problems.defaultSeverity ? t('plans.terms.badDefaultSeverity') : undefined}
          onChange={(v) => set('defaultSeverity', v)}
        />
        <Switch
          mt="lg"
          label={t('plans.terms.pauseOnHold')}
          description={t('plans.terms.pauseOnHoldHint')}
          checked={draft.pauseOnHold}
          onChange={(e) => set('pauseOnHold', e.currentTarget.checked)}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('plans.terms.freeCategories')}
        description={t('plans.terms.freeCategoriesHint')}
        value={draft.freeCategories}
        onChange={(v) => set('freeCategories', v as Category[])}
      >
        <Group mt={6} gap="md">
          {CATEGORIES.map((c) => (
            <Checkbox key={c} value={c} label={t(CATEGORY_KEYS[c])} />
          ))}
        </Group>
      </Checkbox.Group>
      <div>
        <Text size="sm" fw={500}>
          {t('plans.grid.title')}
        </Text>
        <Text size="xs" c="dimmed" mb="xs">
          {t('plans.grid.editHint')}
        </Text>
        <SlaGrid severities={severities} targets={{}} draft={draft.grid} problems={problems} onDraft={(g) => set('grid', g)} />
      </div>
    </Stack>
  );
}
