import type { StaffRole } from '../core/enums.js';
/** One vendor user in the staff directory (GET /api/v1/agent/staff). */
export interface StaffMemberView {
  id: string;
  name: string;
  role: StaffRole;
  /** Archived people still name their past replies and assignments; they cannot be assigned. */
  archived: boolean;
}
