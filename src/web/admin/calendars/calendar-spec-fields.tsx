import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TimeZoneSelect } from '../../components/zone-and-locale';
import { useFormat } from '../../i18n/format';
import { WEEKDAYS, type SpecDraft } from './spec-draft';

/** The editable part of a calendar version: zone, weekly hours, holiday source and extra closed dates. */
export function CalendarSpecFields({ draft, onChange, problems }: { draft: SpecDraft; onChange(d: SpecDraft): void; problems: Record<string, string> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const set = <K extends keyof SpecDraft>(k: K, v: SpecDraft[K]) => onChange({ ...draft, [k]: v });
  const err = (key: string) => (problems[key] ? t(problems[key]) : undefined);
  const copyMonday = () => set('weekly', { ...draft.weekly, tue: draft.weekly.mon, wed: draft.weekly.mon, thu: draft.weekly.mon, fri: draft.weekly.mon });
  return (
    <Stack>
      <TimeZoneSelect value={draft.timeZone} onChange={(v) => v && set('timeZone', v)} error={err('timeZone')} required />
      <div>
        <Group justify="space-between" mb={4}>
          <Text size="sm" fw={500}>
            {t('calendars.form.weekly')}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={copyMonday}>
            {t('calendars.form.copyMonday')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mb="xs">
          {t('calendars.form.weeklyHint')}
        </Text>
        <Stack gap={6}>
          {WEEKDAYS.map((day, i) => (
            <TextInput
              key={day}
              label={f.weekday(i)}
              placeholder={t('calendars.closed')}
              value={draft.weekly[day]}
              error={err(`weekly.${day}`)}
              onChange={(e) => set('weekly', { ...draft.weekly, [day]: e.currentTarget.value })}
              styles={{ root: { display: 'grid', gridTemplateColumns: 'minmax(90px, 120px) 1fr', alignItems: 'center', columnGap: 8 } }}
            />
          ))}
        </Stack>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('calendars.form.country')}
          description={t('calendars.form.countryHint')}
          maxLength={2}
          value={draft.holidayCountry}
          error={err('holidayCountry')}
          onChange={(e) => set('holidayCountry', e.currentTarget.value.toUpperCase())}
        />
        <TextInput
          label={t('calendars.form.region')}
          description={t('calendars.form.regionHint')}
          maxLength={6}
          value={draft.holidayRegion}
          error={err('holidayRegion')}
          onChange={(e) => set('holidayRegion', e.currentTarget.value.toUpperCase())}
        />
      </SimpleGrid>
      <Textarea
        label={t('calendars.form.extraHolidays')}
        description={t('calendars.form.extraHolidaysHint')}
        autosize
        minRows={2}
        maxRows={8}
        value={draft.holidays}
        error={err('holidays')}
        onChange={(e) => set('holidays', e.currentTarget.value)}
      />
      {(draft.rest.customDays?.length ?? 0) > 0 && (
        <Text size="xs" c="dimmed">
          {t('calendars.form.customDaysKept', { n: draft.rest.customDays?.length ?? 0 })}
        </Text>
      )}
    </Stack>
  );
}
