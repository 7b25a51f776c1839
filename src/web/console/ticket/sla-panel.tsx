import { Accordion, Badge, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClockView, StaffTicket } from '../../api/ticket-types';
import { targetText } from '../../admin/shared/targets';
import { useFormat } from '../../i18n/format';
import { businessText, Countdown } from '../../tickets/countdown';
import { CLOCK_KEYS, CLOCK_STATE_COLOR, CLOCK_STATE_KEYS, PAUSE_KEYS } from '../../tickets/labels';
import { firstWarningAt } from '../use-clock-warnings';

/** '2026-01-13T09:00:00+01:00' (the calendar's local time) → its date and hh:mm, untouched by the viewer's zone. */
function localParts(localIso: string): { date: string; time: string; offset: string } {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?(.*)$/.exec(localIso);
  return m ? { date: m[1]!, time: m[2]!, offset: m[3] ?? '' } : { date: localIso.slice(0, 10), time: localIso.slice(11, 16), offset: '' };
}

function ClockCard({ clock, now, severityName }: { clock: ClockView; now: number; severityName(code: string): string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const ex = clock.explanation;
  const local = (iso: string) => {
    const p = localParts(iso);
    return t('tickets.sla.localInstant', { date: f.date(p.date), time: p.time, offset: p.offset });
  };
  const warnAt = firstWarningAt(clock);
  return (
    <Stack gap="xs" data-testid={`clock-${clock.clock}`}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fw={600} size="sm">
          {t(CLOCK_KEYS[clock.clock])}
        </Text>
        <Badge color={CLOCK_STATE_COLOR[clock.state]} variant={clock.state === 'breached' ? 'filled' : 'light'} tt="none" data-testid="clock-state">
          {t(CLOCK_STATE_KEYS[clock.state])}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t('tickets.sla.target', { target: targetText(t, f, clock.target), severity: severityName(ex.severity) })}
      </Text>
      {clock.dueAt && (
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" data-testid="clock-due">
            {t('tickets.sla.due', { when: f.dueTime(clock.dueAt) })}
          </Text>
          {clock.phase === 'running' && <Countdown now={now} dueAt={clock.dueAt} warnAt={warnAt} breached={clock.state === 'breached'} indicative={clock.indicative} size="xs" />}
        </Group>
      )}
      {clock.indicative && (
        <Text size="xs" c="dimmed">
          {t('tickets.sla.indicativeNote')}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {clock.businessSecondsLeft === null
          ? t('tickets.sla.elapsed', { elapsed: businessText(t, clock.businessSecondsElapsed) })
          : clock.businessSecondsLeft >= 0
            ? t('tickets.sla.elapsedLeft', { elapsed: businessText(t, clock.businessSecondsElapsed), left: businessText(t, clock.businessSecondsLeft) })
            : t('tickets.sla.elapsedOver', { elapsed: businessText(t, clock.businessSecondsElapsed), over: businessText(t, clock.businessSecondsLeft) })}
      </Text>
      {clock.warnings.length > 0 && (
        <Group gap={4}>
          {clock.warnings.map((w) => (
            <Badge key={w.percent} size="xs" variant={w.reached ? 'filled' : 'outline'} color={w.reached ? 'orange' : 'gray'} tt="none">
              {w.at ? t('tickets.sla.warningAt', { percent: w.percent, when: f.dateTime(w.at) }) : t('tickets.sla.warning', { percent: w.percent })}
            </Badge>
          ))}
        </Group>
      )}
      <Accordion variant="contained" chevronPosition="left">
        <Accordion.Item value="why">
          <Accordion.Control>
            <Text size="xs" fw={600}>
              {t('tickets.sla.explain')}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs" data-testid="clock-explanation">
              <Text size="xs">
                {t('tickets.sla.planAndCalendar', { plan: ex.planVersion ?? '—', versions: ex.calendarVersions.length ? ex.calendarVersions.join(', ') : '—' })}
              </Text>
              {ex.severityChanges.map((c) => (
                <Text key={c.at} size="xs">
                  {t('tickets.sla.severityChange', { when: f.dateTime(c.at), severity: severityName(c.to) })}
                </Text>
              ))}
              {ex.estimateSetAt && <Text size="xs">{t('tickets.sla.estimateSet', { when: f.dateTime(ex.estimateSetAt) })}</Text>}
              {ex.due && <Text size="xs">{t('tickets.sla.dueLocal', { when: local(ex.due.local) })}</Text>}
              {ex.nextOpeningAfterDue && <Text size="xs">{t('tickets.sla.dueClosing', { when: local(ex.nextOpeningAfterDue.local) })}</Text>}
              <Text size="xs" fw={600}>
                {t('tickets.sla.counted', { n: ex.counted.length })}
              </Text>
              {ex.counted.length > 0 && (
                <ScrollArea.Autosize mah={220} type="auto">
                  <Table fz="xs" verticalSpacing={2} horizontalSpacing={4} withRowBorders={false}>
                    <Table.Tbody>
                      {ex.counted.map((c) => {
                        const a = localParts(c.startLocal);
                        const b = localParts(c.endLocal);
                        return (
                          <Table.Tr key={c.startUtc}>
                            <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(a.date)}</Table.Td>
                            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('tickets.sla.range', { from: a.time, to: b.date === a.date ? b.time : `${f.date(b.date)} ${b.time}` })}</Table.Td>
                            <Table.Td style={{ whiteSpace: 'nowrap' }} c="dimmed">
                              {businessText(t, c.seconds)}
                            </Table.Td>
                            <Table.Td c="dimmed">{t('tickets.sla.calendarVersion', { version: c.calendarVersion })}</Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </ScrollArea.Autosize>
              )}
              {ex.counted.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t('tickets.sla.localNote', { offset: localParts(ex.counted[0]!.startLocal).offset })}
                </Text>
              )}
              <Text size="xs" fw={600}>
                {t('tickets.sla.pauses', { n: ex.pauses.length })}
              </Text>
              {ex.pauses.map((p) => (
                <Text key={p.from} size="xs">
                  {t('tickets.sla.pause', {
                    from: f.dateTime(p.from),
                    to: p.to ? f.dateTime(p.to) : t('tickets.sla.ongoing'),
                    reason: t(PAUSE_KEYS[p.reason]),
                    business: businessText(t, p.businessSeconds),
                  })}
                </Text>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}

/** Each clock's target, state, due time, warnings and the explanation of the due time (R-S1..R-S5). */
export function SlaPanel({ ticket, now, severityName }: { ticket: StaffTicket; now: number; severityName(code: string): string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="sla-panel">
      <Title order={2} fz="h5" mb="sm">
        {t('tickets.sla.title')}
      </Title>
      {!ticket.clocks ? (
        <Text size="sm" c="dimmed">
          {t('tickets.sla.none')}
        </Text>
      ) : (
        <Stack gap="lg">
          <ClockCard clock={ticket.clocks.response} now={now} severityName={severityName} />
          <ClockCard clock={ticket.clocks.resolution} now={now} severityName={severityName} />
          {!ticket.resolutionCommitment && (
            <Text size="xs" c="orange.8">
              {t('tickets.sla.noCommitment', { reason: ticket.resolutionCommitmentReason ?? '' })}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
