import { deliverOutbox, type DeliverOutboxDeps } from '../usecases/mail/deliver-outbox.js';
import { runLoop, type Loop } from './loop.js';

/**
 * Delivers the outbox continuously: a full batch is followed at once by the
 * next, otherwise the loop sleeps MAIL_DELIVERY_INTERVAL_SECONDS. On stop the
 * message in hand is finished and the rest of the batch handed back.
 */
export function startDeliveryLoop(deps: Omit<DeliverOutboxDeps, 'shouldStop'>): Loop {
  const { batch, intervalSeconds } = deps.settings.delivery;
  return runLoop(
    async (isStopping) => {
      const r = await deliverOutbox({ ...deps, shouldStop: isStopping }, { batch });
      // A full batch sent: more may be due. A batch cut short by an unavailable server waits for the next interval.
      return r.claimed === batch && r.released === 0;
    },
    intervalSeconds * 1000,
    (err) => deps.log.error({ err }, 'outbox delivery round failed'),
  );
}
