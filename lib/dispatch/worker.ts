import type { Db } from "@/db";
import { logger } from "@/lib/logger";
import { purgeExpiredAttachments } from "./archive";
import { claimDueDispatches } from "./claim";
import { sendClaimedDispatch, type SendOutcome } from "./send";
import { waitForWake } from "./wake";

const batchSize = 10;
const purgeIntervalMs = 60 * 60_000;

export type WorkerSummary = Record<SendOutcome, number>;

/** Claim and send due dispatches until none are due. */
export async function runWorkerOnce(db: Db): Promise<WorkerSummary> {
  const summary: WorkerSummary = { sent: 0, deferred: 0, failed: 0 };
  for (;;) {
    const claimed = await claimDueDispatches(db, batchSize);
    if (claimed.length === 0) return summary;
    // Tenants are sent in parallel, but each tenant's messages one after another,
    // so that its daily limit is counted correctly.
    // NOTE: with several worker processes, a tenant's daily limit can be
    // exceeded by up to one message per extra process; the count is not locked.
    const byTenant = new Map<string, typeof claimed>();
    for (const dispatch of claimed)
      byTenant.set(dispatch.tenantId, [...(byTenant.get(dispatch.tenantId) ?? []), dispatch]);
    await Promise.all(
      [...byTenant.values()].map(async (tenantDispatches) => {
        for (const dispatch of tenantDispatches) summary[await sendClaimedDispatch(db, dispatch)] += 1;
      }),
    );
  }
}

export type RunningWorker = { stop(): Promise<void> };

/**
 * Send due dispatches in a loop: right after wakeWorker() and otherwise every
 * `pollMs`. An error in one round is logged and the loop goes on.
 */
export function startWorker(db: Db, options: { pollMs?: number } = {}): RunningWorker {
  const pollMs = options.pollMs ?? 5_000;
  let running = true;
  logger.info({ pollMs }, "dispatch worker started");

  let lastPurge = 0;
  const loop = (async () => {
    while (running) {
      try {
        if (Date.now() - lastPurge > purgeIntervalMs) {
          lastPurge = Date.now();
          const purged = await purgeExpiredAttachments(db);
          if (purged > 0) logger.info({ purged }, "purged archived PDFs past their retention");
        }
        const summary = await runWorkerOnce(db);
        if (summary.sent + summary.deferred + summary.failed > 0) logger.info(summary, "dispatch round done");
      } catch (error) {
        logger.error({ err: error }, "dispatch round failed");
      }
      if (running) await waitForWake(pollMs);
    }
  })();

  return {
    async stop() {
      running = false;
      await loop;
      logger.info("dispatch worker stopped");
    },
  };
}
