import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Empty } from '../components/empty';
import { HomeIcon } from '../components/icons';
import { PageHeader } from '../components/page-header';
import { useSession } from '../session/session-context';

/** The support center's home. The contract panel is built on /api/v1/portal as it lands. */
export function SupportOverviewPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  return (
    <>
      <PageHeader title={t('portal.overview.title')} description={t('portal.overview.welcome', { name: actor?.name ?? '' })} />
      <Paper withBorder p="lg">
        <Empty icon={<HomeIcon size={28} />} title={t('portal.overview.pendingTitle')} description={t('portal.overview.pendingDescription')} />
      </Paper>
    </>
  );
}
