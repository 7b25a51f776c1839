import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Empty } from '../components/empty';
import { InboxIcon } from '../components/icons';
import { PageHeader } from '../components/page-header';

/**
 * The agent queue. Tickets arrive with the tickets issue; until then this
 * screen says so plainly instead of showing invented rows.
 */
export function QueuePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('queue.title')} description={t('queue.description')} />
      <Paper withBorder p="lg">
        <Empty icon={<InboxIcon size={28} />} title={t('queue.emptyTitle')} description={t('queue.emptyDescription')} />
      </Paper>
    </>
  );
}
