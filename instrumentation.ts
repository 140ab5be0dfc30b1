/**
 * Runs once when the Next.js server starts: migrates the database and, unless
 * BROODBODE_WORKER=off, starts the dispatch worker in this process.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInProcessWorker } = await import("@/lib/dispatch/in-process");
  await startInProcessWorker();
}
