import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, view } from '../../api/client';
import type { PlanDetail, PlanView, SeverityView } from '../../api/catalogue-types';
import { useLoad } from '../../api/use-api';
import { LoadState } from '../../components/load-state';
import { useFormat } from '../../i18n/format';
import { useLocalized } from '../shared/lookups';
import { targetText } from '../shared/targets';

/** The catalogue's SLA matrix, plan × severity: response over resolution, from each plan's version in force. */
export function PlanMatrix({ plans, severities }: { plans: PlanView[]; severities: SeverityView[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalized();
  const ids = plans.map((p) => p.id).join(',');
  const details = useLoad(['plan-matrix', ids], (signal) => Promise.all(plans.map((p) => api.get('/admin/plans/{id}', { params: { path: { id: p.id } }, signal }, view<PlanDetail>()))));
  return (
    <LoadState state={details}>
      {(list) => {
        const used = new Set(list.flatMap((p) => Object.keys(p.current?.terms.targets ?? {})));
        const cols = [...severities.filter((s) => used.has(s.code)).map((s) => ({ code: s.code, label: localized(s.names) })), ...(used.has('*') ? [{ code: '*', label: t('plans.grid.everySeverity') }] : [])];
        return (
          <div className="cd-table-scroll">
            <Table withTableBorder withColumnBorders miw={Math.max(420, 140 + cols.length * 130)} data-testid="plan-matrix">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plans.matrix.plan')}</Table.Th>
                  {cols.map((c) => (
                    <Table.Th key={c.code}>{c.label}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/admin/plans/${p.id}`} size="sm" fw={500}>
                        {p.name}
                      </Anchor>
                    </Table.Th>
                    {cols.map((c) => {
                      const st = p.current?.terms.targets[c.code];
                      return (
                        <Table.Td key={c.code}>
                          <Text size="sm">{targetText(t, f, st?.response)}</Text>
                          <Text size="xs" c="dimmed">
                            {targetText(t, f, st?.resolution)}
                          </Text>
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        );
      }}
    </LoadState>
  );
}
