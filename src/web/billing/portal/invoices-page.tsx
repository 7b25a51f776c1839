import { Anchor, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api';
import { Empty } from '../../components/empty';
import { LoadState } from '../../components/load-state';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';

/** The customer's administrator's invoices and credit notes, with PDF and CSV downloads (R-B8). */
export function SupportInvoicesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useApiQuery('/portal/invoices', { params: { query: { limit: 200 } } });
  return (
    <>
      <PageHeader title={t('billing.invoices.title')} description={t('billing.invoices.portalHint')} />
      <LoadState state={list}>
        {(p) =>
          p.items.length === 0 ? (
            <Empty title={t('billing.invoices.none')} />
          ) : (
            <Paper withBorder>
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('billing.invoices.number')}</Table.Th>
                      <Table.Th>{t('billing.invoices.issueDate')}</Table.Th>
                      <Table.Th>{t('billing.invoices.period')}</Table.Th>
                      <Table.Th ta="right">{t('billing.invoices.total')}</Table.Th>
                      <Table.Th>{t('billing.invoices.downloads')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.items.map((i) => (
                      <Table.Tr key={i.id} data-testid="invoice-row">
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <Text fw={600} size="sm">
                              {i.displayNumber}
                            </Text>
                            {i.kind === 'credit_note' && (
                              <Badge size="xs" color="grape" variant="light" tt="none">
                                {t('billing.invoices.creditNote')}
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>{f.date(i.issueDate)}</Table.Td>
                        <Table.Td>{t('billing.invoices.periodValue', { from: f.date(i.periodStart), to: f.date(i.periodEnd) })}</Table.Td>
                        <Table.Td ta="right" data-testid="invoice-total">
                          {i.totalFormatted}
                        </Table.Td>
                        <Table.Td>
                          <Group gap="sm" wrap="nowrap">
                            <Anchor href={`/api/v1/portal/invoices/${i.id}/pdf`} download size="sm" data-testid="invoice-pdf">
                              {t('billing.invoices.pdf')}
                            </Anchor>
                            <Anchor href={`/api/v1/portal/invoices/${i.id}/csv`} download size="sm">
                              {t('billing.invoices.csv')}
                            </Anchor>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )
        }
      </LoadState>
    </>
  );
}
