import { closeDatabase, getDatabase } from "@/db";
import { startWorker } from "@/lib/dispatch/worker";
import { logger } from "@/lib/logger";
import { closeAllTransports } from "@/lib/mail/transport";
import { ensureLocalSecrets } from "./runtime-env";

// A dispatch worker as its own process, next to the app servers, on the same PostgreSQL database.
async function main() {
  if (!process.env.DATABASE_URL) {
    logger.error(
      "npm run worker needs DATABASE_URL: the embedded database (PGlite) can be opened by one process only, " +
        "so without DATABASE_URL the app server's own worker does the sending.",
    );
    process.exit(1);
  }
  ensureLocalSecrets();
  const { db } = await getDatabase();
  const worker = startWorker(db, { pollMs: Number(process.env.BROODBODE_WORKER_POLL_MS ?? 5_000) });

  const shutdown = async (signal: string) => {
    logger.info({ signal }, "worker stopping");
    await worker.stop();
    closeAllTransports();
    await closeDatabase();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  logger.error({ err: error }, "worker failed to start");
  process.exit(1);
});
