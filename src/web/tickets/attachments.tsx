import { Anchor, Badge, Button, Checkbox, FileButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { untypedApi } from '../api/client';
import type { TicketAttachment } from '../api/ticket-types';
import { useAction } from '../api/use-api';
import { ErrorAlert } from '../components/error-alert';
import { FileIcon } from '../components/icons';
import { useFormat, type Formatters } from '../i18n/format';
import type { TFunction } from 'i18next';

export function sizeText(t: TFunction, f: Formatters, bytes: number): string {
  if (bytes >= 1048576) return t('tickets.attachments.mb', { n: f.number(Math.round((bytes / 1048576) * 10) / 10) });
  if (bytes >= 1024) return t('tickets.attachments.kb', { n: f.number(Math.round(bytes / 1024)) });
  return t('tickets.attachments.bytes', { n: f.number(bytes) });
}

/** A download link (the server answers Content-Disposition: attachment, nosniff). */
export function AttachmentLink({ attachment: a, href }: { attachment: TicketAttachment; href: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Group gap={6} wrap="nowrap" data-testid="attachment" style={{ minWidth: 0 }}>
      <FileIcon size={16} />
      <Anchor href={href} download={a.filename} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {a.filename}
      </Anchor>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {sizeText(t, f, a.sizeBytes)}
      </Text>
      {a.internal && (
        <Badge size="xs" color="yellow" tt="none">
          {t('tickets.attachments.internal')}
        </Badge>
      )}
    </Group>
  );
}

/** The ticket's files with an upload button; staff may mark an upload internal (hidden from contacts). */
export function AttachmentsPanel({
  attachments,
  apiBase,
  onUploaded,
  allowInternal = false,
  disabled = false,
}: {
  attachments: TicketAttachment[];
  /** '/portal/tickets/<id>' or '/agent/tickets/<id>'. */
  apiBase: string;
  onUploaded(): void;
  allowInternal?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [internal, setInternal] = useState(false);
  const upload = useAction(async (file: File) => {
    const form = new FormData();
    if (allowInternal) form.append('internal', internal ? 'true' : 'false');
    form.append('file', file);
    return untypedApi.upload<TicketAttachment>(`${apiBase}/attachments`, form);
  });
  return (
    <Stack gap="xs" data-testid="attachments">
      {attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tickets.attachments.none')}
        </Text>
      ) : (
        attachments.map((a) => <AttachmentLink key={a.id} attachment={a} href={`/api/v1${apiBase}/attachments/${a.id}`} />)
      )}
      <ErrorAlert error={upload.error} />
      {!disabled && (
        <Group gap="sm">
          <FileButton
            onChange={async (file) => {
              if (file && (await upload.run(file))) onUploaded();
            }}
          >
            {(props) => (
              <Button {...props} size="xs" variant="light" loading={upload.pending}>
                {t('tickets.attachments.upload')}
              </Button>
            )}
          </FileButton>
          {allowInternal && <Checkbox size="xs" label={t('tickets.attachments.markInternal')} checked={internal} onChange={(e) => setInternal(e.currentTarget.checked)} />}
        </Group>
      )}
      <Text size="xs" c="dimmed">
        {t('tickets.attachments.hint')}
      </Text>
    </Stack>
  );
}
