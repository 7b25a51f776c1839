import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketAttachment, TicketMessage } from '../api/ticket-types';
import { CHANNEL_KEYS } from '../admin/plans/terms-fields';
import type { Channel } from '../api/types';
import { useFormat } from '../i18n/format';
import { AttachmentLink } from './attachments';
import { ServerSanitizedHtml } from './sanitized-html';

export interface ConversationEntry {
  id: string;
  kind: 'description' | 'reply' | 'note';
  authorName: string;
  /** Who wrote it, as a short badge ("Support team", "Customer"). */
  authorRole: string;
  staff: boolean;
  channel: string | null;
  at: string;
  bodyHtml: string;
}

/** The ticket's description followed by its messages, oldest first. */
export function conversationEntries(
  ticket: { id: string; bodyHtml: string; registeredAt: string; channel: string },
  messages: TicketMessage[],
  author: (kind: string, id: string | null) => { name: string; role: string; staff: boolean },
  requester: { name: string; role: string },
): ConversationEntry[] {
  const first: ConversationEntry = {
    id: `${ticket.id}-description`,
    kind: 'description',
    authorName: requester.name,
    authorRole: requester.role,
    staff: false,
    channel: ticket.channel,
    at: ticket.registeredAt,
    bodyHtml: ticket.bodyHtml,
  };
  const rest = [...messages]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((m): ConversationEntry => {
      const who = author(m.authorKind, m.authorId);
      return { id: m.id, kind: m.kind === 'note' ? 'note' : 'reply', authorName: who.name, authorRole: who.role, staff: who.staff, channel: m.channel, at: m.createdAt, bodyHtml: m.bodyHtml };
    });
  return [first, ...rest];
}

const channelKey = (c: string | null) => (c && c in CHANNEL_KEYS ? CHANNEL_KEYS[c as Channel] : null);

/** Replies as cards (staff tinted); internal notes on yellow with a lock badge, never mistaken for replies. */
export function Conversation({ entries, attachments, downloadBase }: { entries: ConversationEntry[]; attachments: TicketAttachment[]; downloadBase: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack gap="sm" data-testid="conversation">
      {entries.map((e) => {
        const note = e.kind === 'note';
        const files = attachments.filter((a) => a.messageId === e.id);
        const ch = channelKey(e.channel);
        return (
          <Paper
            key={e.id}
            withBorder
            p="md"
            data-testid={note ? 'note' : 'message'}
            bg={note ? 'yellow.0' : e.staff ? 'blue.0' : undefined}
            style={note ? { borderColor: 'var(--mantine-color-yellow-5)', borderStyle: 'dashed' } : undefined}
          >
            <Group justify="space-between" gap="xs" mb="xs" wrap="wrap">
              <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {e.authorName}
                </Text>
                <Badge size="xs" variant="light" color={e.staff ? 'blue' : 'gray'} tt="none">
                  {e.authorRole}
                </Badge>
                {note && (
                  <Badge size="xs" color="yellow" variant="filled" tt="none">
                    {t('tickets.conversation.internalNote')}
                  </Badge>
                )}
                {e.kind === 'description' && (
                  <Badge size="xs" variant="outline" tt="none">
                    {t('tickets.conversation.description')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {ch ? t('tickets.conversation.atVia', { when: f.dateTime(e.at), channel: t(ch) }) : f.dateTime(e.at)}
              </Text>
            </Group>
            <ServerSanitizedHtml html={e.bodyHtml} />
            {files.length > 0 && (
              <Group gap="xs" mt="sm">
                {files.map((a) => (
                  <AttachmentLink key={a.id} attachment={a} href={`${downloadBase}/${a.id}`} />
                ))}
              </Group>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
