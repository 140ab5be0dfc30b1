import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryNotes, dispatches, printJobs } from "@/db/schema";
import { runTenantAction } from "@/lib/actions/run";
import { listDispatches } from "@/lib/data/dispatches";
import { resolveTenantContext } from "@/lib/tenancy/resolve";
import { loadDocumentPdf } from "@/lib/pdf/documents";
import { closeAllTransports } from "@/lib/mail/transport";
import { createTestBakery, type TestBakery } from "@/lib/testing/bakery";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { extractPdfText } from "@/lib/testing/pdf-text";
import { startCaptureServer, type CaptureServer } from "@/lib/testing/smtp-capture";
import { printRequestSchema } from "@/lib/validation/print";
import { handlePrintRequest } from "./print-batch";
import { runWorkerOnce } from "./worker";

const deliveryDate = "2026-12-04";

describe.each(testDrivers)("print batch on %s", (driver) => {
  let database: TestDatabase;
  let smtp: CaptureServer;
  let bakeryA: TestBakery;
  let bakeryB: TestBakery;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    smtp = await startCaptureServer();
    bakeryA = await createTestBakery(database.db, {
      slug: "broodnodig",
      tradeName: "Bakkerij Broodnodig",
      smtpPort: smtp.port,
      deliveryDate,
    });
    bakeryB = await createTestBakery(database.db, {
      slug: "korenschoof",
      tradeName: "Bakkerij De Korenschoof",
      smtpPort: smtp.port,
      deliveryDate,
    });
  });

  afterAll(async () => {
    closeAllTransports();
    await smtp?.close();
    await database?.destroy();
  });

  function print(userId: string, tenantSlug: string, input: unknown) {
    return runTenantAction(
      { db: database.db, userId, tenantSlug, input },
      "notes.print",
      printRequestSchema,
      handlePrintRequest,
    );
  }

  async function tenantRowCounts(tenantId: string) {
    const db = database.db;
    const count = async (table: typeof dispatches | typeof deliveryNotes | typeof printJobs) =>
      (await db.select().from(table).where(eq(table.tenantId, tenantId))).length;
    return {
      dispatches: await count(dispatches),
      notes: await count(deliveryNotes),
      printJobs: await count(printJobs),
    };
  }

  it("rejects another bakery's order ids and changes nothing", async () => {
    const before = { a: await tenantRowCounts(bakeryA.tenant.id), b: await tenantRowCounts(bakeryB.tenant.id) };

    const result = await print(bakeryA.owner.id, "broodnodig", {
      orderIds: [bakeryA.orders.emailOrder.id, bakeryB.orders.emailOrder.id],
      output: "per_customer",
    });

    expect(result).toMatchObject({ ok: false, error: "errors.orders_not_found", values: { count: 1 } });
    expect(await tenantRowCounts(bakeryA.tenant.id)).toEqual(before.a);
    expect(await tenantRowCounts(bakeryB.tenant.id)).toEqual(before.b);
    expect(smtp.messages).toHaveLength(0);
  });

  it("answers not found to a baker acting on another bakery's slug", async () => {
    const result = await print(bakeryA.owner.id, "korenschoof", {
      orderIds: [bakeryB.orders.emailOrder.id],
      output: "print",
    });

    expect(result).toEqual({ ok: false, error: "errors.not_found" });
    expect(await tenantRowCounts(bakeryB.tenant.id)).toEqual({ dispatches: 0, notes: 0, printJobs: 0 });
  });

  it("rejects an order id that is not a uuid", async () => {
    const result = await print(bakeryA.owner.id, "broodnodig", { orderIds: ["10001"], output: "print" });

    expect(result).toMatchObject({ ok: false, error: "errors.invalid_input" });
    expect(result.ok ? null : result.fieldErrors?.["orderIds.0"]).toEqual(["validation.unknownOrder"]);
  });

  it("rejects an invalid address for send to email", async () => {
    const result = await print(bakeryA.owner.id, "broodnodig", {
      orderIds: [bakeryA.orders.paperOrder.id],
      output: "email",
      emailAddress: "kantoor@@voorbeeld",
    });

    expect(result).toMatchObject({
      ok: false,
      error: "errors.invalid_input",
      fieldErrors: { emailAddress: ["validation.email"] },
    });
    expect((await tenantRowCounts(bakeryA.tenant.id)).dispatches).toBe(0);
  });

  it("sends email notes per customer and prints the paper note", async () => {
    const result = await print(bakeryA.owner.id, "broodnodig", {
      orderIds: [bakeryA.orders.emailOrder.id, bakeryA.orders.secondEmailOrder.id, bakeryA.orders.paperOrder.id],
      output: "per_customer",
    });
    if (!result.ok) throw new Error(`print failed: ${JSON.stringify(result)}`);
    expect(result.data.queuedMessageCount).toBe(2);
    expect(result.data.problems).toEqual([]);

    const summary = await runWorkerOnce(database.db);
    expect(summary).toEqual({ sent: 2, deferred: 0, failed: 0 });
    const messages = await smtp.waitForMessages(2);

    const notes = await database.db
      .select({ orderId: deliveryNotes.orderId, number: deliveryNotes.number })
      .from(deliveryNotes)
      .where(eq(deliveryNotes.tenantId, bakeryA.tenant.id));
    const noteNumberOf = (orderId: string) => notes.find((note) => note.orderId === orderId)!.number;

    const expected = [
      { to: ["bonnen@cafe-broodnodig.example"], note: noteNumberOf(bakeryA.orders.emailOrder.id) },
      {
        to: ["receptie@anker-broodnodig.example", "keuken@anker-broodnodig.example"],
        note: noteNumberOf(bakeryA.orders.secondEmailOrder.id),
      },
    ];
    for (const { to, note } of expected) {
      const message = messages.find((candidate) => candidate.envelope.to.join() === to.join());
      expect(message, `message to ${to.join(", ")}`).toBeDefined();
      const parsed = message!.parsed;
      expect(parsed.from?.value[0]).toEqual({ address: "bonnen@broodnodig.example", name: "Bakkerij Broodnodig" });
      const toHeader = Array.isArray(parsed.to) ? parsed.to : [parsed.to];
      expect(toHeader.flatMap((header) => header?.value.map((entry) => entry.address))).toEqual(to);
      expect(parsed.subject).toContain(String(note));

      const pdfs = parsed.attachments.filter((attachment) => attachment.contentType === "application/pdf");
      expect(pdfs).toHaveLength(1);
      expect(pdfs[0]!.filename).toBe(`Leverbon-${note}.pdf`);
      const text = (await extractPdfText(pdfs[0]!.content)).join("\n");
      expect(text).toContain(String(note));
      expect(text).toContain("Bakkerij Broodnodig");
    }

    // The paper customer's note is in the print PDF and nowhere else.
    const paperNote = noteNumberOf(bakeryA.orders.paperOrder.id);
    const context = (await resolveTenantContext(database.db, bakeryA.owner.id, "broodnodig"))!;
    const printPdf = await loadDocumentPdf(database.db, context.tenant, result.data.printJobId!);
    const printText = (await extractPdfText(printPdf!.content)).join("\n");
    expect(printText).toContain(String(paperNote));
    expect(printText).toContain("Zorgcentrum Ter Weide");
    // The paper-and-email customer is on paper too; the email-only one is not.
    expect(printText).toContain("Hotel Het Anker");
    expect(printText).not.toContain("Café Coöperatie");
    for (const message of messages) expect(message.parsed.subject).not.toContain(String(paperNote));

    const log = await listDispatches(database.db, bakeryA.tenant.id, {
      batchId: result.data.batchId,
      limit: 10,
      offset: 0,
    });
    expect(log.rows.map((row) => row.status)).toEqual(["sent", "sent"]);
    expect(log.rows.every((row) => row.smtpResponse?.startsWith("250"))).toBe(true);
  });

  it("asks before emailing a note a second time", async () => {
    const input = { orderIds: [bakeryA.orders.emailOrder.id, bakeryA.orders.paperOrder.id], output: "per_customer" };
    const before = await tenantRowCounts(bakeryA.tenant.id);

    const again = await print(bakeryA.owner.id, "broodnodig", input);

    expect(again).toMatchObject({ ok: false, error: "errors.notes_already_sent", values: { count: 1 } });
    expect(await tenantRowCounts(bakeryA.tenant.id)).toEqual(before);

    const confirmed = await print(bakeryA.owner.id, "broodnodig", { ...input, resend: true });
    expect(confirmed).toMatchObject({ ok: true, data: { queuedMessageCount: 1, printedNoteCount: 1 } });
    expect(await runWorkerOnce(database.db)).toEqual({ sent: 1, deferred: 0, failed: 0 });
  });

  it("lets only one of two simultaneous batches email the same note", async () => {
    const input = { orderIds: [bakeryA.orders.secondEmailOrder.id], output: "per_customer", resend: false };
    // Make the note count as not yet emailed: its earlier dispatches failed.
    await database.db.update(dispatches).set({ status: "failed" }).where(eq(dispatches.tenantId, bakeryA.tenant.id));

    const results = await Promise.all([
      print(bakeryA.owner.id, "broodnodig", input),
      print(bakeryA.owner.id, "broodnodig", input),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error === "errors.notes_already_sent")).toHaveLength(1);
    expect(await runWorkerOnce(database.db)).toEqual({ sent: 1, deferred: 0, failed: 0 });
  });

  it("prints instead when an email customer has no address, and sends the rest", async () => {
    const db = database.db;
    const { customers } = await import("@/db/schema");
    await db
      .update(customers)
      .set({ noteEmails: [] })
      .where(and(eq(customers.tenantId, bakeryB.tenant.id), eq(customers.id, bakeryB.customers.emailCustomer.id)));
    const received = smtp.messages.length;

    const result = await print(bakeryB.owner.id, "korenschoof", {
      orderIds: [bakeryB.orders.emailOrder.id, bakeryB.orders.secondEmailOrder.id],
      output: "per_customer",
    });
    if (!result.ok) throw new Error(`print failed: ${JSON.stringify(result)}`);

    expect(result.data.problems).toEqual([
      {
        kind: "no_email_address",
        outcome: "printed_instead",
        orderNumber: expect.any(Number),
        customerNumber: 1001,
        customerName: "Café Coöperatie",
      },
    ]);
    expect(result.data.queuedMessageCount).toBe(1);
    expect(result.data.printedNoteCount).toBe(2);
    expect(await runWorkerOnce(db)).toEqual({ sent: 1, deferred: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(received + 1);
  });
});
