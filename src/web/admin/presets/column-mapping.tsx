import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PresetSummary } from '../../api/catalogue-types';

type Mapping = NonNullable<PresetSummary['columnMapping']>;

/** Seed 003's unlabelled columns and the plan each was assigned to: the UI must show the mapping (RULES presets). */
export function ColumnMapping({ mapping, planNames }: { mapping: Mapping; planNames: Record<string, string> }) {
  const { t } = useTranslation();
  const table = (label: string, part: Mapping['response']) => (
    <div className="cd-table-scroll">
      <Table withTableBorder withColumnBorders miw={420} mt="xs" captionSide="top">
        <Table.Caption>{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('presets.mapping.column')}</Table.Th>
            <Table.Th>{t('presets.mapping.plan')}</Table.Th>
            {mapping.severities.map((s) => (
              <Table.Th key={s}>{s}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {part.columns.map((col, i) => {
            const code = part.plans[i];
            return (
              <Table.Tr key={i}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{code ? (planNames[code] ?? code) : t('presets.mapping.unassigned')}</Table.Td>
                {col.map((cell, j) => (
                  <Table.Td key={j}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
  return (
    <div>
      <Text size="sm" fw={500}>
        {t('presets.mapping.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {mapping.note}
      </Text>
      {table(t('targets.response'), mapping.response)}
      {table(t('targets.resolution'), mapping.resolution)}
    </div>
  );
}
