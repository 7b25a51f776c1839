import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A horizontally scrollable table with a header row (phones scroll it instead of overflowing the page). */
export function ListTable({ head, children, minWidth = 560 }: { head: ReactNode[]; children: ReactNode; minWidth?: number }) {
  return (
    <div className="cd-table-scroll">
      <Table verticalSpacing="sm" highlightOnHover miw={minWidth}>
        <Table.Thead>
          <Table.Tr>
            {head.map((h, i) => (
              <Table.Th key={i}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </div>
  );
}
