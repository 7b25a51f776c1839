import { Button, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSITIONS } from '../../../core/tickets/status-machine.js';
import { CATEGORIES, type Category, type StaffTicket, type TicketStatus } from '../../api/ticket-types';
import type { Action } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { CATEGORY_KEYS, STATUS_KEYS } from '../../tickets/labels';
import type { SeverityCatalog } from '../../tickets/severities';

export type Change = { path: string; body: Record<string, unknown> };

/** A select plus a reason box and an apply button; the reason may be required. */
function ChangeField({
  label,
  data,
  current,
  reasonRequired,
  reasonLabel,
  onApply,
  pending,
  testId,
  disabled,
  placeholder,
}: {
  label: string;
  data: { value: string; label: string }[];
  current: string | null;
  reasonRequired: boolean | ((next: string) => boolean);
  reasonLabel: string;
  onApply(value: string, reason: string): Promise<boolean>;
  pending: boolean;
  testId: string;
  disabled?: boolean;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | null>(current);
  const [reason, setReason] = useState('');
  // A new current value (saved here or by a colleague) replaces the pending choice: adjusted while
  // rendering, as React recommends for state that follows a prop.
  const [shownFor, setShownFor] = useState(current);
  if (shownFor !== current) {
    setShownFor(current);
    setValue(current);
    setReason('');
  }
  const changed = value !== null && value !== current;
  const needsReason = changed && (typeof reasonRequired === 'function' ? reasonRequired(value) : reasonRequired);
  return (
    <Stack gap={6} data-testid={testId}>
      <Select label={label} placeholder={placeholder} data={data} value={value} onChange={setValue} allowDeselect={false} disabled={disabled} comboboxProps={{ withinPortal: true }} />
      {changed && (
        <>
          <Textarea
            label={reasonLabel}
            required={needsReason}
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Button
            size="xs"
            loading={pending}
            disabled={needsReason && !reason.trim()}
            onClick={async () => {
              if (value && (await onApply(value, reason.trim()))) setReason('');
            }}
          >
            {t('tickets.actions.apply')}
          </Button>
        </>
      )}
    </Stack>
  );
}

/** Status (R-K3) with an optional reason, severity (R-K2) and category (R-B*) with reasons, assignee. */
export function PropertiesPanel({
  ticket,
  severity,
  change,
  people,
  me,
}: {
  ticket: StaffTicket;
  severity: SeverityCatalog;
  change: Action<[Change], unknown>;
  /** Assignable staff (the staff directory's active people; admins only as me). */
  people: { id: string; name: string }[];
  me: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const apply = async (c: Change) => (await change.run(c)) !== undefined;
  const closed = ticket.status === 'closed';
  const statuses: TicketStatus[] = [ticket.status, ...TRANSITIONS[ticket.status]];
  const sevCodes = severity.list.length ? severity.list.map((s) => s.code) : [ticket.severity];
  if (!sevCodes.includes(ticket.severity)) sevCodes.unshift(ticket.severity);
  const assignees = new Map<string, string>([[me.id, t('tickets.assignee.me', { name: me.name })]]);
  for (const p of people) if (!assignees.has(p.id)) assignees.set(p.id, p.name);
  if (ticket.assigneeId && !assignees.has(ticket.assigneeId)) assignees.set(ticket.assigneeId, t('tickets.assignee.someoneElse'));
  const assigneeData = [{ value: 'none', label: t('queue.unassigned') }, ...[...assignees].map(([value, label]) => ({ value, label }))];
  return (
    <Paper withBorder p="md">
      <Title order={2} fz="h5" mb="sm">
        {t('tickets.actions.title')}
      </Title>
      <Stack gap="md">
        <ErrorAlert error={change.error} />
        <ChangeField
          testId="change-status"
          label={t('tickets.fields.status')}
          data={statuses.map((s) => ({ value: s, label: t(STATUS_KEYS[s]) }))}
          current={ticket.status}
          reasonRequired={false}
          reasonLabel={t('tickets.actions.reasonOptional')}
          pending={change.pending}
          disabled={closed}
          onApply={(v, reason) => apply({ path: 'status', body: { status: v, ...(reason ? { reason } : {}) } })}
        />
        <ChangeField
          testId="change-severity"
          label={t('tickets.fields.severity')}
          data={sevCodes.map((c) => ({ value: c, label: severity.name(c) }))}
          current={ticket.severity}
          reasonRequired
          reasonLabel={t('tickets.actions.reason')}
          pending={change.pending}
          disabled={closed}
          onApply={(v, reason) => apply({ path: 'severity', body: { severity: v, reason } })}
        />
        <ChangeField
          testId="change-category"
          label={t('tickets.fields.category')}
          placeholder={t('tickets.actions.notClassified')}
          data={CATEGORIES.map((c) => ({ value: c, label: t(CATEGORY_KEYS[c]) }))}
          current={ticket.category}
          reasonRequired={() => ticket.category !== null}
          reasonLabel={ticket.category ? t('tickets.actions.reason') : t('tickets.actions.reasonOptional')}
          pending={change.pending}
          onApply={(v, reason) => apply({ path: 'category', body: { category: v as Category, ...(reason ? { reason } : {}) } })}
        />
        <Stack gap={6} data-testid="change-assignee">
          <Select
            label={t('tickets.fields.assignee')}
            data={assigneeData}
            value={ticket.assigneeId ?? 'none'}
            allowDeselect={false}
            disabled={change.pending}
            onChange={(v) => {
              if (v && v !== (ticket.assigneeId ?? 'none')) void apply({ path: 'assignee', body: { assigneeId: v === 'none' ? null : v } });
            }}
            comboboxProps={{ withinPortal: true }}
          />
        </Stack>
      </Stack>
    </Paper>
  );
}
