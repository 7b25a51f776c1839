import type { Channel } from '../catalogue/plan-terms-schema.js';

/**
 * R-K1, R-C2, R-P3, R-P5 intake decision, pure. Each refusal has its own code
 * and a message the customer's contact understands; the request is kept by
 * the caller as an unentitled request whatever the outcome.
 */
export type IntakeRefusalCode =
  | 'NOT_AUTHORIZED_CONTACT'
  | 'CONTACT_BEYOND_CAP'
  | 'CHANNEL_NOT_IN_PLAN'
  | 'NO_ACTIVE_CONTRACT'
  | 'ALLOWANCE_EXHAUSTED';

export type IntakeDecision =
  | { accept: true; overage: boolean }
  | { accept: false; code: IntakeRefusalCode; message: string; holdForApproval: boolean };

export interface IntakeFacts {
  contactAuthorized: boolean;
  /** R-C2: the authorized contact is within the plan's cap in force (isWithinCap); default true. */
  withinCap?: boolean;
  channel: Channel;
  /** null when no contract is active on the registration date. */
  plan: { channels: readonly string[]; overageRule: 'bill' | 'hold'; name: string } | null;
  /** Tickets left this contract year; null = unlimited. Ignored when the ticket does not count. */
  left: number | null;
  /** False during go-live grace (R-P4): the ticket does not count. */
  counts: boolean;
}

const CHANNEL_NAMES: Record<Channel, string> = { email: 'email', portal: 'the support center', phone: 'phone', api: 'the API' };

export function decideIntake(f: IntakeFacts): IntakeDecision {
  if (!f.contactAuthorized) {
    return refuse('NOT_AUTHORIZED_CONTACT', 'Only authorized contacts of your organisation may report incidents. Please ask your administrator to authorize you, or to report it for you.');
  }
  if (!f.plan) {
    return refuse('NO_ACTIVE_CONTRACT', 'Your organisation has no support contract in force today. Please contact us to renew it.');
  }
  if (f.withinCap === false) {
    return refuse('CONTACT_BEYOND_CAP', "Your organisation's plan allows fewer authorized contacts than it has, and you are not among those who may report incidents now. Please ask your administrator to choose who stays authorized, or to report it for you.");
  }
  if (!f.plan.channels.includes(f.channel)) {
    const allowed = f.plan.channels.map((c) => CHANNEL_NAMES[c as Channel] ?? c).join(', ') || 'none';
    return refuse('CHANNEL_NOT_IN_PLAN', `Your ${f.plan.name} plan does not include support through ${CHANNEL_NAMES[f.channel]}. Channels in your plan: ${allowed}.`);
  }
  if (f.counts && f.left !== null && f.left <= 0) {
    if (f.plan.overageRule === 'bill') return { accept: true, overage: true };
    return {
      accept: false,
      code: 'ALLOWANCE_EXHAUSTED',
      message: 'Your organisation has used all the tickets included this contract year. Your administrator can approve this request as a billable extra, buy a ticket bundle or upgrade the plan.',
      holdForApproval: true,
    };
  }
  return { accept: true, overage: false };
}

function refuse(code: IntakeRefusalCode, message: string): IntakeDecision {
  return { accept: false, code, message, holdForApproval: false };
}
