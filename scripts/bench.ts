import { performance } from "node:perf_hooks";
import { SMTPServer } from "smtp-server";
import { addMember, createBakery, createCustomer, createProduct, createUser, setMailSettings } from "@/db/seed";
import { runTenantAction } from "@/lib/actions/run";
import { createOrder } from "@/lib/data/orders";
import { handlePrintRequest } from "@/lib/dispatch/print-batch";
import { runWorkerOnce } from "@/lib/dispatch/worker";
import { computeNoteTotals } from "@/lib/money";
import { closeAllTransports } from "@/lib/mail/transport";
import type { DeliveryNoteDocument } from "@/lib/pdf/types";
import { renderDeliveryNotesPdf } from "@/lib/pdf/render";
import { createTestDatabase } from "@/lib/testing/database";
import { printRequestSchema } from "@/lib/validation/print";
import { ensureLocalSecrets } from "./runtime-env";

// `npm run bench`: times PDF rendering, enqueueing a print batch and sending
// it through a local SMTP server, on PGlite (or PostgreSQL with DATABASE_URL).
// BENCH_MESSAGES sets the batch size (default 200).

const messageCount = Number(process.env.BENCH_MESSAGES ?? 200);

function report(name: string, count: number, milliseconds: number, unit: string) {
  const perItem = milliseconds / count;
  console.log(
    `${name.padEnd(34)} ${String(count).padStart(5)} ${unit.padEnd(9)} ${milliseconds.toFixed(0).padStart(7)} ms  ` +
      `${perItem.toFixed(2).padStart(8)} ms/${unit.replace(/s$/, "")}  ${((count * 1000) / milliseconds).toFixed(1)} ${unit}/s`,
  );
}

function memory(label: string) {
  const usage = process.memoryUsage();
  console.log(
    `${label.padEnd(34)} rss ${(usage.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(usage.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
}

function sampleNote(number: number, lineCount: number): DeliveryNoteDocument {
  const lines = Array.from({ length: lineCount }, (_, index) => ({
    productNumber: 100 + index,
    description: `Volkoren brood ${index + 1}`,
    quantity: 1 + (index % 7),
    unit: "st",
    unitPriceCents: 295 + index * 10,
    vatRate: index % 5 === 0 ? 21 : 9,
    sliced: index % 2 === 0,
  }));
  return {
    kind: "delivery",
    locale: "nl",
    noteNumber: number,
    orderNumber: 10_000 + number,
    deliveryDate: "2026-12-04",
    customerReference: "PO-1",
    orderReference: "",
    remark: "",
    bakery: {
      tradeName: "Bakkerij Broodnodig",
      address: "Korenmolenstraat 12",
      postalCode: "1234 AB",
      city: "Amsterdam",
      phone: "020 123 45 67",
      email: "info@broodnodig.example",
      chamberOfCommerceNumber: "12345678",
      vatNumber: "NL001234567B01",
    },
    customer: {
      number: 1001,
      name: "Café Coöperatie",
      contactPerson: "",
      address: "Dorpsstraat 1",
      postalCode: "1011 AB",
      city: "Amsterdam",
    },
    deliveryAddress: null,
    hidePrices: false,
    lines,
    totals: computeNoteTotals(lines),
  };
}

async function benchPdf() {
  await renderDeliveryNotesPdf([sampleNote(1, 10)]); // warm-up: fonts and layout engine
  let start = performance.now();
  for (let index = 0; index < 50; index++) await renderDeliveryNotesPdf([sampleNote(index + 2, 10)]);
  report("PDF, one 10-line note", 50, performance.now() - start, "notes");

  start = performance.now();
  for (let index = 0; index < 10; index++) await renderDeliveryNotesPdf([sampleNote(index + 100, 60)]);
  report("PDF, one 60-line note", 10, performance.now() - start, "notes");

  start = performance.now();
  const batch = Array.from({ length: 40 }, (_, index) => sampleNote(index + 200, 8));
  await renderDeliveryNotesPdf(batch);
  report("PDF, print file of 40 notes", 40, performance.now() - start, "notes");
  memory("after PDF rendering");
}

async function benchSending() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  const database = await createTestDatabase(process.env.DATABASE_URL ? "postgres" : "pglite");
  console.log(`database: ${database.driver}`);
  try {
    const db = database.db;
    const tenant = await createBakery(db, { slug: "bench", tradeName: "Bakkerij Broodnodig" });
    const owner = await createUser(db, { email: "owner@bench.example", password: "bench-password" });
    await addMember(db, tenant.id, owner.id, "owner");
    await setMailSettings(db, tenant.id, {
      host: "127.0.0.1",
      port,
      security: "none",
      fromAddress: "bonnen@bench.example",
    });
    const product = await createProduct(db, tenant.id, { number: 1, name: "Brood", priceCents: 300, vatRate: 9 });

    const orderIds: string[] = [];
    for (let index = 0; index < messageCount; index++) {
      const customer = await createCustomer(db, tenant.id, {
        number: 1000 + index,
        name: `Klant ${index}`,
        noteDispatch: "email",
        noteEmails: [`klant${index}@bench.example`],
      });
      const order = await createOrder(db, tenant.id, {
        customerId: customer.id,
        deliveryDate: "2026-12-04",
        lines: [{ productId: product.id, quantity: 3 }],
      });
      orderIds.push(order.id);
    }

    let start = performance.now();
    const result = await runTenantAction(
      { db, userId: owner.id, tenantSlug: "bench", input: { orderIds, output: "per_customer" } },
      "notes.print",
      printRequestSchema,
      handlePrintRequest,
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    report("enqueue per-customer batch", messageCount, performance.now() - start, "messages");

    start = performance.now();
    const summary = await runWorkerOnce(db);
    report("render + send via local SMTP", summary.sent, performance.now() - start, "messages");
    if (summary.sent !== messageCount || received !== messageCount) {
      throw new Error(`sent ${summary.sent}, server received ${received}, expected ${messageCount}`);
    }
    memory("after sending");
  } finally {
    closeAllTransports();
    await database.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function main() {
  ensureLocalSecrets();
  process.env.LOG_LEVEL ??= "warn";
  console.log(`node ${process.version}, ${new Date().toISOString()}`);
  await benchPdf();
  await benchSending();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
