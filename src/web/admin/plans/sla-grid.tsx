import { Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SeverityView } from '../../api/catalogue-types';
import type { PlanTerms } from '../../api/types';
import { useFormat } from '../../i18n/format';
import { useLocalized } from '../shared/lookups';
import { TARGET_KIND_KEYS, TARGET_KINDS, targetText, type TargetKind } from '../shared/targets';

/** Cell texts while editing: severity code → kind → notation ("4 h", "> 5 d", …). */
export type GridDraft = Record<string, Partial<Record<TargetKind, string>>>;

/**
 * Rows, most severe first: when editing, every active severity plus any code
 * the targets use ('*' = every severity); when reading, only the codes the
 * version sets.
 */
export function gridRows(severities: SeverityView[], targets: PlanTerms['targets'] | GridDraft, editing: boolean): string[] {
  const ranked = [...severities].sort((a, b) => a.rank - b.rank);
  const codes = ranked.filter((s) => (editing ? !s.archivedAt : s.code in targets)).map((s) => s.code);
  return [...codes, ...Object.keys(targets).filter((c) => !codes.includes(c))];
}

/**
 * The SLA matrix of one plan version, severity × (response, resolution,
 * minimum resolution). Read-only, or editable with one notation cell each.
 */
export function SlaGrid({
  severities,
  targets,
  draft,
  problems = {},
  onDraft,
}: {
  severities: SeverityView[];
  targets: PlanTerms['targets'];
  draft?: GridDraft;
  problems?: Record<string, boolean>;
  onDraft?(d: GridDraft): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const localized = useLocalized();
  const rows = gridRows(severities, draft ?? targets, Boolean(draft));
  const name = (code: string) => (code === '*' ? t('plans.grid.everySeverity') : localized(severities.find((s) => s.code === code)?.names) || code);
  const kinds = TARGET_KINDS.filter((k) => k !== 'minimumResolution' || draft || Object.values(targets).some((x) => x.minimumResolution));
  return (
    <div className="cd-table-scroll">
      <Table withTableBorder withColumnBorders miw={draft ? 560 : undefined} data-testid="sla-grid">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('plans.grid.severity')}</Table.Th>
            {kinds.map((k) => (
              <Table.Th key={k}>{t(TARGET_KIND_KEYS[k])}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((code) => (
            <Table.Tr key={code}>
              <Table.Th scope="row" fw={500}>
                {name(code)}
              </Table.Th>
              {kinds.map((k) => (
                <Table.Td key={k} p={draft ? 4 : undefined}>
                  {draft && onDraft ? (
                    <TextInput
                      size="xs"
                      aria-label={`${name(code)} · ${t(TARGET_KIND_KEYS[k])}`}
                      value={draft[code]?.[k] ?? ''}
                      error={problems[`${code}.${k}`] ? t('plans.grid.unreadable') : undefined}
                      placeholder={t('targets.none')}
                      onChange={(e) => onDraft({ ...draft, [code]: { ...draft[code], [k]: e.currentTarget.value } })}
                    />
                  ) : (
                    <Text size="sm" c={targets[code]?.[k] ? undefined : 'dimmed'}>
                      {targetText(t, f, targets[code]?.[k])}
                    </Text>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
