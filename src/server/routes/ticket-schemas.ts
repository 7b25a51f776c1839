import { Type } from '@sinclair/typebox';
import { Obj } from '../schemas.js';

/** Shared ticket route schemas. Bodies are text (kept as sanitized HTML and plain text). */
export const Subject = Type.String({ minLength: 1, maxLength: 300 });
export const BodyText = Type.String({ minLength: 1, maxLength: 100_000 });
export const SeverityCode = Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 });
export const Status = Type.Union([
  Type.Literal('new'), Type.Literal('open'), Type.Literal('pending'), Type.Literal('on_hold'), Type.Literal('solved'), Type.Literal('closed'),
]);
export const Category = Type.Union([
  Type.Literal('bug'), Type.Literal('configuration_error'), Type.Literal('advice'),
  Type.Literal('configuration_request'), Type.Literal('feature_suggestion'), Type.Literal('change_request'),
]);
export const TicketParams = Obj({ id: Type.String({ format: 'uuid' }) });
export const AttachmentParams = Obj({ id: Type.String({ format: 'uuid' }), attachmentId: Type.String({ format: 'uuid' }) });
