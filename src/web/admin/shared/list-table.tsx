import { Table, type TableTdProps } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Page } from '../../api/types';
import type { ApiState } from '../../api/use-api';
import { LoadState } from '../../components/load-state';
import { Pager } from '../../components/pager';

/** A column header; `secondary` columns are hidden on phones (pair them with SecondaryTd). */
export type Head = ReactNode | { label: ReactNode; secondary: true };

const isSecondary = (h: Head): h is { label: ReactNode; secondary: true } => typeof h === 'object' && h !== null && 'secondary' in h;

/** A cell of a secondary column: shown from the sm breakpoint up. */
export function SecondaryTd(props: TableTdProps) {
  return <Table.Td visibleFrom="sm" {...props} />;
}

/** A table with a header row that scrolls sideways on narrow screens instead of overflowing the page. */
export function ListTable({ head, children, minWidth }: { head: Head[]; children: ReactNode; minWidth?: number }) {
  return (
    <div className="cd-table-scroll">
      <Table verticalSpacing="sm" highlightOnHover miw={minWidth}>
        <Table.Thead>
          <Table.Tr>
            {head.map((h, i) =>
              isSecondary(h) ? (
                <Table.Th key={i} visibleFrom="sm">
                  {h.label}
                </Table.Th>
              ) : (
                <Table.Th key={i}>{h}</Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </div>
  );
}

/**
 * One page of a list from the API: loading and errors, the empty state, the
 * table (one row per item) and the pager below it.
 */
export function PagedTable<T>({
  state,
  empty,
  head,
  limit,
  offset,
  onOffset,
  children,
}: {
  state: ApiState<Page<T>>;
  empty: ReactNode;
  head: Head[];
  limit: number;
  offset: number;
  onOffset(offset: number): void;
  /** The row of one item, with its key. */
  children: (item: T) => ReactNode;
}) {
  return (
    <LoadState state={state}>
      {(page) =>
        page.items.length === 0 ? (
          empty
        ) : (
          <>
            <ListTable head={head}>{page.items.map(children)}</ListTable>
            <Pager total={page.total} limit={limit} offset={offset} onOffset={onOffset} />
          </>
        )
      }
    </LoadState>
  );
}
