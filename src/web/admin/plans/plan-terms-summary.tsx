import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CalendarView } from '../../api/catalogue-types';
import type { Category } from '../../api/ticket-types';
import type { PlanTerms } from '../../api/types';
import { CATEGORY_KEYS } from '../../tickets/labels';
import { useFormat } from '../../i18n/format';
import { useSeverityCatalog } from '../../tickets/severities';
import { serviceLabel } from '../shared/service-label';
import { CHANNEL_KEYS, FIRST_RESPONSE_KEYS, OVERAGE_KEYS } from './terms-fields';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** R-P1: the terms of one plan version as facts a manager can check at a glance. */
export function PlanTermsSummary({ terms, calendars }: { terms: PlanTerms; calendars: CalendarView[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const severities = useSeverityCatalog();
  const cal = calendars.find((c) => c.id === terms.calendarId);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg">
      <Fact label={t('plans.terms.calendar')}>
        {cal ? (
          <Anchor component={Link} to={`/admin/calendars/${cal.id}`} size="sm">
            {cal.name}
          </Anchor>
        ) : (
          <Text size="sm">{t('plans.terms.noCalendar')}</Text>
        )}
      </Fact>
      <Fact label={t('plans.terms.channels')}>
        {terms.channels.length ? (
          <Group gap={4}>
            {terms.channels.map((c) => (
              <Badge key={c} variant="light">
                {t(CHANNEL_KEYS[c])}
              </Badge>
            ))}
          </Group>
        ) : (
          <Text size="sm">{t('plans.terms.noChannels')}</Text>
        )}
      </Fact>
      <Fact label={t('plans.terms.maxContacts')}>
        <Text size="sm">{terms.maxAuthorizedContacts === null ? t('plans.terms.noCap') : f.number(terms.maxAuthorizedContacts)}</Text>
      </Fact>
      <Fact label={t('plans.terms.ticketsPerYear')}>
        <Text size="sm">{terms.ticketsPerYear === null ? t('plans.terms.unlimited') : f.number(terms.ticketsPerYear)}</Text>
      </Fact>
      <Fact label={t('plans.terms.overage')}>
        <Text size="sm">{t(OVERAGE_KEYS[terms.overageRule])}</Text>
      </Fact>
      <Fact label={t('plans.terms.firstResponse')}>
        <Text size="sm">{t(FIRST_RESPONSE_KEYS[terms.firstResponseRule])}</Text>
      </Fact>
      <Fact label={t('plans.terms.warnings')}>
        <Text size="sm">{terms.warningPercents.map((p) => `${f.number(p)} %`).join(', ') || t('targets.none')}</Text>
      </Fact>
      <Fact label={t('plans.terms.highPriority')}>
        <Text size="sm">{terms.highPriority ? t('common.yes') : t('common.no')}</Text>
      </Fact>
      <Fact label={t('plans.terms.pendingReminderDays')}>
        <Text size="sm">{f.number(terms.pendingReminderDays)}</Text>
      </Fact>
      <Fact label={t('plans.terms.pendingCloseDays')}>
        <Text size="sm">{f.number(terms.pendingCloseDays)}</Text>
      </Fact>
      <Fact label={t('plans.terms.defaultSeverity')}>
        <Text size="sm">{terms.defaultSeverity === null ? t('plans.terms.noDefaultSeverity') : severities.name(terms.defaultSeverity)}</Text>
      </Fact>
      <Fact label={t('plans.terms.pauseOnHold')}>
        <Text size="sm">{terms.pauseOnHold ? t('common.yes') : t('common.no')}</Text>
      </Fact>
      <Fact label={t('plans.terms.freeCategories')}>
        {terms.freeCategories.length ? (
          <Group gap={4}>
            {terms.freeCategories.map((c) => (
              <Badge key={c} variant="light" color="teal" tt="none">
                {CATEGORY_KEYS[c as Category] ? t(CATEGORY_KEYS[c as Category]) : c}
              </Badge>
            ))}
          </Group>
        ) : (
          <Text size="sm">{t('plans.terms.noFreeCategories')}</Text>
        )}
      </Fact>
      {terms.services.length > 0 && (
        <Fact label={t('plans.terms.services')}>
          <Group gap={4}>
            {terms.services.map((s) => (
              <Badge key={s} variant="outline" color="gray" tt="none">
                {serviceLabel(t, s)}
              </Badge>
            ))}
          </Group>
        </Fact>
      )}
    </SimpleGrid>
  );
}
