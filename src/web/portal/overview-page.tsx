import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContractSummary } from '../api/catalogue-types';
import { useApiQuery, type ApiState } from '../api/use-api';
import { Empty } from '../components/empty';
import { FileIcon } from '../components/icons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { roleLabelKey } from '../layouts/role-label';
import { useSession } from '../session/session-context';
import { ContractCard } from './contract-card';

/** The support center's home: my customer, and each contract with its plan terms in force (RULES §1, R-P2). */
export function SupportOverviewPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const customer = useApiQuery('/portal/customer');
  // The contract types calendar hours as string[][] (not [from, to] pairs): read as the view.
  const contracts = useApiQuery('/portal/contracts') as ApiState<{ items: ContractSummary[] }>;
  // The allowance meter is extra information: the contract panel shows without it if it fails.
  const allowance = useApiQuery('/portal/allowance');
  return (
    <>
      <PageHeader title={t('portal.overview.title')} description={t('portal.overview.welcome', { name: actor?.name ?? '' })} />
      <Stack>
        <LoadState state={customer}>
          {(c) => (
            <Paper withBorder p="lg">
              <Group justify="space-between" gap="xs">
                <Stack gap={2}>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {t('portal.overview.customer')}
                  </Text>
                  <Text fw={600} size="lg" data-testid="portal-customer">
                    {c.name}
                  </Text>
                </Stack>
                {actor && <Badge variant="light">{t(roleLabelKey(actor))}</Badge>}
              </Group>
              {actor?.kind === 'contact' && !actor.isAuthorized && (
                <Text size="sm" c="dimmed" mt="sm">
                  {t('portal.overview.notAuthorized')}
                </Text>
              )}
            </Paper>
          )}
        </LoadState>
        <LoadState state={contracts}>
          {({ items }) =>
            items.length === 0 ? (
              <Paper withBorder>
                <Empty icon={<FileIcon size={28} />} title={t('portal.overview.noContractTitle')} description={t('portal.overview.noContractDescription')} />
              </Paper>
            ) : (
              items.map((c) => <ContractCard key={c.id} contract={c} allowance={allowance.data?.contracts.find((a) => a.contractId === c.id)} />)
            )
          }
        </LoadState>
      </Stack>
    </>
  );
}
