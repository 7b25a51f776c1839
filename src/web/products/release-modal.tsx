import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LanguageTabs } from '../components/language-tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyFor } from '../api/contract';
import { api, view } from '../api/client';
import type { Page } from '../api/types';
import { useAction, useApiQuery } from '../api/use-api';
import { ErrorAlert } from '../components/error-alert';
import { ServerSanitizedHtml } from '../tickets/sanitized-html';
import { LOCALES, RELEASE_KINDS, type Localized, type ProductView, type ReleaseKind, type ReleaseView } from '../maintenance/types';
import { LANG_KEYS, RELEASE_KIND_KEYS } from '../maintenance/keys';

interface Named {
  id: string;
  name: string;
}

/**
 * R-V3/R-V4: draft or edit a release. Notes are Markdown per language; the
 * preview is the server's rendering and sanitising of the saved notes (the
 * one HTML the app shows), so saving refreshes it.
 */
export function ReleaseModal({ release, opened, onClose, onSaved }: { release: ReleaseView | null; opened: boolean; onClose(): void; onSaved(r: ReleaseView): void }) {
  const { t } = useTranslation();
  const title = release ? t('releases.editTitle', { version: release.version }) : t('releases.newTitle');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl">
      {/* Mounted per opening and per release: the form starts from the release, no effect copies it in. */}
      {opened && <ReleaseForm key={release?.id ?? 'new'} release={release} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

interface Draft {
  productId: string | null;
  version: string;
  kind: ReleaseKind;
  customerId: string | null;
  releasedOn: string;
  notes: Localized;
}

function ReleaseForm({ release, onClose, onSaved }: { release: ReleaseView | null; onClose(): void; onSaved(r: ReleaseView): void }) {
  const { t } = useTranslation();
  const products = useApiQuery('/admin/products', { params: { query: { limit: 200 } } }, view<Page<ProductView>>());
  const customers = useApiQuery('/admin/customers', { params: { query: { limit: 200 } } }, view<Page<Named>>());
  // The release as last saved: its server-rendered notes are the preview.
  const [current, setCurrent] = useState<ReleaseView | null>(release);
  const form = useForm<Draft>({
    initialValues: {
      productId: release?.productId ?? null,
      version: release?.version ?? '',
      kind: release?.kind ?? 'minor',
      customerId: release?.customerId ?? null,
      releasedOn: release?.releasedOn ?? '',
      notes: Object.fromEntries(LOCALES.map((l) => [l, release?.notes[l]?.markdown ?? ''])),
    },
  });
  const { productId, version, kind, customerId, releasedOn, notes } = form.values;
  const [tab, setTab] = useState<string | null>('en');

  const published = current?.status === 'published';
  const save = useAction(async () => {
    const body = {
      ...(published ? {} : { version: version.trim(), kind, customerId: kind === 'hotfix' ? customerId : null, releasedOn: releasedOn || null }),
      notes: Object.fromEntries(Object.entries(notes).filter(([, v]) => v?.trim())),
    };
    return current ? api.patch('/admin/releases/{id}', { params: { path: { id: current.id } }, body: body as BodyFor<'/admin/releases/{id}', 'patch'> }, view<ReleaseView>()) : api.post('/admin/releases', { body: { productId, ...body } as BodyFor<'/admin/releases', 'post'> }, view<ReleaseView>());
  });

  const submit = async () => {
    const saved = await save.run();
    if (saved) {
      setCurrent(saved);
      onSaved(saved);
    }
  };

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('releases.product')}
          required
          searchable
          disabled={!!current}
          data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }))}
          value={productId}
          onChange={(v) => form.setFieldValue('productId', v)}
        />
        <TextInput label={t('releases.version')} required disabled={published} {...form.getInputProps('version')} />
        <Select
          label={t('releases.kind')}
          disabled={published}
          allowDeselect={false}
          data={RELEASE_KINDS.map((k) => ({ value: k, label: t(RELEASE_KIND_KEYS[k]) }))}
          value={kind}
          onChange={(v) => form.setFieldValue('kind', (v as ReleaseKind | null) ?? 'minor')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {kind === 'hotfix' && (
          <Select
            label={t('releases.onlyFor')}
            description={t('releases.onlyForHint')}
            clearable
            searchable
            disabled={published}
            data={(customers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={customerId}
            onChange={(v) => form.setFieldValue('customerId', v)}
          />
        )}
        <TextInput type="date" label={t('releases.releasedOn')} disabled={published} {...form.getInputProps('releasedOn')} />
      </SimpleGrid>
      <LanguageTabs
        value={tab}
        onChange={setTab}
        label={(l) => t(LANG_KEYS[l])}
        extra={{
          value: 'preview',
          label: t('releases.preview'),
          panel: (
            <>
              {current && LOCALES.some((l) => current.notes[l]) ? (
                <Stack gap="md" data-testid="release-preview">
                  {LOCALES.filter((l) => current.notes[l]).map((l) => (
                    <Stack key={l} gap={4}>
                      <Text size="xs" c="dimmed" fw={600}>
                        {t(LANG_KEYS[l])}
                      </Text>
                      <ServerSanitizedHtml html={current.notes[l]!.html} />
                    </Stack>
                  ))}
                </Stack>
              ) : (
                <Alert variant="light" color="gray">
                  {t('releases.previewEmpty')}
                </Alert>
              )}
              {current && <Text size="xs" c="dimmed" mt="xs">{t('releases.previewHint')}</Text>}
            </>
          ),
        }}
      >
        {(l) => (
          <Textarea
            label={t('releases.notesIn', { lang: t(LANG_KEYS[l]) })}
            description={t('releases.markdownHint')}
            autosize
            minRows={6}
            maxRows={16}
            ff="monospace"
            value={notes[l] ?? ''}
            onChange={(e) => form.setFieldValue('notes', { ...notes, [l]: e.currentTarget.value })}
          />
        )}
      </LanguageTabs>
      <ErrorAlert error={save.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.done')}
        </Button>
        <Button loading={save.pending} disabled={!productId || !version.trim()} onClick={() => void submit()}>
          {current ? t('common.save') : t('releases.saveDraft')}
        </Button>
      </Group>
    </Stack>
  );
}
