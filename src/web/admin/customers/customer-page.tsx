import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, view } from '../../api/client';
import type { ContractView, CustomerView, PlanDetail } from '../../api/catalogue-types';
import type { Page } from '../../api/types';
import { useApiQuery, useLoad } from '../../api/use-api';
import { Empty } from '../../components/empty';
import { FileIcon, PlusIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { ContactsPanel } from '../../contacts/contacts-panel';
import { CustomerProductsPanel } from '../../products/customer-products-panel';
import { NATIVE_NAME } from '../../i18n/i18n';
import { ContractModal } from '../contracts/contract-modal';
import { ContractsTable } from '../contracts/contracts-table';
import { useCanEditCatalogue } from '../shared/can-edit';
import { usePlans } from '../shared/lookups';
import { CustomerModal } from './customer-modal';

/** R-C2: the cap of the customer's live contracts (the largest; null when any plan has none). */
function useContactCap(contracts: ContractView[] | undefined): number | null | undefined {
  const today = new Date().toISOString().slice(0, 10);
  const live = (contracts ?? []).filter((c) => !c.archivedAt && c.startDate <= today && (c.endDate === null || c.endDate >= today));
  const planIds = [...new Set(live.map((c) => c.planId))].join(',');
  const caps = useLoad(['customer-plan-caps', planIds], (signal) => Promise.all(planIds ? planIds.split(',').map((id) => api.get('/admin/plans/{id}', { params: { path: { id } }, signal }, view<PlanDetail>())) : []));
  if (!caps.data || caps.data.length === 0) return undefined;
  const values = caps.data.map((p) => p.current?.terms.maxAuthorizedContacts ?? null);
  return values.includes(null) ? null : Math.max(...(values as number[]));
}

/** One customer: its facts, contracts and contacts. */
export function CustomerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const canEdit = useCanEditCatalogue();
  const customer = useApiQuery('/admin/customers/{id}', { params: { path: { id } } }, view<CustomerView>());
  const contracts = useApiQuery('/admin/contracts', { params: { query: { customerId: id, limit: 200 } } }, view<Page<ContractView>>());
  const plans = usePlans();
  const cap = useContactCap(contracts.data?.items);
  const [editing, setEditing] = useState(false);
  const [addingContract, setAddingContract] = useState<ContractView | null | 'new'>(null);
  return (
    <LoadState state={customer}>
      {(c) => (
        <>
          <Anchor component={Link} to="/admin/customers" size="sm">
            {t('customers.back')}
          </Anchor>
          <PageHeader
            title={c.name}
            description={t('customers.headline', { code: c.code, language: NATIVE_NAME[c.locale], zone: c.timeZone, currency: c.currency })}
            actions={
              canEdit && (
                <Button variant="default" onClick={() => setEditing(true)}>
                  {t('common.edit')}
                </Button>
              )
            }
          />
          <Stack>
            {c.archivedAt && <Badge color="gray">{t('common.archivedBadge')}</Badge>}
            {c.notes && (
              <Paper withBorder p="md" bg="var(--mantine-color-yellow-light)">
                <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                  {t('customers.notes')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.notes}
                </Text>
              </Paper>
            )}
            <Paper withBorder p="lg">
              <Group justify="space-between" mb="sm">
                <Title order={2} fz="h4">
                  {t('contracts.title')}
                </Title>
                {canEdit && (
                  <Button size="sm" leftSection={<PlusIcon size={16} />} onClick={() => setAddingContract('new')}>
                    {t('contracts.new')}
                  </Button>
                )}
              </Group>
              <LoadState state={contracts}>
                {(page) =>
                  page.items.length === 0 ? (
                    <Empty icon={<FileIcon size={24} />} title={t('contracts.emptyTitle')} description={t('customers.noContract')} />
                  ) : (
                    <ContractsTable items={page.items} customers={[c]} plans={plans.data?.items ?? []} showCustomer={false} onEdit={canEdit ? setAddingContract : undefined} />
                  )
                }
              </LoadState>
            </Paper>
            <ContactsPanel basePath={`/admin/customers/${c.id}/contacts`} canManage={canEdit} staff cap={cap} />
            <CustomerProductsPanel customerId={c.id} canEdit={canEdit} />
          </Stack>
          <CustomerModal
            opened={editing}
            customer={c}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              customer.reload();
            }}
          />
          <ContractModal
            opened={addingContract !== null}
            contract={addingContract === 'new' ? null : addingContract}
            customers={[c]}
            customerId={c.id}
            plans={plans.data?.items ?? []}
            onClose={() => setAddingContract(null)}
            onSaved={() => {
              setAddingContract(null);
              contracts.reload();
            }}
          />
        </>
      )}
    </LoadState>
  );
}
