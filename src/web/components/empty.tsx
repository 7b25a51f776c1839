import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

/** An honest empty state: what is missing and, when there is one, the next step. */
export function Empty({ icon, title, description, action }: { icon?: ReactNode; title: string; description?: ReactNode; action?: ReactNode }) {
  return (
    <EmptyState py="xl" icon={icon} withIndicatorBackground title={title} description={description}>
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
