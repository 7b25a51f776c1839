import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ContractView, CustomerView, PlanView } from '../../api/catalogue-types';
import { useFormat } from '../../i18n/format';
import { ListTable, SecondaryTd } from '../shared/list-table';
import { formatMoney } from '../shared/money';

/** Contracts with their customer, plan, period and yearly price. */
export function ContractsTable({
  items,
  customers,
  plans,
  onEdit,
  showCustomer = true,
}: {
  items: ContractView[];
  customers: CustomerView[];
  plans: PlanView[];
  onEdit?(c: ContractView): void;
  showCustomer?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const today = new Date().toISOString().slice(0, 10);
  // Billing terms and pricing are for those who may edit contracts (managers).
  const canBill = onEdit !== undefined;
  const head = [...(showCustomer ? [t('contracts.customer')] : []), t('contracts.plan'), t('contracts.period'), { label: t('contracts.yearlyPrice'), secondary: true as const }, ''];
  return (
    <ListTable head={head}>
      {items.map((c) => {
        const customer = customers.find((x) => x.id === c.customerId);
        const plan = plans.find((x) => x.id === c.planId);
        const ended = c.endDate !== null && c.endDate < today;
        const future = c.startDate > today;
        return (
          <Table.Tr key={c.id} data-testid="contract-row">
            {showCustomer && (
              <Table.Td>
                <Anchor component={Link} to={`/admin/customers/${c.customerId}`} size="sm" fw={500}>
                  {customer?.name ?? c.customerId}
                </Anchor>
              </Table.Td>
            )}
            <Table.Td>
              {plan ? (
                <Anchor component={Link} to={`/admin/plans/${plan.id}`} size="sm">
                  {plan.name}
                </Anchor>
              ) : (
                c.planId
              )}
              {c.reference && (
                <Text size="xs" c="dimmed">
                  {c.reference}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{c.endDate ? t('contracts.fromTo', { from: f.date(c.startDate), to: f.date(c.endDate) }) : t('contracts.fromOpen', { from: f.date(c.startDate) })}</Text>
              {c.goLiveDate && (
                <Text size="xs" c="dimmed">
                  {t('contracts.goLiveOn', { date: f.date(c.goLiveDate) })}
                </Text>
              )}
            </Table.Td>
            <SecondaryTd>{c.yearlyPriceCents === null ? '—' : formatMoney(f.locale, c.yearlyPriceCents, c.currency)}</SecondaryTd>
            <Table.Td ta="right">
              {c.archivedAt ? (
                <Badge color="gray">{t('common.archivedBadge')}</Badge>
              ) : ended ? (
                <Badge color="gray" variant="light">{t('contracts.ended')}</Badge>
              ) : future ? (
                <Badge color="blue" variant="light">{t('contracts.upcoming')}</Badge>
              ) : (
                <Badge color="teal" variant="light">{t('contracts.active')}</Badge>
              )}
              {canBill && !c.archivedAt && (
                <Anchor component={Link} to={`/admin/contracts/${c.id}/billing`} size="xs" ml="xs" data-testid="contract-billing-link">
                  {t('billing.contract.link')}
                </Anchor>
              )}
              {onEdit && !c.archivedAt && (
                <Button size="xs" variant="subtle" ml="xs" onClick={() => onEdit(c)}>
                  {t('common.edit')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </ListTable>
  );
}
