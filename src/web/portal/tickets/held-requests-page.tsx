import { Badge, Button, Group, Modal, Paper, Spoiler, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, view } from '../../api/client';
import type { ContactView } from '../../api/catalogue-types';
import type { UnentitledRequest } from '../../api/ticket-types';
import type { Page } from '../../api/types';
import { useAction, useApiQuery, useLoad } from '../../api/use-api';
import { Empty } from '../../components/empty';
import { ErrorAlert } from '../../components/error-alert';
import { InboxIcon, LockIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { useSeverityCatalog } from '../../tickets/severities';

/** R-P5: requests held because the allowance is used up; the customer's administrator approves them as billable extras. */
export function HeldRequestsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { actor } = useSession();
  const admin = actor?.kind === 'contact' && actor.isAdministrator;
  const severity = useSeverityCatalog();
  const held = useApiQuery('/portal/held-requests', { params: { query: { limit: 200 } } });
  const contacts = useLoad(['/portal/contacts'], (signal) => api.get('/portal/contacts', { params: { query: { limit: 200 } }, signal }, view<Page<ContactView>>()).catch(() => ({ items: [] as ContactView[] }) as Page<ContactView>));
  const names = useMemo(() => new Map((contacts.data?.items ?? []).map((c) => [c.id, c.name])), [contacts.data]);
  const [approving, setApproving] = useState<UnentitledRequest | null>(null);
  const approve = useAction((id: string) => api.post('/portal/held-requests/{id}/approve', { params: { path: { id } } }));

  if (!admin) {
    return (
      <>
        <PageHeader title={t('portal.held.title')} />
        <Paper withBorder>
          <Empty icon={<LockIcon size={28} />} title={t('portal.held.adminOnlyTitle')} description={t('portal.held.adminOnly')} />
        </Paper>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('portal.held.title')} description={t('portal.held.description')} />
      <Stack>
        <ErrorAlert error={approve.error} />
        <LoadState state={held}>
          {(page) =>
            page.items.length === 0 ? (
              <Paper withBorder>
                <Empty icon={<InboxIcon size={28} />} title={t('portal.held.emptyTitle')} description={t('portal.held.emptyDescription')} />
              </Paper>
            ) : (
              page.items.map((r) => (
                <Paper key={r.id} withBorder p="md" data-testid="held-request">
                  <Group justify="space-between" align="flex-start" gap="sm">
                    <Stack gap={4} style={{ minWidth: 0, flex: '1 1 260px' }}>
                      <Text fw={600}>{r.subject}</Text>
                      <Text size="xs" c="dimmed">
                        {t('portal.held.from', { name: (r.contactId && names.get(r.contactId)) || r.fromEmail || t('tickets.author.colleague'), when: f.dateTime(r.receivedAt) })}
                      </Text>
                      {r.proposedSeverity && (
                        <Group gap={4}>
                          <Badge size="sm" variant="light" tt="none">
                            {severity.name(r.proposedSeverity)}
                          </Badge>
                        </Group>
                      )}
                      <Spoiler maxHeight={72} showLabel={t('tickets.more')} hideLabel={t('tickets.less')}>
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {r.bodyText}
                        </Text>
                      </Spoiler>
                    </Stack>
                    <Button onClick={() => setApproving(r)}>{t('portal.held.approve')}</Button>
                  </Group>
                </Paper>
              ))
            )
          }
        </LoadState>
      </Stack>
      <Modal opened={approving !== null} onClose={() => setApproving(null)} title={t('portal.held.confirmTitle')}>
        <Stack>
          <Text size="sm">{t('portal.held.confirmMessage', { subject: approving?.subject ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setApproving(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={approve.pending}
              onClick={async () => {
                if (!approving) return;
                const ticket = await approve.run(approving.id);
                setApproving(null);
                if (ticket) {
                  notifications.show({ color: 'teal', message: t('portal.held.approved', { number: ticket.number }) });
                  navigate(`/support/tickets/${ticket.id}`);
                } else held.reload();
              }}
            >
              {t('portal.held.approve')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
