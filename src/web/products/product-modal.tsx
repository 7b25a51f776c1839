import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
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
  return (
    <Modal opened={opened} onClose={onClose} title={product ? t('products.editTitle', { name: product.name }) : t('products.newTitle')} size="lg">
      {/* Mounted per opening and per product: the form starts from it, no effect copies it in. */}
      {opened && <ProductModalBody key={product?.id ?? `new:${parentId ?? ''}`} product={product} parentId={parentId} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function ProductModalBody({ product, parentId, onClose, onSaved }: { product: ProductView | null; parentId?: string | null; onClose(): void; onSaved(p: ProductView): void }) {
  const { t } = useTranslation();
  const schemes = useApiQuery('/admin/version-schemes', undefined, view<{ items: VersionSchemeView[] }>());
  const products = useApiQuery('/admin/products', { params: { query: { limit: 200, kind: 'product' } } }, view<Page<ProductView>>());
  const form = useForm({
    initialValues: {
      code: product?.code ?? '',
      name: product?.name ?? '',
      parent: product?.parentId ?? parentId ?? null,
      schemeCode: product?.schemeCode ?? null,
      lifetime: (product?.majorLifetimeMonths ?? 36) as number | '',
      warnings: (product?.eolWarningDays ?? [180, 90, 30]).join(', '),
      description: product?.description ?? '',
    },
  });
  const { code, name, parent, schemeCode, lifetime, warnings } = form.values;

  const save = useAction(() => {
    const eolWarningDays = warnings
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    const settings = { code: code.trim(), name: name.trim(), description: form.values.description, majorLifetimeMonths: lifetime === '' ? undefined : lifetime, eolWarningDays };
    return product
      ? api.patch('/admin/products/{id}', { params: { path: { id: product.id } }, body: settings }, view<ProductView>())
      : api.post('/admin/products', { body: { ...settings, kind: parent ? 'module' : 'product', parentId: parent, schemeCode } as BodyFor<'/admin/products', 'post'> }, view<ProductView>());
  });

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('common.name')} required {...form.getInputProps('name')} />
        <TextInput label={t('common.code')} description={t('common.codeHint')} required {...form.getInputProps('code')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('products.moduleOf')}
          description={t('products.moduleOfHint')}
          clearable
          disabled={!!product}
          data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={parent}
          onChange={(v) => form.setFieldValue('parent', v)}
        />
        <Select
          label={t('products.scheme')}
          description={t('products.schemeHint')}
          required
          disabled={!!product}
          data={(schemes.data?.items ?? []).map((s) => ({ value: s.code, label: `${s.name} (${s.code})` }))}
          value={schemeCode}
          onChange={(v) => form.setFieldValue('schemeCode', v)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label={t('products.lifetime')} description={t('products.lifetimeHint')} min={1} max={600} value={lifetime} onChange={(v) => form.setFieldValue('lifetime', typeof v === 'number' ? v : '')} />
        <TextInput label={t('products.warnings')} description={t('products.warningsHint')} {...form.getInputProps('warnings')} />
      </SimpleGrid>
      <Textarea label={t('products.descriptionLabel')} autosize minRows={2} {...form.getInputProps('description')} />
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
  );
}
