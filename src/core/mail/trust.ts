/**
 * Who may act by mail (issue 13). Threading headers (In-Reply-To, References)
 * and a subject tag `[#1003]` only FIND a ticket: anyone who was copied on a
 * mail, or reads a number, has them. ACTING needs proof. Pure.
 */

/** How a reply proved itself, or null when it did not. */
export type ReplyProof = 'reply_token' | 'authenticated_participant' | null;

/**
 * A reply is accepted onto a ticket (or opens its follow-up when closed) when it
 * carries the ticket's reply token (in the reply address or one of our
 * Message-IDs), or, when sender authentication is configured, its sender passed
 * it and is a contact of the ticket's customer. The caller has already checked
 * that the sender is such a contact: a token in an outsider's hands is not enough.
 */
export function replyProof(f: { token: boolean; authenticated: boolean }): ReplyProof {
  if (f.token) return 'reply_token';
  if (f.authenticated) return 'authenticated_participant';
  return null;
}

/**
 * A decision by mail (an estimate's approval, R-B4) needs all three: the reply
 * token of the very mail that asked for it, the customer's administrator as
 * sender, and a sender that passed authentication (MAIL_AUTHSERV_ID). Without
 * sender authentication configured, no decision is taken by mail.
 */
export function canDecideByMail(f: { askingToken: boolean; administrator: boolean; authenticated: boolean }): boolean {
  return f.askingToken && f.administrator && f.authenticated;
}

/** Limits on what one sender's mail may cause (issue 14 item 5), per rolling window. */
export interface SenderLimits {
  /** New tickets by mail per sender per hour. */
  ticketsPerHour: number;
  /** New tickets by mail per sender within LOOP_WINDOW_MINUTES before it looks like a loop. */
  loopBurst: number;
  /** Acknowledgements per address per hour; beyond, the ticket opens without one. */
  acksPerHour: number;
}

export const LOOP_WINDOW_MINUTES = 5;

export type SenderStop = 'MAIL_LOOP_SUSPECTED' | 'SENDER_TICKET_BUDGET' | null;

/**
 * Whether a new request by mail may open a ticket, given the tickets this
 * sender opened by mail in the last LOOP_WINDOW_MINUTES and the last hour.
 * A burst (an auto-responder answering every acknowledgement with a new
 * subject) is a suspected loop; a steady flood beyond the hourly budget is
 * stopped too. What is stopped is kept for staff, never answered.
 */
export function senderStop(recent: { lastWindow: number; lastHour: number }, limits: SenderLimits): SenderStop {
  if (recent.lastWindow >= limits.loopBurst) return 'MAIL_LOOP_SUSPECTED';
  if (recent.lastHour >= limits.ticketsPerHour) return 'SENDER_TICKET_BUDGET';
  return null;
}
