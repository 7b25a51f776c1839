import { Type } from '@sinclair/typebox';
import { Obj } from '../schemas.js';
import { TICKET_CATEGORIES, TICKET_STATUSES } from '../../core/enums.js';
import { literalUnion } from '../../core/literal-union.js';

/** Shared ticket route schemas. Bodies are text (kept as sanitized HTML and plain text). */
export const Subject = Type.String({ minLength: 1, maxLength: 300 });
export const BodyText = Type.String({ minLength: 1, maxLength: 100_000 });
export const SeverityCode = Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 64 });
export const Status = literalUnion(TICKET_STATUSES);
export const Category = literalUnion(TICKET_CATEGORIES);
export const TicketParams = Obj({ id: Type.String({ format: 'uuid' }) });
export const AttachmentParams = Obj({ id: Type.String({ format: 'uuid' }), attachmentId: Type.String({ format: 'uuid' }) });
