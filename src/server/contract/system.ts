import { Type } from '@sinclair/typebox';
import { Obj } from '../schemas.js';

// Response schemas of src/server/routes/system (issue 15 item 7).

/** GET /healthz */
export const HealthzGet = Obj({ status: Type.Literal('ok') });

const Storage = Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]);

/** GET /readyz: 200 while the database answers */
export const ReadyzGet = Obj({ status: Type.Literal('ready'), storage: Storage });

/** GET /readyz: 503 while it does not */
export const ReadyzUnavailable = Obj({ status: Type.Literal('unavailable'), storage: Storage });
