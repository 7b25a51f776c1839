import { Badge, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayEntry } from '../../api/catalogue-types';
import { useApiQuery, type ApiState } from '../../api/use-api';
import { Empty } from '../../components/empty';
import { CalendarIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { useFormat } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { ListTable, SecondaryTd } from '../shared/list-table';

const SOURCE_KEYS: Record<HolidayEntry['source'], string> = {
  library: 'calendars.holidays.sourceLibrary',
  holidays: 'calendars.holidays.sourceExtra',
  custom: 'calendars.holidays.sourceCustom',
};

/** R-T1: the days off one calendar version yields in a year, names in the UI language when the holiday library has them. */
export function HolidayList({ calendarId, version }: { calendarId: string; version: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear));
  const lang = currentLanguage();
  // The contract types a holiday's fields more loosely than the view: read as the view (tighten the contract, then drop the cast).
  const list = useApiQuery('/admin/calendars/{id}/versions/{version}/holidays', { params: { path: { id: calendarId, version }, query: { year: Number(year), lang } } }) as ApiState<{ holidays: HolidayEntry[] }>;
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h4">
          {t('calendars.holidays.title')}
        </Title>
        <Select
          aria-label={t('calendars.holidays.year')}
          w={110}
          allowDeselect={false}
          data={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map(String)}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
      </Group>
      <LoadState state={list}>
        {({ holidays }) =>
          holidays.length === 0 ? (
            <Empty icon={<CalendarIcon size={24} />} title={t('calendars.holidays.emptyTitle')} description={t('calendars.holidays.emptyDescription')} />
          ) : (
            <ListTable head={[t('calendars.holidays.date'), t('calendars.holidays.name'), { label: t('calendars.holidays.source'), secondary: true }]}>
              {holidays.map((h) => (
                <Table.Tr key={`${h.date}-${h.name}`} opacity={h.cancelled ? 0.55 : 1} data-testid="holiday-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(h.date)}</Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" td={h.cancelled ? 'line-through' : undefined}>
                        {h.name}
                      </Text>
                      {h.intervals && (
                        <Text size="xs" c="dimmed">
                          {t('calendars.holidays.partial', { hours: h.intervals.map(([a, b]) => `${a}–${b}`).join(', ') })}
                        </Text>
                      )}
                      {h.cancelled && (
                        <Text size="xs" c="dimmed">
                          {t('calendars.holidays.cancelled')}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <SecondaryTd>
                    <Badge variant="light" color="gray">
                      {t(SOURCE_KEYS[h.source])}
                    </Badge>
                  </SecondaryTd>
                </Table.Tr>
              ))}
            </ListTable>
          )
        }
      </LoadState>
    </Paper>
  );
}
