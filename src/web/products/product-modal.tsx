import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyFor } from '../api/contract';
import { api, view } from '../api/client';
import type { Page } from '../api/types';
import { useAction, useApiQuery } from '../api/use-api';
import { ErrorAlert } from '../components/error-alert';
import type { ProductView, VersionSchemeView } from '../maintenance/types';

/** R-V1/R-V2: a product or one of its modules, with its version scheme (fixed once created), lifetime and end-of-life warnings. */
export function ProductModal({ product, parentId, opened, onClose, onSaved }: { product: ProductView | null; parentId?: string | null; opened: boolean; onClose(): void; onSaved(p: ProductView): void }) {
  const { t } = useTranslation();
  const schemes = useApiQuery('/admin/version-schemes', undefined, view<{ items: VersionSchemeView[] }>());
  const products = useApiQuery('/admin/products', { params: { query: { limit: 200, kind: 'product' } } }, view<Page<ProductView>>());
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [parent, setParent] = useState<string | null>(null);
  const [schemeCode, setSchemeCode] = useState<string | null>(null);
  const [lifetime, setLifetime] = useState<number | ''>(36);
  const [warnings, setWarnings] = useState('180, 90, 30');
  const [description, setDescription] = useState('');

  useEffect(() => {
    if (!opened) return;
    setCode(product?.code ?? '');
    setName(product?.name ?? '');
    setParent(product?.parentId ?? parentId ?? null);
    setSchemeCode(product?.schemeCode ?? null);
    setLifetime(product?.majorLifetimeMonths ?? 36);
    setWarnings((product?.eolWarningDays ?? [180, 90, 30]).join(', '));
    setDescription(product?.description ?? '');
  }, [opened, product, parentId]);

  const save = useAction(() => {
    const eolWarningDays = warnings
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    const settings = { code: code.trim(), name: name.trim(), description, majorLifetimeMonths: lifetime === '' ? undefined : lifetime, eolWarningDays };
    return product
      ? api.patch('/admin/products/{id}', { params: { path: { id: product.id } }, body: settings }, view<ProductView>())
      : api.post('/admin/products', { body: { ...settings, kind: parent ? 'module' : 'product', parentId: parent, schemeCode } as BodyFor<'/admin/products', 'post'> }, view<ProductView>());
  });

  return (
    <Modal opened={opened} onClose={onClose} title={product ? t('products.editTitle', { name: product.name }) : t('products.newTitle')} size="lg">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('common.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label={t('common.code')} description={t('common.codeHint')} required value={code} onChange={(e) => setCode(e.currentTarget.value)} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('products.moduleOf')}
            description={t('products.moduleOfHint')}
            clearable
            disabled={!!product}
            data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={parent}
            onChange={setParent}
          />
          <Select
            label={t('products.scheme')}
            description={t('products.schemeHint')}
            required
            disabled={!!product}
            data={(schemes.data?.items ?? []).map((s) => ({ value: s.code, label: `${s.name} (${s.code})` }))}
            value={schemeCode}
            onChange={setSchemeCode}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t('products.lifetime')} description={t('products.lifetimeHint')} min={1} max={600} value={lifetime} onChange={(v) => setLifetime(typeof v === 'number' ? v : '')} />
          <TextInput label={t('products.warnings')} description={t('products.warningsHint')} value={warnings} onChange={(e) => setWarnings(e.currentTarget.value)} />
        </SimpleGrid>
        <Textarea label={t('products.descriptionLabel')} autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={save.pending}
            disabled={!name.trim() || !code.trim() || (!product && !schemeCode)}
            onClick={async () => {
              const saved = await save.run();
              if (saved) onSaved(saved);
            }}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
