import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { view } from '../api/client';
import type { Page } from '../api/types';
import { useApiQuery } from '../api/use-api';
import { Empty } from '../components/empty';
import { BuildingIcon } from '../components/icons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { useFormat } from '../i18n/format';
import { ListTable } from '../admin/shared/list-table';
import type { InstalledVersionView, MajorLine, ProductView } from '../maintenance/types';
import { UpgradeRightText } from './upgrade-right-text';

type ProductDetail = ProductView & { modules: ProductView[]; lifecycle: { latestVersion: string | null; majors: MajorLine[] } };
type Installation = Omit<InstalledVersionView, 'product'> & { customer: { id: string; code: string; name: string } };

/** R-V5/R-V6: a product's major lines with their end of life, and who runs which version with the right to the latest. */
export function ProductPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const product = useApiQuery('/admin/products/{id}', { params: { path: { id } } }, view<ProductDetail>());
  const installs = useApiQuery('/admin/products/{id}/installations', { params: { path: { id }, query: { limit: 200 } } }, view<Page<Installation>>());
  return (
    <LoadState state={product}>
      {(p) => (
        <>
          <PageHeader title={p.name} description={t('products.latest', { version: p.lifecycle.latestVersion ?? '—' })} />
          <Stack gap="md">
            <Paper withBorder p="md">
              <Title order={2} fz="h4" mb="xs">
                {t('products.majors')}
              </Title>
              {p.lifecycle.majors.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('products.noMajors')}
                </Text>
              ) : (
                <ListTable head={[t('products.majorLine'), t('products.firstReleased'), t('updates.installed.endOfLife'), t('products.latestInLine')]}>
                  {p.lifecycle.majors.map((m) => (
                    <Table.Tr key={m.majorLine}>
                      <Table.Td>{m.majorLine}</Table.Td>
                      <Table.Td>{fmt.date(m.firstReleasedOn)}</Table.Td>
                      <Table.Td>{fmt.date(m.endOfLife)}</Table.Td>
                      <Table.Td>{m.latestVersion}</Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
              )}
            </Paper>
            <Paper withBorder>
              <Title order={2} fz="h4" p="md" pb={0}>
                {t('products.installations')}
              </Title>
              <LoadState state={installs}>
                {(page) =>
                  page.items.length === 0 ? (
                    <Empty icon={<BuildingIcon size={28} />} title={t('products.noInstallations')} />
                  ) : (
                    <ListTable head={[t('products.customer'), t('updates.installed.version'), t('updates.installed.endOfLife'), t('updates.installed.upgrade')]}>
                      {page.items.map((i) => (
                        <Table.Tr key={i.customer.id} data-testid="installation-row">
                          <Table.Td>
                            <Text size="sm" component={Link} to={`/admin/customers/${i.customer.id}`} c="blue">
                              {i.customer.name}
                            </Text>
                          </Table.Td>
                          <Table.Td>{i.version}</Table.Td>
                          <Table.Td>
                            {i.endOfLife ? fmt.date(i.endOfLife) : '—'}
                            {i.daysToEndOfLife !== null && i.daysToEndOfLife <= 180 && (
                              <Text size="xs" c={i.daysToEndOfLife < 0 ? 'red' : 'orange'}>
                                {i.daysToEndOfLife < 0 ? t('products.pastEndOfLife') : t('products.daysToEndOfLife', { n: i.daysToEndOfLife })}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{i.upgradeToLatest ? <UpgradeRightText right={i.upgradeToLatest} latest={i.latestVersion} /> : t('updates.installed.upToDate')}</Table.Td>
                        </Table.Tr>
                      ))}
                    </ListTable>
                  )
                }
              </LoadState>
            </Paper>
          </Stack>
        </>
      )}
    </LoadState>
  );
}
