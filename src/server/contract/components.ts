import type { TSchema } from '@sinclair/typebox';
import { ErrorSchema } from './error.js';

/** Every shared component schema, registered once by plugins/response-contract.ts. */
export const COMPONENTS: TSchema[] = [ErrorSchema];
