import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllowanceItem, ContractSummary } from '../api/catalogue-types';
import type { Target } from '../api/types';
import { CHANNEL_KEYS } from '../admin/plans/terms-fields';
import { TARGET_KIND_KEYS, targetText } from '../admin/shared/targets';
import { useFormat } from '../i18n/format';
import { AllowanceMeter } from './allowance-meter';

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

/** Rough size of a target, to list the most urgent severities first when the portal has no severity ranks. */
function urgency(t: Target | undefined): number {
  if (!t) return Number.MAX_SAFE_INTEGER;
  if (t.kind === 'business_minutes') return t.minutes;
  if (t.kind === 'business_days') return t.days * 600;
  if (t.kind === 'end_of_nth_working_day') return t.n * 600;
  return Number.MAX_SAFE_INTEGER - 1;
}

const humanize = (code: string) => (code === '*' ? code : code.charAt(0).toUpperCase() + code.slice(1).replace(/_/g, ' '));

/** The contract panel of the support center: plan, period, channels, limits and response/resolution targets (R-P1, R-P3). */
export function ContractCard({ contract, allowance, severityName }: { contract: ContractSummary; allowance?: AllowanceItem; severityName?(code: string): string | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const terms = contract.planVersion?.terms;
  const targets = Object.entries(terms?.targets ?? {}).sort(([, a], [, b]) => urgency(a.response ?? a.resolution) - urgency(b.response ?? b.resolution));
  const label = (code: string) => (code === '*' ? t('plans.grid.everySeverity') : (severityName?.(code) ?? humanize(code)));
  return (
    <Paper withBorder p="lg" data-testid="portal-contract">
      <Group justify="space-between" align="flex-start" mb="md" gap="xs">
        <Stack gap={2}>
          <Title order={2} fz="h3">
            {contract.plan.name}
          </Title>
          <Text size="sm" c="dimmed">
            {contract.endDate ? t('contracts.fromTo', { from: f.date(contract.startDate), to: f.date(contract.endDate) }) : t('contracts.fromOpen', { from: f.date(contract.startDate) })}
            {contract.reference && ` · ${contract.reference}`}
          </Text>
        </Stack>
        {contract.planVersion && <Badge variant="light" tt="none">{t('portal.overview.terms', { version: contract.planVersion.version, date: f.date(contract.planVersion.effectiveFrom) })}</Badge>}
      </Group>
      {!terms ? (
        <Text size="sm" c="dimmed">
          {t('portal.overview.noTerms')}
        </Text>
      ) : (
        <Stack>
          {allowance && <AllowanceMeter allowance={allowance} />}
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg">
            <Fact label={t('portal.overview.hours')}>
              <Text size="sm">{contract.calendar ? contract.calendar.name : t('plans.terms.noCalendar')}</Text>
            </Fact>
            <Fact label={t('plans.terms.channels')}>
              <Group gap={4}>
                {terms.channels.length === 0 && <Text size="sm">{t('plans.terms.noChannels')}</Text>}
                {terms.channels.map((c) => (
                  <Badge key={c} variant="light">
                    {t(CHANNEL_KEYS[c])}
                  </Badge>
                ))}
              </Group>
            </Fact>
            <Fact label={t('plans.terms.ticketsPerYear')}>
              <Text size="sm">{terms.ticketsPerYear === null ? t('plans.terms.unlimited') : f.number(terms.ticketsPerYear)}</Text>
            </Fact>
            <Fact label={t('plans.terms.maxContacts')}>
              <Text size="sm">{terms.maxAuthorizedContacts === null ? t('plans.terms.noCap') : f.number(terms.maxAuthorizedContacts)}</Text>
            </Fact>
          </SimpleGrid>
          {targets.length > 0 && (
            <div className="cd-table-scroll">
              <Table withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('plans.grid.severity')}</Table.Th>
                    <Table.Th>{t(TARGET_KIND_KEYS.response)}</Table.Th>
                    <Table.Th>{t(TARGET_KIND_KEYS.resolution)}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {targets.map(([code, st]) => (
                    <Table.Tr key={code}>
                      <Table.Th scope="row" fw={500}>
                        {label(code)}
                      </Table.Th>
                      <Table.Td>{targetText(t, f, st.response)}</Table.Td>
                      <Table.Td>{targetText(t, f, st.resolution)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
          <Text size="xs" c="dimmed">
            {t('plans.grid.legend')}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
