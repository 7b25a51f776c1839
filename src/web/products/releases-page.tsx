import { Badge, Button, Group, Paper, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryFor } from '../api/contract';
import { api, view } from '../api/client';
import type { Page } from '../api/types';
import { useApiQuery } from '../api/use-api';
import { ConfirmButton } from '../components/confirm-button';
import { Empty } from '../components/empty';
import { ErrorAlert } from '../components/error-alert';
import { LayersIcon, PlusIcon } from '../components/icons';
import { PageHeader } from '../components/page-header';
import { useFormat } from '../i18n/format';
import { useCanEditCatalogue } from '../admin/shared/can-edit';
import { PagedTable, SecondaryTd } from '../admin/shared/list-table';
import { ApiError } from '../api/api-error';
import { LOCALES, RELEASE_KINDS, type ProductView, type ReleaseView } from '../maintenance/types';
import { ReleaseModal } from './release-modal';
import { RELEASE_KIND_KEYS } from '../maintenance/keys';

const LIMIT = 25;

/** R-V3/R-V4: releases with their notes per language; publishing emails the contacts of customers running the product. */
export function ReleasesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const canEdit = useCanEditCatalogue();
  const [offset, setOffset] = useState(0);
  const [productId, setProductId] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [editing, setEditing] = useState<ReleaseView | null | 'new'>(null);
  const [publishError, setPublishError] = useState<ApiError | null>(null);
  const products = useApiQuery('/admin/products', { params: { query: { limit: 200 } } }, view<Page<ProductView>>());
  const list = useApiQuery('/admin/releases', { params: { query: { limit: LIMIT, offset, productId, kind: kind as QueryFor<'/admin/releases', 'get'>['kind'] } } }, view<Page<ReleaseView>>());

  const publish = async (r: ReleaseView) => {
    setPublishError(null);
    try {
      await api.post('/admin/releases/{id}/publish', { params: { path: { id: r.id } }, body: {} });
      list.reload();
    } catch (err) {
      setPublishError(err instanceof ApiError ? err : new ApiError(0, 'INTERNAL', String(err)));
    }
  };

  return (
    <>
      <PageHeader
        title={t('releases.title')}
        description={t('releases.description')}
        actions={
          canEdit && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setEditing('new')}>
              {t('releases.new')}
            </Button>
          )
        }
      />
      <Group mb="sm" gap="sm" wrap="wrap">
        <Select
          aria-label={t('releases.product')}
          placeholder={t('releases.allProducts')}
          clearable
          data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={productId}
          onChange={(v) => {
            setProductId(v);
            setOffset(0);
          }}
        />
        <Select
          aria-label={t('releases.kind')}
          placeholder={t('releases.allKinds')}
          clearable
          data={RELEASE_KINDS.map((k) => ({ value: k, label: t(RELEASE_KIND_KEYS[k]) }))}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setOffset(0);
          }}
        />
      </Group>
      {publishError && <ErrorAlert error={publishError} />}
      <Paper withBorder>
        <PagedTable
          state={list}
          limit={LIMIT}
          offset={offset}
          onOffset={setOffset}
          empty={<Empty icon={<LayersIcon size={28} />} title={t('releases.emptyTitle')} description={t('releases.emptyDescription')} />}
          head={[t('releases.version'), t('releases.kind'), { label: t('releases.notes'), secondary: true }, t('releases.statusLabel'), '']}
        >
          {(r) => (
            <Table.Tr key={r.id} data-testid="release-row">
              <Table.Td>
                <Text size="sm" fw={500}>
                  {r.productName} {r.version}
                </Text>
                {r.customerId && (
                  <Text size="xs" c="orange">
                    {t('releases.privateHotfix')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(RELEASE_KIND_KEYS[r.kind])}</Table.Td>
              <SecondaryTd>{LOCALES.filter((l) => r.notes[l]).map((l) => l.toUpperCase()).join(' · ') || '—'}</SecondaryTd>
              <Table.Td>
                {r.status === 'published' ? (
                  <Badge color="teal" variant="light">
                    {t('releases.publishedOn', { at: fmt.dateTime(r.publishedAt) })}
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light">
                    {t('releases.draft')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  {canEdit && (
                    <Button size="xs" variant="subtle" onClick={() => setEditing(r)}>
                      {r.status === 'published' ? t('releases.editNotes') : t('common.edit')}
                    </Button>
                  )}
                  {canEdit && r.status === 'draft' && (
                    <ConfirmButton
                      label={t('releases.publish')}
                      title={t('releases.publishTitle', { version: `${r.productName} ${r.version}` })}
                      message={t('releases.publishMessage')}
                      color="teal"
                      onConfirm={() => publish(r)}
                    />
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          )}
        </PagedTable>
      </Paper>
      <ReleaseModal
        opened={editing !== null}
        release={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => list.reload()}
      />
    </>
  );
}
