import type { TSchema } from '@sinclair/typebox';
import { ErrorSchema } from './error.js';
import { TICKET_COMPONENTS } from './tickets.js';
import { VIEW_COMPONENTS } from './views.js';

/** Every shared component schema, registered once by plugins/response-contract.ts. */
export const COMPONENTS: TSchema[] = [ErrorSchema, ...VIEW_COMPONENTS, ...TICKET_COMPONENTS];
