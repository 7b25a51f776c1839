import { Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarSpec } from '../../api/types';
import { useFormat } from '../../i18n/format';
import { intervalsText, WEEKDAYS } from './spec-draft';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A week of support hours: one bar per day over 24 h, open intervals filled, with the hours as text (no hover needed). */
export function WeekView({ spec }: { spec: CalendarSpec }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack gap={6} role="table" aria-label={t('calendars.weekView')}>
      {WEEKDAYS.map((day, i) => {
        const list = spec.weekly[day] ?? [];
        return (
          <Box key={day} role="row" style={{ display: 'grid', gridTemplateColumns: 'minmax(84px, 110px) 1fr', alignItems: 'center', gap: 8 }}>
            <Text size="sm" fw={500} role="rowheader" tt="capitalize">
              {f.weekday(i)}
            </Text>
            <div role="cell">
              <Box pos="relative" h={14} bg="var(--mantine-color-gray-1)" style={{ borderRadius: 4, overflow: 'hidden' }}>
                {list.map(([a, b]) => (
                  <Tooltip key={`${a}-${b}`} label={`${a}–${b}`}>
                    <Box
                      pos="absolute"
                      top={0}
                      bottom={0}
                      bg="var(--mantine-color-blue-5)"
                      style={{ left: `${(minutes(a) / 1440) * 100}%`, width: `${((minutes(b) - minutes(a)) / 1440) * 100}%` }}
                    />
                  </Tooltip>
                ))}
              </Box>
              <Text size="xs" c={list.length ? undefined : 'dimmed'} mt={2}>
                {list.length ? intervalsText(list) : t('calendars.closed')}
              </Text>
            </div>
          </Box>
        );
      })}
      <Group justify="space-between" pl={{ base: 92, xs: 118 }}>
        {['00:00', '06:00', '12:00', '18:00', '24:00'].map((h) => (
          <Text key={h} size="xs" c="dimmed">
            {h}
          </Text>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {t('calendars.zoneNote', { zone: spec.timeZone })}
      </Text>
    </Stack>
  );
}
