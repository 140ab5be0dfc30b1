import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customers, deliveryNotes } from "@/db/schema";
import { runTenantAction } from "@/lib/actions/run";
import { handlePrintRequest } from "@/lib/dispatch/print-batch";
import { runWorkerOnce } from "@/lib/dispatch/worker";
import { closeAllTransports } from "@/lib/mail/transport";
import { createTestBakery, type TestBakery } from "@/lib/testing/bakery";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { startCaptureServer, type CaptureServer } from "@/lib/testing/smtp-capture";
import { printRequestSchema } from "@/lib/validation/print";
import { saveTemplate } from "./mail-templates";

const deliveryDate = "2026-12-04";

describe.each(testDrivers)("customised delivery note text on %s", (driver) => {
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
      tradeName: "De Korenschoof",
      smtpPort: smtp.port,
      deliveryDate,
    });

    await database.db
      .update(customers)
      .set({ name: "Café <b>Coöperatie</b>", contactPerson: "Anna de Vries" })
      .where(and(eq(customers.tenantId, bakeryA.tenant.id), eq(customers.id, bakeryA.customers.emailCustomer.id)));
    await saveTemplate(database.db, bakeryA.tenant.id, bakeryA.owner.id, "delivery_notes", {
      subject: "Uw bon [NOTENUMBERS] voor [CUSTOMERNAME]",
      body: "Goedemorgen [CONTACTPERSON],<br/>Bon [NOTENUMBERS] bij order [ORDERNUMBERS] voor [CUSTOMERNAME], levering [DELIVERYDATESTART].<br/>Groet, [TRADENAME]",
    });
  });

  afterAll(async () => {
    closeAllTransports();
    await smtp?.close();
    await database?.destroy();
  });

  function printPerCustomer(bakery: TestBakery, orderIds: string[]) {
    return runTenantAction(
      {
        db: database.db,
        userId: bakery.owner.id,
        tenantSlug: bakery.tenant.slug,
        input: { orderIds, output: "per_customer" },
      },
      "notes.print",
      printRequestSchema,
      handlePrintRequest,
    );
  }

  async function noteNumberOf(tenantId: string, orderId: string): Promise<number> {
    const [note] = await database.db
      .select({ number: deliveryNotes.number })
      .from(deliveryNotes)
      .where(and(eq(deliveryNotes.tenantId, tenantId), eq(deliveryNotes.orderId, orderId)));
    if (!note) throw new Error(`no delivery note for order ${orderId}`);
    return note.number;
  }

  it("sends the tenant's own text with values filled and escaped", async () => {
    const printed = await printPerCustomer(bakeryA, [bakeryA.orders.emailOrder.id]);
    if (!printed.ok) throw new Error(`print failed: ${JSON.stringify(printed)}`);
    expect(printed.data.queuedMessageCount).toBe(1);

    expect(await runWorkerOnce(database.db)).toEqual({ sent: 1, deferred: 0, failed: 0 });
    const [message] = await smtp.waitForMessages(1);
    const note = await noteNumberOf(bakeryA.tenant.id, bakeryA.orders.emailOrder.id);
    const order = bakeryA.orders.emailOrder.number;

    expect(message!.parsed.subject).toBe(`Uw bon ${note} voor Café <b>Coöperatie</b>`);

    expect(message!.parsed.text).toContain(
      [
        "Goedemorgen Anna de Vries,",
        `Bon ${note} bij order ${order} voor Café <b>Coöperatie</b>, levering 04-12-2026.`,
        "Groet, Bakkerij Broodnodig",
      ].join("\n"),
    );

    const html = message!.parsed.html;
    if (typeof html !== "string") throw new Error("the message has no HTML part");
    expect(html).toContain("Goedemorgen Anna de Vries,<br>");
    expect(html).toContain(
      `Bon ${note} bij order ${order} voor Café &lt;b&gt;Coöperatie&lt;/b&gt;, levering 04-12-2026.<br>`,
    );
    expect(html).toContain("Groet, Bakkerij Broodnodig");
    expect(html).not.toContain("<b>Coöperatie</b>");
  });

  it("keeps the default text for another bakery", async () => {
    const received = smtp.messages.length;
    const printed = await printPerCustomer(bakeryB, [bakeryB.orders.emailOrder.id]);
    if (!printed.ok) throw new Error(`print failed: ${JSON.stringify(printed)}`);

    expect(await runWorkerOnce(database.db)).toEqual({ sent: 1, deferred: 0, failed: 0 });
    const messages = await smtp.waitForMessages(received + 1);
    const note = await noteNumberOf(bakeryB.tenant.id, bakeryB.orders.emailOrder.id);

    expect(messages[received]!.parsed.subject).toBe(`Leverbon ${note} van De Korenschoof`);
    expect(messages[received]!.parsed.text).not.toContain("Goedemorgen");
  });
});
