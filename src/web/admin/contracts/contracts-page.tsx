import { Button, Paper, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { view } from '../../api/client';
import type { ContractView, CustomerView } from '../../api/catalogue-types';
import type { Page } from '../../api/types';
import { useApiQuery } from '../../api/use-api';
import { Empty } from '../../components/empty';
import { FileIcon, PlusIcon } from '../../components/icons';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { planSelectData } from '../plans/plan-select-data';
import { useCanEditCatalogue } from '../shared/can-edit';
import { usePlans } from '../shared/lookups';
import { ContractModal } from './contract-modal';
import { ContractsTable } from './contracts-table';

const LIMIT = 50;

/** R-P3: every contract, filterable by customer and plan. */
export function ContractsPage() {
  const { t } = useTranslation();
  const canEdit = useCanEditCatalogue();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [planId, setPlanId] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<ContractView | null | 'new'>(null);
  const customers = useApiQuery('/admin/customers', { params: { query: { limit: 200, sort: 'name' } } }, view<Page<CustomerView>>());
  const plans = usePlans();
  const list = useApiQuery('/admin/contracts', { params: { query: { customerId, planId, limit: LIMIT, offset } } }, view<Page<ContractView>>());
  const customerItems = customers.data?.items ?? [];
  const planItems = plans.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('contracts.title')}
        description={t('contracts.description')}
        actions={
          canEdit && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setEditing('new')}>
              {t('contracts.new')}
            </Button>
          )
        }
      />
      <Stack>
        <Stack gap="sm" style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
          <Select
            aria-label={t('contracts.customer')}
            placeholder={t('contracts.allCustomers')}
            clearable
            searchable
            w={{ base: '100%', xs: 260 }}
            data={customerItems.map((c) => ({ value: c.id, label: c.name }))}
            value={customerId}
            onChange={(v) => {
              setCustomerId(v);
              setOffset(0);
            }}
          />
          <Select
            aria-label={t('contracts.plan')}
            placeholder={t('contracts.allPlans')}
            clearable
            searchable
            w={{ base: '100%', xs: 260 }}
            data={planSelectData(planItems)}
            value={planId}
            onChange={(v) => {
              setPlanId(v);
              setOffset(0);
            }}
          />
        </Stack>
        <Paper withBorder>
          <LoadState state={list}>
            {(page) =>
              page.items.length === 0 ? (
                <Empty icon={<FileIcon size={28} />} title={t('contracts.emptyTitle')} description={customerId || planId ? t('common.emptyFiltered') : t('contracts.emptyDescription')} />
              ) : (
                <ContractsTable items={page.items} customers={customerItems} plans={planItems} onEdit={canEdit ? setEditing : undefined} />
              )
            }
          </LoadState>
        </Paper>
        {list.data && <Pager total={list.data.total} limit={LIMIT} offset={offset} onOffset={setOffset} />}
      </Stack>
      <ContractModal
        opened={editing !== null}
        contract={editing === 'new' ? null : editing}
        customers={customerItems}
        plans={planItems}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          list.reload();
        }}
      />
    </>
  );
}
