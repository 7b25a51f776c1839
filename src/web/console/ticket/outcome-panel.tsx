import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffTicket } from '../../api/ticket-types';
import type { Action } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { useFormat } from '../../i18n/format';
import { instantToWall, wallToInstant } from '../../tickets/zoned-time';
import type { Change } from './properties-panel';

/**
 * Outcomes (R-K6: development task, outside / back in the vendor's control),
 * whether the resolution commitment applies (R-K7) and the estimate date.
 */
export function OutcomePanel({ ticket, change }: { ticket: StaffTicket; change: Action<[Change], unknown> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const closed = ticket.status === 'closed';
  const outside = ticket.outcome === 'outside_vendor_control';
  const [taskCode, setTaskCode] = useState('');
  const [approxStart, setApproxStart] = useState('');
  const [approxEnd, setApproxEnd] = useState('');
  const [taskNote, setTaskNote] = useState('');
  const [vendorNote, setVendorNote] = useState('');
  const [commitReason, setCommitReason] = useState('');
  const [estimate, setEstimate] = useState(() => (ticket.estimateDueAt ? instantToWall(ticket.estimateDueAt, f.timeZone) : ''));
  const [estimateNote, setEstimateNote] = useState('');
  const [belowReason, setBelowReason] = useState('');
  const run = async (c: Change, reset: () => void) => {
    if ((await change.run(c)) !== undefined) reset();
  };
  const estimateIso = estimate ? wallToInstant(estimate, f.timeZone) : null;
  // Seed 002: an estimate earlier than the minimum resolution time is confirmed with a reason.
  const below = !!(estimateIso && ticket.minimumResolutionAt && Date.parse(estimateIso) < Date.parse(ticket.minimumResolutionAt));
  return (
    <Paper withBorder p="md" data-testid="outcome-panel">
      <Title order={2} fz="h5" mb="sm">
        {t('tickets.outcome.title')}
      </Title>
      <Stack gap="lg">
        <ErrorAlert error={change.error} />
        <Stack gap={6} data-testid="vendor-control">
          <Text size="sm" fw={600}>
            {t('tickets.outcome.vendorControl')}
          </Text>
          <Text size="xs" c="dimmed">
            {outside ? t('tickets.outcome.outsideNow') : t('tickets.outcome.insideNow')}
          </Text>
          <Textarea
            aria-label={t('tickets.outcome.vendorNote')}
            placeholder={t('tickets.outcome.vendorNote')}
            autosize
            minRows={2}
            maxLength={2000}
            value={vendorNote}
            onChange={(e) => setVendorNote(e.currentTarget.value)}
            disabled={closed}
          />
          <Button
            size="xs"
            variant="light"
            color={outside ? 'teal' : 'grape'}
            disabled={closed || (!outside && !vendorNote.trim())}
            loading={change.pending}
            onClick={() => run({ path: 'vendor-control', body: { outside: !outside, note: vendorNote.trim() } }, () => setVendorNote(''))}
          >
            {outside ? t('tickets.outcome.backInControl') : t('tickets.outcome.markOutside')}
          </Button>
        </Stack>

        <Stack gap={6} data-testid="commitment">
          <Text size="sm" fw={600}>
            {t('tickets.outcome.commitment')}
          </Text>
          <Badge variant="light" color={ticket.resolutionCommitment ? 'teal' : 'orange'} tt="none" w="fit-content">
            {ticket.resolutionCommitment ? t('tickets.outcome.commitmentApplies') : t('tickets.outcome.commitmentNot')}
          </Badge>
          <Textarea
            aria-label={t('tickets.actions.reason')}
            placeholder={t('tickets.outcome.commitmentReason')}
            autosize
            minRows={2}
            maxLength={2000}
            value={commitReason}
            onChange={(e) => setCommitReason(e.currentTarget.value)}
            disabled={closed}
          />
          <Button
            size="xs"
            variant="light"
            disabled={closed || !commitReason.trim()}
            loading={change.pending}
            onClick={() => run({ path: 'commitment', body: { applies: !ticket.resolutionCommitment, reason: commitReason.trim() } }, () => setCommitReason(''))}
          >
            {ticket.resolutionCommitment ? t('tickets.outcome.commitmentSetNot') : t('tickets.outcome.commitmentSetApplies')}
          </Button>
        </Stack>

        <Stack gap={6} data-testid="estimate">
          <Text size="sm" fw={600}>
            {t('tickets.outcome.estimate')}
          </Text>
          {ticket.estimateDueAt && (
            <Text size="xs" c="dimmed">
              {t('tickets.outcome.estimateNow', { when: f.dateTime(ticket.estimateDueAt) })}
            </Text>
          )}
          <TextInput
            type="datetime-local"
            aria-label={t('tickets.outcome.estimate')}
            description={t('tickets.outcome.inZone', { zone: f.timeZone })}
            value={estimate}
            onChange={(e) => setEstimate(e.currentTarget.value)}
            disabled={closed}
          />
          {ticket.minimumResolutionAt && (
            <Text size="xs" c="dimmed" data-testid="minimum-resolution">
              {t('tickets.minimumResolution', { when: f.dateTime(ticket.minimumResolutionAt) })}
            </Text>
          )}
          <TextInput aria-label={t('tickets.outcome.note')} placeholder={t('tickets.outcome.note')} maxLength={2000} value={estimateNote} onChange={(e) => setEstimateNote(e.currentTarget.value)} disabled={closed} />
          {below && (
            <Textarea
              label={t('tickets.outcome.belowMinimum')}
              aria-label={t('tickets.outcome.belowMinimum')}
              placeholder={t('tickets.actions.reason')}
              autosize
              minRows={2}
              maxLength={2000}
              value={belowReason}
              onChange={(e) => setBelowReason(e.currentTarget.value)}
              data-testid="below-minimum-reason"
            />
          )}
          <Button
            size="xs"
            variant="light"
            disabled={closed || !estimateIso || (below && !belowReason.trim())}
            loading={change.pending}
            onClick={() =>
              estimateIso &&
              run(
                {
                  path: 'estimate',
                  body: { dueAt: estimateIso, ...(estimateNote.trim() ? { note: estimateNote.trim() } : {}), ...(below ? { belowMinimumReason: belowReason.trim() } : {}) },
                },
                () => {
                  setEstimateNote('');
                  setBelowReason('');
                },
              )
            }
          >
            {t('tickets.outcome.setEstimate')}
          </Button>
        </Stack>

        <Stack gap={6} data-testid="development-task">
          <Text size="sm" fw={600}>
            {t('tickets.outcome.devTask')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('tickets.outcome.devTaskHint')}
          </Text>
          <TextInput aria-label={t('tickets.outcome.taskCode')} placeholder={t('tickets.outcome.taskCode')} maxLength={100} value={taskCode} onChange={(e) => setTaskCode(e.currentTarget.value)} disabled={closed} />
          <SimpleGrid cols={2} spacing="xs">
            <TextInput type="date" label={t('tickets.outcome.approxStart')} size="xs" value={approxStart} onChange={(e) => setApproxStart(e.currentTarget.value)} disabled={closed} />
            <TextInput type="date" label={t('tickets.outcome.approxEnd')} size="xs" value={approxEnd} onChange={(e) => setApproxEnd(e.currentTarget.value)} disabled={closed} />
          </SimpleGrid>
          <TextInput aria-label={t('tickets.outcome.note')} placeholder={t('tickets.outcome.note')} maxLength={2000} value={taskNote} onChange={(e) => setTaskNote(e.currentTarget.value)} disabled={closed} />
          <Group justify="flex-end">
            <Button
              size="xs"
              color="orange"
              disabled={closed || !taskCode.trim()}
              loading={change.pending}
              onClick={() =>
                run(
                  {
                    path: 'development-task',
                    body: { taskCode: taskCode.trim(), approxStart: approxStart || null, approxEnd: approxEnd || null, ...(taskNote.trim() ? { note: taskNote.trim() } : {}) },
                  },
                  () => setTaskCode(''),
                )
              }
            >
              {t('tickets.outcome.devTaskSubmit')}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </Paper>
  );
}
