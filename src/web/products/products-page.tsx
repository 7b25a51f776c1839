import { Badge, Button, Code, Group, Paper, Stack, Table, Tabs, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, view } from '../api/client';
import type { Page } from '../api/types';
import { useAction, useApiQuery } from '../api/use-api';
import { Empty } from '../components/empty';
import { ErrorAlert } from '../components/error-alert';
import { LayersIcon, PlusIcon } from '../components/icons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { useCanEditCatalogue } from '../admin/shared/can-edit';
import { ListTable, SecondaryTd } from '../admin/shared/list-table';
import type { ProductView, VersionSchemeView } from '../maintenance/types';
import { ProductModal } from './product-modal';

const SCOPE_KEYS: Record<string, string> = { platform: 'upgrade.scope.platform', module: 'upgrade.scope.module', self: 'products.scopeSelf' };
const LEVEL_KEYS: Record<string, string> = { major: 'upgrade.level.major', minor: 'upgrade.level.minor', hotfix: 'upgrade.level.hotfix' };

/** Try a version against a scheme: the parts it parses to, or the server's INVALID_VERSION with the expected shape (R-V2). */
function VersionCheck({ scheme }: { scheme: VersionSchemeView }) {
  const { t } = useTranslation();
  const [version, setVersion] = useState('');
  const check = useAction(() => api.post('/admin/version-schemes/{code}/check', { params: { path: { code: scheme.code } }, body: { version: version.trim() } }, view<{ version: string; parts: { key: string; label: string; value: number }[] }>()));
  const [result, setResult] = useState<string | null>(null);
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput size="xs" label={t('products.tryVersion')} placeholder={scheme.example ?? undefined} value={version} onChange={(e) => setVersion(e.currentTarget.value)} style={{ flex: 1, maxWidth: 220 }} />
        <Button
          size="xs"
          variant="light"
          disabled={!version.trim()}
          loading={check.pending}
          onClick={async () => {
            setResult(null);
            const r = await check.run();
            if (r) setResult(r.parts.map((p) => `${p.label} ${p.value}`).join(' · '));
          }}
        >
          {t('products.check')}
        </Button>
      </Group>
      {result && (
        <Text size="xs" c="teal" data-testid="version-check-ok">
          {t('products.versionValid', { parts: result })}
        </Text>
      )}
      <ErrorAlert error={check.error} />
    </Stack>
  );
}

function Schemes() {
  const { t } = useTranslation();
  const list = useApiQuery('/admin/version-schemes', undefined, view<{ items: VersionSchemeView[] }>());
  return (
    <LoadState state={list}>
      {({ items }) =>
        items.length === 0 ? (
          <Empty icon={<LayersIcon size={28} />} title={t('products.schemesEmpty')} description={t('maintenance.types.emptyDescription')} />
        ) : (
          <Stack gap="sm" p="md">
            {items.map((s) => (
              <Paper key={s.code} withBorder p="sm" data-testid="scheme">
                <Group justify="space-between" gap="xs">
                  <Text fw={600}>{s.name}</Text>
                  <Code>{s.code}</Code>
                </Group>
                <Text size="sm" c="dimmed" mb="xs">
                  {s.parts.map((p) => `${p.label} (${t(SCOPE_KEYS[p.scope] ?? 'products.scopeSelf')}, ${t(LEVEL_KEYS[p.level] ?? 'upgrade.level.minor')})`).join(' . ')}
                </Text>
                <VersionCheck scheme={s} />
              </Paper>
            ))}
          </Stack>
        )
      }
    </LoadState>
  );
}

/** R-V1/R-V2: products and their modules, each with a version scheme; the schemes with a version checker. */
export function ProductsPage() {
  const { t } = useTranslation();
  const canEdit = useCanEditCatalogue();
  const [editing, setEditing] = useState<ProductView | null | 'new'>(null);
  const list = useApiQuery('/admin/products', { params: { query: { limit: 200 } } }, view<Page<ProductView>>());
  return (
    <>
      <PageHeader
        title={t('products.title')}
        description={t('products.description')}
        actions={
          canEdit && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setEditing('new')}>
              {t('products.new')}
            </Button>
          )
        }
      />
      <Tabs defaultValue="products" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="products">{t('products.title')}</Tabs.Tab>
          <Tabs.Tab value="schemes">{t('products.schemes')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="products">
          <Paper withBorder>
            <LoadState state={list}>
              {(page) => {
                const roots = page.items.filter((p) => !p.parentId);
                const modulesOf = (id: string) => page.items.filter((p) => p.parentId === id);
                return roots.length === 0 ? (
                  <Empty icon={<LayersIcon size={28} />} title={t('products.emptyTitle')} description={t('products.emptyDescription')} />
                ) : (
                  <ListTable head={[t('common.name'), t('products.scheme'), { label: t('products.lifetime'), secondary: true }, '']}>
                    {roots.flatMap((p) =>
                      [p, ...modulesOf(p.id)].map((x) => (
                        <Table.Tr key={x.id} data-testid="product-row">
                          <Table.Td pl={x.parentId ? 'xl' : undefined}>
                            <Group gap={6} wrap="nowrap">
                              <Text size="sm" fw={x.parentId ? 400 : 600} component={Link} to={`/admin/products/${x.id}`} c="blue">
                                {x.name}
                              </Text>
                              {x.parentId && (
                                <Badge size="xs" variant="light">
                                  {t('products.module')}
                                </Badge>
                              )}
                              {x.archivedAt && (
                                <Badge size="xs" color="gray">
                                  {t('common.archivedBadge')}
                                </Badge>
                              )}
                            </Group>
                            <Text size="xs" c="dimmed" ff="monospace">
                              {x.code}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Code>{x.schemeCode}</Code>
                          </Table.Td>
                          <SecondaryTd>{t('products.months', { n: x.majorLifetimeMonths })}</SecondaryTd>
                          <Table.Td ta="right">
                            {canEdit && (
                              <Button size="xs" variant="subtle" onClick={() => setEditing(x)}>
                                {t('common.edit')}
                              </Button>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      )),
                    )}
                  </ListTable>
                );
              }}
            </LoadState>
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="schemes">
          <Paper withBorder>
            <Schemes />
          </Paper>
        </Tabs.Panel>
      </Tabs>
      <ProductModal
        opened={editing !== null}
        product={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          list.reload();
        }}
      />
    </>
  );
}
