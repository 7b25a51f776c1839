import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';

/**
 * Plan picker options: each plan by its own name; the catalogue it came from
 * is only the quiet group heading, never part of the name (issue 12 item 13:
 * "Standard · athento-es" read like a code). Plans of no catalogue come first.
 */
export function planSelectData(plans: ReadonlyArray<{ id: string; name: string; catalogue: string | null }>): Array<ComboboxItem | ComboboxItemGroup<ComboboxItem, string>> {
  const loose: ComboboxItem[] = [];
  const groups = new Map<string, ComboboxItem[]>();
  for (const p of plans) {
    const item = { value: p.id, label: p.name };
    if (!p.catalogue) loose.push(item);
    else groups.set(p.catalogue, [...(groups.get(p.catalogue) ?? []), item]);
  }
  return [...loose, ...[...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([group, items]) => ({ group, items }))];
}
