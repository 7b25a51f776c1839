import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { LanguageTabs } from '../components/language-tabs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Page } from '../api/types';
import { useAction, useApi } from '../api/use-api';
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
  const products = useApi((signal) => api.get<Page<ProductView>>('/admin/products', { limit: 200 }, signal), []);
  const customers = useApi((signal) => api.get<Page<Named>>('/admin/customers', { limit: 200 }, signal), []);
  const [current, setCurrent] = useState<ReleaseView | null>(release);
  const [productId, setProductId] = useState<string | null>(null);
  const [version, setVersion] = useState('');
  const [kind, setKind] = useState<ReleaseKind>('minor');
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [releasedOn, setReleasedOn] = useState('');
  const [notes, setNotes] = useState<Localized>({});
  const [tab, setTab] = useState<string | null>('en');

  useEffect(() => {
    if (!opened) return;
    setCurrent(release);
    setProductId(release?.productId ?? null);
    setVersion(release?.version ?? '');
    setKind(release?.kind ?? 'minor');
    setCustomerId(release?.customerId ?? null);
    setReleasedOn(release?.releasedOn ?? '');
    setNotes(Object.fromEntries(LOCALES.map((l) => [l, release?.notes[l]?.markdown ?? ''])));
    setTab('en');
  }, [opened, release]);

  const published = current?.status === 'published';
  const save = useAction(async () => {
    const body = {
      ...(published ? {} : { version: version.trim(), kind, customerId: kind === 'hotfix' ? customerId : null, releasedOn: releasedOn || null }),
      notes: Object.fromEntries(Object.entries(notes).filter(([, v]) => v?.trim())),
    };
    return current ? api.patch<ReleaseView>(`/admin/releases/${current.id}`, body) : api.post<ReleaseView>('/admin/releases', { productId, ...body });
  });

  const submit = async () => {
    const saved = await save.run();
    if (saved) {
      setCurrent(saved);
      onSaved(saved);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={current ? t('releases.editTitle', { version: current.version }) : t('releases.newTitle')} size="xl">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('releases.product')}
            required
            searchable
            disabled={!!current}
            data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }))}
            value={productId}
            onChange={setProductId}
          />
          <TextInput label={t('releases.version')} required disabled={published} value={version} onChange={(e) => setVersion(e.currentTarget.value)} />
          <Select
            label={t('releases.kind')}
            disabled={published}
            allowDeselect={false}
            data={RELEASE_KINDS.map((k) => ({ value: k, label: t(RELEASE_KIND_KEYS[k]) }))}
            value={kind}
            onChange={(v) => setKind((v as ReleaseKind | null) ?? 'minor')}
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
              onChange={setCustomerId}
            />
          )}
          <TextInput type="date" label={t('releases.releasedOn')} disabled={published} value={releasedOn} onChange={(e) => setReleasedOn(e.currentTarget.value)} />
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
              onChange={(e) => setNotes({ ...notes, [l]: e.currentTarget.value })}
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
    </Modal>
  );
}
