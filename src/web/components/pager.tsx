import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';

const CONTROL_LABEL = {
  first: 'common.pager.first',
  previous: 'common.pager.previous',
  next: 'common.pager.next',
  last: 'common.pager.last',
} as const;

/** Page navigation for a { total, limit, offset } list; hidden when everything fits. */
export function Pager({ total, limit, offset, onOffset }: { total: number; limit: number; offset: number; onOffset(offset: number): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed">
        {t('common.range', { from: f.number(from), to: f.number(to), total: f.number(total) })}
      </Text>
      {pages > 1 && (
        <Pagination
          size="sm"
          total={pages}
          value={page}
          onChange={(p) => onOffset((p - 1) * limit)}
          getControlProps={(control) => ({ 'aria-label': t(CONTROL_LABEL[control]) })}
        />
      )}
    </Group>
  );
}
