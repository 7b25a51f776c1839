import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api';
import { PageHeader } from '../components/page-header';
import { ContactsPanel } from '../contacts/contacts-panel';
import { useSession } from '../session/session-context';

/** R-C2 / 002: my customer's contacts; the administrator contact manages them within the plan's cap. */
export function SupportContactsPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const isAdmin = actor?.kind === 'contact' && actor.isAdministrator;
  const contracts = useApiQuery('/portal/contracts');
  const caps = contracts.data?.items.map((c) => c.planVersion?.terms.maxAuthorizedContacts ?? null) ?? [];
  const cap = caps.length === 0 ? undefined : caps.includes(null) ? null : Math.max(...(caps as number[]));
  return (
    <>
      <PageHeader title={t('portal.contacts.title')} description={t('portal.contacts.description')} />
      <Stack>
        {!isAdmin && <Alert variant="light">{t('portal.contacts.readOnly')}</Alert>}
        <ContactsPanel basePath="/portal/contacts" canManage={isAdmin} staff={false} cap={cap} />
      </Stack>
    </>
  );
}
