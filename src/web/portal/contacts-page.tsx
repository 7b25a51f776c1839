import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Empty } from '../components/empty';
import { UsersIcon } from '../components/icons';
import { PageHeader } from '../components/page-header';

/** Authorized contacts of my customer (the administrator contact manages them). */
export function SupportContactsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('portal.contacts.title')} description={t('portal.contacts.description')} />
      <Paper withBorder p="lg">
        <Empty icon={<UsersIcon size={28} />} title={t('portal.overview.pendingTitle')} description={t('portal.overview.pendingDescription')} />
      </Paper>
    </>
  );
}
