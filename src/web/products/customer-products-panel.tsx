import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, view } from '../api/client';
import type { Page } from '../api/types';
import { useAction, useApiQuery } from '../api/use-api';
import { ErrorAlert } from '../components/error-alert';
import { LoadState } from '../components/load-state';
import { useFormat } from '../i18n/format';
import { ListTable } from '../admin/shared/list-table';
import type { InstalledVersionView, ProductView } from '../maintenance/types';
import { CalendarFeed } from '../portal/updates/updates-page';
import { useSession } from '../session/session-context';
import { UpgradeRightText } from './upgrade-right-text';

/** R-V6 on a customer's page: installed versions with end of life and upgrade rights; the customer's iCalendar feed (R-M3). */
export function CustomerProductsPanel({ customerId, canEdit }: { customerId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { actor } = useSession();
  const installed = useApiQuery('/admin/customers/{id}/installed-versions', { params: { path: { id: customerId } } }, view<{ items: InstalledVersionView[] }>());
  const products = useApiQuery('/admin/products', { params: { query: { limit: 200 } } }, view<Page<ProductView>>());
  const [productId, setProductId] = useState<string | null>(null);
  const [version, setVersion] = useState('');
  const set = useAction(() => api.put('/admin/customers/{id}/installed-versions/{productId}', { params: { path: { id: customerId, productId: productId ?? '' } }, body: { version: version.trim() } }));
  const remove = useAction((pid: string) => api.del('/admin/customers/{id}/installed-versions/{productId}', { params: { path: { id: customerId, productId: pid } } }));
  const isAdmin = actor?.kind === 'user' && actor.role === 'admin';
  const isManager = actor?.kind === 'user' && (actor.role === 'admin' || actor.role === 'manager');
  return (
    <>
      <Paper withBorder p="md" data-testid="installed-versions">
        <Title order={2} fz="h4" mb="xs">
          {t('products.installedTitle')}
        </Title>
        <LoadState state={installed}>
          {({ items }) =>
            items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('products.noneInstalled')}
              </Text>
            ) : (
              <ListTable head={[t('updates.installed.product'), t('updates.installed.version'), t('updates.installed.endOfLife'), t('updates.installed.upgrade'), '']}>
                {items.map((i) => (
                  <Table.Tr key={i.product.id}>
                    <Table.Td>{i.product.name}</Table.Td>
                    <Table.Td>{i.version}</Table.Td>
                    <Table.Td>{i.endOfLife ? fmt.date(i.endOfLife) : '—'}</Table.Td>
                    <Table.Td>{i.upgradeToLatest ? <UpgradeRightText right={i.upgradeToLatest} latest={i.latestVersion} /> : t('updates.installed.upToDate')}</Table.Td>
                    <Table.Td ta="right">
                      {canEdit && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={async () => {
                            await remove.run(i.product.id);
                            installed.reload();
                          }}
                        >
                          {t('products.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
            )
          }
        </LoadState>
        {canEdit && (
          <Stack gap="xs" mt="sm">
            <Group gap="xs" align="flex-end" wrap="wrap">
              <Select
                label={t('updates.installed.product')}
                searchable
                data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
                value={productId}
                onChange={setProductId}
              />
              <TextInput label={t('updates.installed.version')} value={version} onChange={(e) => setVersion(e.currentTarget.value)} w={140} />
              <Button
                disabled={!productId || !version.trim()}
                loading={set.pending}
                onClick={async () => {
                  if (await set.run()) {
                    setVersion('');
                    installed.reload();
                  }
                }}
              >
                {t('products.record')}
              </Button>
            </Group>
            <ErrorAlert error={set.error ?? remove.error} />
          </Stack>
        )}
      </Paper>
      {isManager && (
        <Stack gap="xs">
          <Title order={2} fz="h4">
            {t('updates.tabs.feed')}
          </Title>
          <CalendarFeed base={`/admin/customers/${customerId}/ical-feed`} canManage={isAdmin} readOnlyHint={t('products.feedAdminOnly')} />
        </Stack>
      )}
    </>
  );
}
