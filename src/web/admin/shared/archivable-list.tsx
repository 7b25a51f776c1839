import { Group, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { untypedApi } from '../../api/client';
import type { Page } from '../../api/types';
import { useLoad } from '../../api/use-api';
import { SearchIcon } from '../../components/icons';

/**
 * The state of an admin list that can be searched and switched between live
 * and archived rows, paged by `limit`: the search is debounced, and changing
 * a filter goes back to the first page.
 */
export function useArchivableList<T>(path: string, limit: number) {
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [archived, setArchived] = useState('active');
  const [offset, setOffset] = useState(0);
  const list = useLoad([path, debouncedQ, archived, offset], (signal) => untypedApi.get<Page<T>>(path, { q: debouncedQ, archived: archived === 'archived', limit, offset, sort: 'name' }, signal));
  return {
    q,
    archived,
    offset,
    setOffset,
    list,
    onSearch: (v: string) => {
      setQ(v);
      setOffset(0);
    },
    onArchived: (v: string) => {
      setArchived(v);
      setOffset(0);
    },
  };
}

/** The search box and the live/archived switch above such a list. */
export function ArchivableListFilters(props: { q: string; archived: string; placeholder: string; onSearch(v: string): void; onArchived(v: string): void }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <TextInput
        aria-label={t('common.search')}
        placeholder={props.placeholder}
        leftSection={<SearchIcon size={16} />}
        value={props.q}
        onChange={(e) => props.onSearch(e.currentTarget.value)}
        style={{ flex: '1 1 220px' }}
      />
      <SegmentedControl
        value={props.archived}
        onChange={props.onArchived}
        data={[
          { value: 'active', label: t('common.active') },
          { value: 'archived', label: t('common.archived') },
        ]}
      />
    </Group>
  );
}
