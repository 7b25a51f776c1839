import { Button, Group, Paper, Select, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '../../api/ticket-types';
import type { Action } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { STATUS_KEYS } from '../../tickets/labels';

export type ComposerMode = 'reply' | 'note';

/** Public reply (optionally setting the status after it) or internal note, on two tabs (keys r and n). */
export function Composer({
  mode,
  onMode,
  replyRef,
  noteRef,
  reply,
  note,
  allowedAfter,
  disabled,
}: {
  mode: ComposerMode;
  onMode(m: ComposerMode): void;
  replyRef: RefObject<HTMLTextAreaElement | null>;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  reply: Action<[{ body: string; status?: TicketStatus }], unknown>;
  note: Action<[string], unknown>;
  /** Statuses the reply may set afterwards (pending, solved) when the transition is allowed. */
  allowedAfter: TicketStatus[];
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const [replyText, setReplyText] = useState('');
  const [noteText, setNoteText] = useState('');
  const [after, setAfter] = useState<string>('keep');
  return (
    <Paper withBorder p={0} data-testid="composer">
      <Tabs value={mode} onChange={(v) => v && onMode(v as ComposerMode)} keepMounted>
        <Tabs.List>
          <Tabs.Tab value="reply">{t('tickets.reply.title')}</Tabs.Tab>
          <Tabs.Tab value="note" color="yellow">
            {t('tickets.note.title')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="reply" p="md">
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              const body = replyText.trim();
              if (!body) return;
              const status = after === 'keep' ? undefined : (after as TicketStatus);
              if ((await reply.run({ body, ...(status ? { status } : {}) })) !== undefined) {
                setReplyText('');
                setAfter('keep');
              }
            }}
          >
            <Stack gap="sm">
              <ErrorAlert error={reply.error} />
              <Textarea
                ref={replyRef}
                aria-label={t('tickets.reply.title')}
                placeholder={t('tickets.reply.agentPlaceholder')}
                autosize
                minRows={4}
                maxRows={18}
                value={replyText}
                onChange={(e) => setReplyText(e.currentTarget.value)}
                disabled={disabled}
                data-testid="reply-box"
              />
              <Group justify="space-between" gap="sm">
                <Select
                  aria-label={t('tickets.reply.after')}
                  size="xs"
                  w={230}
                  allowDeselect={false}
                  value={after}
                  onChange={(v) => v && setAfter(v)}
                  data={[{ value: 'keep', label: t('tickets.reply.keepStatus') }, ...allowedAfter.map((s) => ({ value: s, label: t('tickets.reply.andSet', { status: t(STATUS_KEYS[s]) }) }))]}
                  disabled={disabled}
                  comboboxProps={{ withinPortal: true }}
                />
                <Button type="submit" loading={reply.pending} disabled={disabled || !replyText.trim()}>
                  {t('tickets.reply.send')}
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                {t('tickets.reply.publicHint')}
              </Text>
            </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="note" p="md" bg="yellow.0">
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              const body = noteText.trim();
              if (body && (await note.run(body)) !== undefined) setNoteText('');
            }}
          >
            <Stack gap="sm">
              <ErrorAlert error={note.error} />
              <Textarea
                ref={noteRef}
                aria-label={t('tickets.note.title')}
                placeholder={t('tickets.note.placeholder')}
                autosize
                minRows={3}
                maxRows={14}
                value={noteText}
                onChange={(e) => setNoteText(e.currentTarget.value)}
                data-testid="note-box"
              />
              <Group justify="space-between" gap="sm">
                <Text size="xs" c="dimmed">
                  {t('tickets.note.hint')}
                </Text>
                <Button type="submit" color="yellow" autoContrast loading={note.pending} disabled={!noteText.trim()}>
                  {t('tickets.note.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
