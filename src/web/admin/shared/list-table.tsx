import { Table, type TableTdProps } from '@mantine/core';
import type { ReactNode } from 'react';

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
