import { getDatabase } from "@/db";
import { logger } from "@/lib/logger";
import { startWorker, type RunningWorker } from "./worker";

const store = globalThis as typeof globalThis & { __broodbodeWorker?: RunningWorker };

/** Open (and migrate) the database, then start one worker per process unless BROODBODE_WORKER=off. */
export async function startInProcessWorker(): Promise<void> {
  const { db } = await getDatabase();
  if (process.env.BROODBODE_WORKER === "off") {
    logger.info("in-process dispatch worker disabled by BROODBODE_WORKER=off");
    return;
  }
  if (store.__broodbodeWorker) return;
  store.__broodbodeWorker = startWorker(db, { pollMs: Number(process.env.BROODBODE_WORKER_POLL_MS ?? 5_000) });
}
