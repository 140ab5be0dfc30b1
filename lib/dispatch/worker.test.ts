import { createServer } from "node:net";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { dispatchAttachments, dispatches, mailSettings } from "@/db/schema";
import { runTenantAction } from "@/lib/actions/run";
import { listDispatches } from "@/lib/data/dispatches";
import { closeAllTransports } from "@/lib/mail/transport";
import { createTestBakery, type TestBakery } from "@/lib/testing/bakery";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { startCaptureServer, type CaptureServer } from "@/lib/testing/smtp-capture";
import { printRequestSchema } from "@/lib/validation/print";
import { purgeExpiredAttachments } from "./archive";
import { claimDueDispatches } from "./claim";
import { handlePrintRequest } from "./print-batch";
import { maxAttempts } from "./retry";
import { runWorkerOnce } from "./worker";

/** Find a port on 127.0.0.1 that nothing listens on, by binding it and closing it again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

describe.each(testDrivers)("dispatch worker on %s", (driver) => {
  let database: TestDatabase;
  let smtp: CaptureServer;
  let bakery: TestBakery;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    smtp = await startCaptureServer();
    bakery = await createTestBakery(database.db, {
      slug: "broodnodig",
      tradeName: "Bakkerij Broodnodig",
      smtpPort: smtp.port,
      deliveryDate: "2026-12-04",
    });
  });

  afterEach(async () => {
    closeAllTransports();
    await database.db.delete(dispatches).where(eq(dispatches.tenantId, bakery.tenant.id));
    await pointSmtpAt(smtp.port);
    smtp.messages.length = 0;
  });

  afterAll(async () => {
    await smtp?.close();
    await database?.destroy();
  });

  async function pointSmtpAt(port: number, dailyLimit: number | null = null) {
    await database.db
      .update(mailSettings)
      .set({ port, dailyLimit, version: sql`${mailSettings.version} + 1` })
      .where(eq(mailSettings.tenantId, bakery.tenant.id));
  }

  async function queueEmailNotes() {
    const result = await runTenantAction(
      {
        db: database.db,
        userId: bakery.owner.id,
        tenantSlug: "broodnodig",
        input: { orderIds: [bakery.orders.emailOrder.id, bakery.orders.secondEmailOrder.id], output: "per_customer" },
      },
      "notes.print",
      printRequestSchema,
      handlePrintRequest,
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data;
  }

  /** Make every deferred dispatch due now, as if its back-off had passed. */
  async function skipBackOff() {
    await database.db
      .update(dispatches)
      .set({ nextAttemptAt: sql`now()` })
      .where(and(eq(dispatches.tenantId, bakery.tenant.id), eq(dispatches.status, "deferred")));
  }

  it("fails after retries when SMTP is down", async () => {
    await pointSmtpAt(await closedPort());
    const batch = await queueEmailNotes();

    const first = await runWorkerOnce(database.db);
    expect(first).toEqual({ sent: 0, deferred: 2, failed: 0 });

    for (let attempt = 2; attempt <= maxAttempts; attempt++) {
      await skipBackOff();
      await runWorkerOnce(database.db);
    }

    const log = await listDispatches(database.db, bakery.tenant.id, { batchId: batch.batchId, limit: 10, offset: 0 });
    expect(log.total).toBe(2);
    for (const row of log.rows) {
      expect(row.status).toBe("failed");
      expect(row.attempts).toBe(maxAttempts);
      expect(row.errorKind).toBe("connection_refused");
      expect(row.errorMessage).toMatch(/ECONNREFUSED|refused/i);
      expect(row.errorAdviceKey).toMatch(/^diagnosis\.kinds\.connection_refused\./);
    }
    // The print PDF of the batch is unaffected by the mail failure.
    expect(batch.printedNoteCount).toBe(1);
  });

  it("sends a deferred dispatch once the server is back", async () => {
    const port = await closedPort();
    await pointSmtpAt(port);
    await queueEmailNotes();
    expect(await runWorkerOnce(database.db)).toEqual({ sent: 0, deferred: 2, failed: 0 });

    await pointSmtpAt(smtp.port);
    await skipBackOff();
    expect(await runWorkerOnce(database.db)).toEqual({ sent: 2, deferred: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(2);
  });

  it("resends a dispatch whose worker died while sending", async () => {
    await queueEmailNotes();
    const claimed = await claimDueDispatches(database.db, 10);
    expect(claimed).toHaveLength(2);
    // The worker that claimed them is gone: nothing else may take them while the lease holds.
    expect(await claimDueDispatches(database.db, 10)).toHaveLength(0);

    await database.db
      .update(dispatches)
      .set({ leaseUntil: sql`now() - interval '1 second'` })
      .where(eq(dispatches.tenantId, bakery.tenant.id));
    expect(await runWorkerOnce(database.db)).toEqual({ sent: 2, deferred: 0, failed: 0 });
    const messageIds = smtp.messages.map((message) => message.parsed.messageId);
    expect(new Set(messageIds).size).toBe(2);
  });

  it("defers what exceeds the daily limit instead of dropping it", async () => {
    await pointSmtpAt(smtp.port, 1);
    const batch = await queueEmailNotes();

    expect(await runWorkerOnce(database.db)).toEqual({ sent: 1, deferred: 1, failed: 0 });
    const log = await listDispatches(database.db, bakery.tenant.id, { batchId: batch.batchId, limit: 10, offset: 0 });
    const deferred = log.rows.find((row) => row.status === "deferred");
    expect(deferred?.errorKind).toBe("daily_limit");
    expect(deferred?.attempts).toBe(0);
    expect(deferred!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(smtp.messages).toHaveLength(1);
  });

  it("archives sent PDFs and purges them after the retention period", async () => {
    await queueEmailNotes();
    await runWorkerOnce(database.db);
    const archived = () =>
      database.db.select().from(dispatchAttachments).where(eq(dispatchAttachments.tenantId, bakery.tenant.id));

    const rows = await archived();
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.content.subarray(0, 5).toString() === "%PDF-")).toBe(true);
    expect(rows.map((row) => row.fileName).sort()).toEqual(
      smtp.messages.flatMap((message) => message.parsed.attachments.map((attachment) => attachment.filename)).sort(),
    );

    expect(await purgeExpiredAttachments(database.db)).toBe(0);
    await database.db
      .update(dispatchAttachments)
      .set({ createdAt: sql`now() - interval '91 days'` })
      .where(eq(dispatchAttachments.tenantId, bakery.tenant.id));
    expect(await purgeExpiredAttachments(database.db)).toBe(2);
    expect(await archived()).toHaveLength(0);
  });

  it("archives nothing when the bakery deletes PDFs after sending", async () => {
    await database.db
      .update(mailSettings)
      .set({ pdfArchive: "delete" })
      .where(eq(mailSettings.tenantId, bakery.tenant.id));
    try {
      await queueEmailNotes();
      expect(await runWorkerOnce(database.db)).toEqual({ sent: 2, deferred: 0, failed: 0 });
      const rows = await database.db
        .select()
        .from(dispatchAttachments)
        .where(eq(dispatchAttachments.tenantId, bakery.tenant.id));
      expect(rows).toHaveLength(0);
    } finally {
      await database.db
        .update(mailSettings)
        .set({ pdfArchive: "keep" })
        .where(eq(mailSettings.tenantId, bakery.tenant.id));
    }
  });

  it("keeps the Message-ID chosen at enqueue time", async () => {
    await queueEmailNotes();
    const stored = await database.db
      .select({ messageId: dispatches.messageId })
      .from(dispatches)
      .where(eq(dispatches.tenantId, bakery.tenant.id));
    await runWorkerOnce(database.db);

    const sent = smtp.messages.map((message) => message.parsed.messageId).sort();
    expect(sent).toEqual(stored.map((row) => row.messageId).sort());
  });
});
