import { Badge, Button, Group, Modal, MultiSelect, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { LanguageTabs } from '../components/language-tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, view } from '../api/client';
import type { Page } from '../api/types';
import { useAction, useApiQuery } from '../api/use-api';
import { ConfirmButton } from '../components/confirm-button';
import { Empty } from '../components/empty';
import { ErrorAlert } from '../components/error-alert';
import { FileIcon, PlusIcon } from '../components/icons';
import { PageHeader } from '../components/page-header';
import { useFormat } from '../i18n/format';
import { useCanEditCatalogue } from '../admin/shared/can-edit';
import { PagedTable, SecondaryTd } from '../admin/shared/list-table';
import { useLocalized } from '../admin/shared/lookups';
import { useSession } from '../session/session-context';
import { wallToInstant } from '../tickets/zoned-time';
import { ANNOUNCEMENT_KIND_KEYS, AUDIENCE_KEYS, LANG_KEYS } from './keys';
import { ANNOUNCEMENT_KINDS, type AnnouncementKind, type AnnouncementView, type Audience, type Localized, type ProductView } from './types';

const LIMIT = 25;
const STATUS_KEYS = { scheduled: 'announcements.status.scheduled', sent: 'announcements.status.sent', cancelled: 'announcements.status.cancelled' } as const;

function AnnounceModal({ opened, onClose, onSaved }: { opened: boolean; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('announcements.newTitle')} size="xl">
      {/* Mounted per opening: every opening starts from an empty form. */}
      {opened && <AnnounceModalBody key={'new'} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function AnnounceModalBody({ onClose, onSaved }: { onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const fmt = useFormat();
  const zone = actor?.timeZone ?? fmt.timeZone;
  const products = useApiQuery('/admin/products', { params: { query: { limit: 200 } } }, view<Page<ProductView>>());
  const customers = useApiQuery('/admin/customers', { params: { query: { limit: 200 } } }, view<Page<{ id: string; name: string }>>());
  const [kind, setKind] = useState<AnnouncementKind>('service');
  const [titles, setTitles] = useState<Localized>({});
  const [bodies, setBodies] = useState<Localized>({});
  const [audience, setAudience] = useState<Audience>('all');
  const [productId, setProductId] = useState<string | null>(null);
  const [customerIds, setCustomerIds] = useState<string[]>([]);
  const [publishAt, setPublishAt] = useState('');
  const save = useAction(() =>
    api.post('/admin/announcements', { body: {
      kind,
      titles: Object.fromEntries(Object.entries(titles).filter(([, v]) => v?.trim())),
      bodies: Object.fromEntries(Object.entries(bodies).filter(([, v]) => v?.trim())),
      audience,
      productId: audience === 'product' ? productId : null,
      customerIds: audience === 'customers' ? customerIds : undefined,
      publishAt: publishAt ? (wallToInstant(publishAt, zone) ?? undefined) : undefined,
    } }, view<AnnouncementView>()),
  );
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label={t('announcements.kind')} allowDeselect={false} data={ANNOUNCEMENT_KINDS.map((k) => ({ value: k, label: t(ANNOUNCEMENT_KIND_KEYS[k]) }))} value={kind} onChange={(v) => setKind((v as AnnouncementKind | null) ?? 'other')} />
        <Select
          label={t('maintenance.schedule.audience')}
          allowDeselect={false}
          data={(['all', 'product', 'customers'] as const).map((a) => ({ value: a, label: t(AUDIENCE_KEYS[a]) }))}
          value={audience}
          onChange={(v) => setAudience((v as Audience | null) ?? 'all')}
        />
        <TextInput type="datetime-local" label={t('announcements.publishAt')} description={t('announcements.publishAtHint', { zone })} value={publishAt} onChange={(e) => setPublishAt(e.currentTarget.value)} />
      </SimpleGrid>
      {audience === 'product' && <Select label={t('maintenance.schedule.product')} searchable data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} value={productId} onChange={setProductId} />}
      {audience === 'customers' && <MultiSelect label={t('maintenance.schedule.customers')} searchable data={(customers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} value={customerIds} onChange={setCustomerIds} />}
      <LanguageTabs label={(l) => t(LANG_KEYS[l])}>
        {(l) => (
          <Stack gap="xs">
            <TextInput label={t('maintenance.schedule.titleIn', { lang: t(LANG_KEYS[l]) })} required={l === 'en'} value={titles[l] ?? ''} onChange={(e) => setTitles({ ...titles, [l]: e.currentTarget.value })} />
            <Textarea label={t('announcements.bodyIn', { lang: t(LANG_KEYS[l]) })} description={t('releases.markdownHint')} autosize minRows={4} ff="monospace" value={bodies[l] ?? ''} onChange={(e) => setBodies({ ...bodies, [l]: e.currentTarget.value })} />
          </Stack>
        )}
      </LanguageTabs>
      <ErrorAlert error={save.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          loading={save.pending}
          disabled={!titles.en?.trim()}
          onClick={async () => {
            if (await save.run()) onSaved();
          }}
        >
          {t('announcements.send')}
        </Button>
      </Group>
    </Stack>
  );
}

/** R-M4: vendor announcements, sent to the authorized contacts of the audience in their language. */
export function AnnouncementsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const localized = useLocalized();
  const canEdit = useCanEditCatalogue();
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);
  const list = useApiQuery('/admin/announcements', { params: { query: { limit: LIMIT, offset } } }, view<Page<AnnouncementView>>());
  return (
    <>
      <PageHeader
        title={t('announcements.title')}
        description={t('announcements.description')}
        actions={
          canEdit && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)}>
              {t('announcements.new')}
            </Button>
          )
        }
      />
      <Paper withBorder>
        <PagedTable
          state={list}
          limit={LIMIT}
          offset={offset}
          onOffset={setOffset}
          empty={<Empty icon={<FileIcon size={28} />} title={t('announcements.emptyTitle')} description={t('announcements.emptyDescription')} />}
          head={[t('announcements.titleLabel'), { label: t('announcements.kind'), secondary: true }, t('announcements.publishAt'), t('maintenance.statusLabel'), '']}
        >
          {(a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {localized(a.titles)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(AUDIENCE_KEYS[a.audience])}
                </Text>
              </Table.Td>
              <SecondaryTd>{t(ANNOUNCEMENT_KIND_KEYS[a.kind])}</SecondaryTd>
              <Table.Td>{fmt.dateTime(a.publishAt)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={a.status === 'sent' ? 'teal' : a.status === 'cancelled' ? 'gray' : 'blue'}>
                  {t(STATUS_KEYS[a.status])}
                </Badge>
                {a.status === 'sent' && (
                  <Text size="xs" c="dimmed">
                    {t('announcements.deliveries', { n: a.deliveries })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {canEdit && a.status === 'scheduled' && (
                  <ConfirmButton
                    label={t('announcements.cancel')}
                    title={t('announcements.cancelTitle')}
                    message={t('announcements.cancelMessage')}
                    onConfirm={async () => {
                      await api.post('/admin/announcements/{id}/cancel', { params: { path: { id: a.id } } });
                      list.reload();
                    }}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          )}
        </PagedTable>
      </Paper>
      <AnnounceModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={() => {
          setCreating(false);
          list.reload();
        }}
      />
    </>
  );
}
