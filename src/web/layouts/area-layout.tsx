import { useTranslation } from 'react-i18next';
import type { PersonActor } from '../api/types';
import {
  AlertIcon,
  BuildingIcon,
  CalendarIcon,
  ClockIcon,
  FileIcon,
  HomeIcon,
  ImportIcon,
  InboxIcon,
  LayersIcon,
  PhoneIcon,
  ShieldIcon,
  UsersIcon,
} from '../components/icons';
import { useSession } from '../session/session-context';
import { Shell, type NavSection } from './shell';

const ICON = 18;

function staffSections(actor: Extract<PersonActor, { kind: 'user' }>, t: (k: string) => string): NavSection[] {
  const sections: NavSection[] = [
    {
      items: [
        { to: '/console/queue', label: t('nav.queue'), icon: <InboxIcon size={ICON} /> },
        { to: '/console/phone', label: t('nav.phoneTicket'), icon: <PhoneIcon size={ICON} /> },
        { to: '/console/requests', label: t('nav.requests'), icon: <AlertIcon size={ICON} /> },
      ],
    },
  ];
  const manager = actor.role === 'admin' || actor.role === 'manager';
  // Agents read customers, contracts and the catalogue (to answer tickets); managers also edit them.
  sections.push({
    label: t('nav.customersSection'),
    items: [
      { to: '/admin/customers', label: t('nav.customers'), icon: <BuildingIcon size={ICON} /> },
      { to: '/admin/contracts', label: t('nav.contracts'), icon: <FileIcon size={ICON} /> },
    ],
  });
  sections.push({
    label: t('nav.catalogue'),
    items: [
      { to: '/admin/plans', label: t('nav.plans'), icon: <LayersIcon size={ICON} /> },
      { to: '/admin/severities', label: t('nav.severities'), icon: <ShieldIcon size={ICON} /> },
      { to: '/admin/calendars', label: t('nav.calendars'), icon: <CalendarIcon size={ICON} /> },
      ...(manager ? [{ to: '/admin/presets', label: t('nav.presets'), icon: <ImportIcon size={ICON} /> }] : []),
    ],
  });
  sections.push({
    label: t('nav.productsSection'),
    items: [
      { to: '/admin/products', label: t('nav.products'), icon: <LayersIcon size={ICON} /> },
      { to: '/admin/releases', label: t('nav.releases'), icon: <LayersIcon size={ICON} /> },
      { to: '/admin/maintenance', label: t('nav.maintenance'), icon: <ClockIcon size={ICON} /> },
      { to: '/admin/announcements', label: t('nav.announcements'), icon: <FileIcon size={ICON} /> },
    ],
  });
  if (manager) {
    sections.push({ label: t('nav.administration'), items: [{ to: '/admin/users', label: t('nav.users'), icon: <UsersIcon size={ICON} /> }, { to: '/admin/mail', label: t('nav.mail'), icon: <InboxIcon size={ICON} /> }, { to: '/admin/quarantine', label: t('nav.quarantine'), icon: <AlertIcon size={ICON} /> }] });
  }
  if (manager) {
    sections.push({
      label: t('nav.billing'),
      items: [
        { to: '/admin/invoices', label: t('nav.invoices'), icon: <FileIcon size={ICON} /> },
        { to: '/admin/tariffs', label: t('nav.tariffs'), icon: <LayersIcon size={ICON} /> },
        { to: '/admin/renewals', label: t('nav.renewals'), icon: <CalendarIcon size={ICON} /> },
      ],
    });
  }
  return sections;
}

function contactSections(actor: Extract<PersonActor, { kind: 'contact' }>, t: (k: string) => string): NavSection[] {
  return [
    {
      items: [
        { to: '/support/overview', label: t('nav.supportOverview'), icon: <HomeIcon size={ICON} /> },
        { to: '/support/tickets', label: t('nav.supportTickets'), icon: <InboxIcon size={ICON} /> },
        // Requests held for the allowance wait for the customer's administrator (R-P5).
        ...(actor.isAdministrator ? [{ to: '/support/held', label: t('nav.supportHeld'), icon: <AlertIcon size={ICON} /> }] : []),
        { to: '/support/contacts', label: t('nav.supportContacts'), icon: <UsersIcon size={ICON} /> },
        { to: '/support/updates', label: t('nav.supportUpdates'), icon: <CalendarIcon size={ICON} /> },
        // Invoices are the customer's administrator's (R-B8); other contacts see nothing.
        ...(actor.isAdministrator ? [{ to: '/support/invoices', label: t('nav.supportInvoices'), icon: <FileIcon size={ICON} /> }] : []),
      ],
    },
  ];
}

/** Staff get the console; customer contacts get the support center. Both share the account pages. */
export function AreaLayout() {
  const { t } = useTranslation();
  const { actor } = useSession();
  if (!actor) return null;
  if (actor.kind === 'user') return <Shell area={t('nav.consoleArea')} sections={staffSections(actor, t)} />;
  return <Shell area={t('nav.supportArea')} sections={contactSections(actor, t)} />;
}
