import type { BlobStore } from '../../storage/blob-store.js';
import type { Db } from '../../storage/db.js';
import type { InboundStatus } from '../../storage/schema/index.js';
import type { MailSettings } from './mail-deps.js';
import type { ParsedInbound } from './parse-inbound.js';

/** What happened to one inbound message (stored on its inbound_messages row). */
export interface InboundOutcome {
  status: InboundStatus;
  reason?: string | null;
  ticketId?: string | null;
  ticketMessageId?: string | null;
  unentitledRequestId?: string | null;
  details?: Record<string, unknown>;
  /**
   * Counts for de-duplication by Message-ID (issue 13 item 3): only a message
   * that was ACCEPTED (a ticket, a reply, or a proven sender's request refused
   * by the contract) keeps its key; anything else leaves it to a later copy.
   */
  accepted?: boolean;
}

/** Everything an email action needs, inside the ingest's one transaction. */
export interface EmailContext {
  tx: Db;
  now: Date;
  blobs: BlobStore;
  maxBytes: number;
  settings: Pick<MailSettings, 'defaultSeverity' | 'refusalIntervalMinutes' | 'refusalsPerHour' | 'senderLimits'>;
  parsed: ParsedInbound;
  inboundId: string;
  /** The sender passed authentication by the trusted MTA (MAIL_AUTHSERV_ID); false when none is configured. */
  authenticated: boolean;
  /** PUBLIC_URL, for the ticket link in the acknowledgement (issue 13 item 7); absent in tests that do not need it. */
  publicUrl?: string;
}
