import type { CreateContactInput } from '../contacts/create-contact.js';
import type { CreateContractInput } from '../contracts/create-contract.js';
import type { CreateCustomerInput } from '../customers/create-customer.js';

type Omitted<T> = Omit<T, 'actor' | 'customerId' | 'planId' | 'startDate'>;

/** Portal password of every demo contact (documented in the README; change or archive them in production). */
export const DEMO_CONTACT_PASSWORD = 'coverdesk-demo-portal';

export interface DemoCustomer {
  customer: Omitted<CreateCustomerInput>;
  /** Plan code from the presets. */
  planCode: string;
  /** The contract starts on 1 January of the clock's year (loadDemo sets startDate). */
  contract: Omitted<CreateContractInput>;
  contacts: Omitted<CreateContactInput>[];
}

/** Two demo customers: a Spanish one on Athento Company, a Greek one on Altanet Premium. */
export const DEMO_CUSTOMERS: DemoCustomer[] = [
  {
    customer: { code: 'ibericos', name: 'Documentos Ibéricos S.L.', locale: 'es', timeZone: 'Europe/Madrid', currency: 'EUR', notes: 'Demo customer (Athento Company).' },
    planCode: 'athento-es-company',
    contract: { reference: 'ATH-DEMO-001', priceBasis: 'fixed', yearlyPriceCents: 1_200_000, currency: 'EUR' },
    contacts: [
      { email: 'lucia.garcia@ibericos.example', name: 'Lucía García', locale: 'es', isAuthorized: true, isAdministrator: true, password: DEMO_CONTACT_PASSWORD },
      { email: 'pablo.martin@ibericos.example', name: 'Pablo Martín', locale: 'es', isAuthorized: true, password: DEMO_CONTACT_PASSWORD },
      { email: 'elena.ruiz@ibericos.example', name: 'Elena Ruiz', locale: 'es', isAuthorized: true, password: DEMO_CONTACT_PASSWORD },
      { email: 'compras@ibericos.example', name: 'Departamento de compras', locale: 'es', isAuthorized: false },
    ],
  },
  {
    customer: { code: 'kykladika', name: 'Κυκλαδικά Μουσεία Α.Ε.', locale: 'el', timeZone: 'Europe/Athens', currency: 'EUR', notes: 'Demo customer (Altanet Premium).' },
    planCode: 'altanet-premium',
    // R-P6: 15 % of a 40 000 € development cost = 6 000 € a year.
    contract: { reference: 'ALT-DEMO-001', priceBasis: 'development', basisAmountCents: 4_000_000, percentBp: 1500, currency: 'EUR' },
    contacts: [
      { email: 'maria.papadopoulou@kykladika.example', name: 'Μαρία Παπαδοπούλου', locale: 'el', isAuthorized: true, isAdministrator: true, password: DEMO_CONTACT_PASSWORD },
      { email: 'nikos.georgiou@kykladika.example', name: 'Νίκος Γεωργίου', locale: 'el', isAuthorized: true, password: DEMO_CONTACT_PASSWORD },
    ],
  },
];
