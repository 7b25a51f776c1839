import { Anchor, Button, Group, NumberInput, Paper, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, view } from '../../api/client';
import type { ContractView, CustomerView } from '../../api/catalogue-types';
import type { Page } from '../../api/types';
import { useAction, useApiQuery } from '../../api/use-api';
import { ErrorAlert } from '../../components/error-alert';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { money } from '../money';
import type { ChargeView } from '../types';

/** Managers: contracts that renew on 1 January of a year (R-P10), and producing their fees (idempotent). */
export function RenewalsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [year, setYear] = useState<number | string>(new Date().getFullYear() + 1);
  const y = Number(year);
  const contracts = useApiQuery('/admin/contracts', { params: { query: { limit: 200 } } }, view<Page<ContractView>>());
  const customers = useApiQuery('/admin/customers', { params: { query: { limit: 200 } } }, view<Page<CustomerView>>());
  const [result, setResult] = useState<{ year: number; created: ChargeView[]; skipped: { contractId: string; reason: string }[] } | null>(null);
  const produce = useAction(async () => setResult(await api.post('/admin/billing/renewals', { body: { year: y } })));
  const byId = useMemo(() => new Map((customers.data?.items ?? []).map((c) => [c.id, c])), [customers.data]);
  // Due: live contracts started by 1 January that do not end before 31 December of the year.
  const due = (contracts.data?.items ?? []).filter((c) => !c.archivedAt && c.startDate <= `${y}-01-01` && (c.endDate === null || c.endDate >= `${y}-12-31`));
  return (
    <>
      <PageHeader title={t('billing.renewals.title')} description={t('billing.renewals.hint')} />
      <Stack>
        <Group gap="xs" align="flex-end">
          <NumberInput label={t('billing.inflation.year')} min={2000} max={2200} allowDecimal={false} value={year} onChange={setYear} w={120} />
          <Button onClick={() => void produce.run()} loading={produce.pending} disabled={!y}>
            {t('billing.renewals.produce', { year: y })}
          </Button>
        </Group>
        <ErrorAlert error={produce.error} />
        {result && (
          <Text size="sm" data-testid="renewals-result">
            {t('billing.renewals.result', { created: result.created.length, skipped: result.skipped.length })}
          </Text>
        )}
        <LoadState state={contracts}>
          {() => (
            <Paper withBorder>
              {due.length === 0 ? (
                <Text size="sm" c="dimmed" p="md">
                  {t('billing.renewals.none')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={360}>
                  <Table verticalSpacing="xs">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('billing.invoices.customer')}</Table.Th>
                        <Table.Th>{t('billing.renewals.contract')}</Table.Th>
                        <Table.Th ta="right">{t('billing.renewals.yearlyPrice')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {due.map((c) => {
                        const cust = byId.get(c.customerId);
                        return (
                          <Table.Tr key={c.id} data-testid="renewal-row">
                            <Table.Td>{cust?.name ?? '…'}</Table.Td>
                            <Table.Td>
                              <Anchor component={Link} to={`/admin/contracts/${c.id}/billing`} size="sm">
                                {c.reference || t('billing.renewals.since', { date: f.date(c.startDate) })}
                              </Anchor>
                            </Table.Td>
                            <Table.Td ta="right">{c.yearlyPriceCents === null ? t('billing.renewals.noPrice') : money(c.yearlyPriceCents, c.currency, cust?.locale ?? 'en')}</Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Paper>
          )}
        </LoadState>
      </Stack>
    </>
  );
}
