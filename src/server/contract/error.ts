import { Type } from '@sinclair/typebox';
import { ERROR_CATALOGUE, type ErrorCode } from '../../core/errors.js';

/**
 * The one error body (DESIGN: `{ error: { code, message, details } }`), the `Error` component.
 * Every route answers its 4xx and 5xx with it (plugins/response-contract.ts adds them), so a
 * client generated from the contract knows every code the server can send.
 */
export const ErrorSchema = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.Unsafe<ErrorCode>({ type: 'string', enum: Object.keys(ERROR_CATALOGUE) }),
        message: Type.String({ description: 'For people; programs read the code.' }),
        details: Type.Unknown({ description: 'Per code: field problems for VALIDATION_FAILED, allowed statuses for TRANSITION_NOT_ALLOWED, … or null.' }),
      },
      { additionalProperties: false },
    ),
  },
  { $id: 'Error', additionalProperties: false },
);
