import "server-only";
import { z } from "zod";
import { defineTenantAction } from "@/lib/data/action-spec";
import { requeueDispatch } from "@/lib/data/dispatches";
import { wakeWorker } from "@/lib/dispatch/wake";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/**
 * "Resend" in the send log: queue a failed or deferred dispatch again, now.
 * A dispatch of another bakery, an unknown id and a dispatch that is neither
 * failed nor deferred all fail with errors.not_found.
 */
export const resendDispatch = defineTenantAction({
  permission: "notes.send",
  schema: z.object({ dispatchId: z.uuid() }),
  handler: async ({ db, tenant, userId }, { dispatchId }) => {
    const requeued = await requeueDispatch(db, tenant.id, dispatchId);
    if (!requeued) {
      logger.info(
        { tenantId: tenant.id, userId, dispatchId },
        "resend rejected: dispatch not found or not failed or deferred",
      );
      throw new AppError("not_found");
    }

    logger.info({ tenantId: tenant.id, userId, dispatchId }, "dispatch queued again");
    wakeWorker();
    return { dispatchId };
  },
});
