import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatchAttachments, dispatches } from "@/db/schema";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { getDispatchAttachment, listDispatchAttachments } from "./dispatches";
import { createTestBakery } from "./test-bakeries";

describe.each(testDrivers)("dispatch attachments on %s", (driver) => {
  let database: TestDatabase;
  let ours: Awaited<ReturnType<typeof createTestBakery>>;
  let theirs: Awaited<ReturnType<typeof createTestBakery>>;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    ours = await createTestBakery(database.db, "attachments-ours");
    theirs = await createTestBakery(database.db, "attachments-theirs");
  });

  afterAll(async () => {
    await database?.destroy();
  });

  /** Insert a sent dispatch with one archived PDF per file name, at positions 0, 1, … */
  async function insertSentDispatch(tenantId: string, fileNames: string[]): Promise<string> {
    const id = randomUUID();
    await database.db.insert(dispatches).values({
      tenantId,
      id,
      batchId: randomUUID(),
      status: "sent",
      recipients: ["bonnen@klant.example"],
      subject: "Leverbonnen",
      bodyText: "Tekst",
      bodyHtml: "<p>Tekst</p>",
      messageId: `<${id}@bakkerij.example>`,
      sentAt: new Date(),
    });
    if (fileNames.length > 0) {
      await database.db.insert(dispatchAttachments).values(
        fileNames.map((fileName, position) => ({
          tenantId,
          dispatchId: id,
          position,
          fileName,
          content: Buffer.from(`%PDF-1.7 ${fileName}`),
        })),
      );
    }
    return id;
  }

  it("lists the names per dispatch in attachment order", async () => {
    const first = await insertSentDispatch(ours.tenantId, ["Leverbon-50003.pdf", "Contantbon-50004.pdf"]);
    const second = await insertSentDispatch(ours.tenantId, ["Leverbon-50005.pdf"]);

    const names = await listDispatchAttachments(database.db, ours.tenantId, [first, second]);

    expect(names.get(first)).toEqual([
      { position: 0, fileName: "Leverbon-50003.pdf" },
      { position: 1, fileName: "Contantbon-50004.pdf" },
    ]);
    expect(names.get(second)).toEqual([{ position: 0, fileName: "Leverbon-50005.pdf" }]);
  });

  it("leaves dispatches without an archive out of the list", async () => {
    const purged = await insertSentDispatch(ours.tenantId, []);

    const names = await listDispatchAttachments(database.db, ours.tenantId, [purged]);

    expect(names.has(purged)).toBe(false);
  });

  it("lists nothing of another bakery's dispatch", async () => {
    const foreign = await insertSentDispatch(theirs.tenantId, ["Leverbon-60001.pdf"]);

    const names = await listDispatchAttachments(database.db, ours.tenantId, [foreign]);

    expect(names.size).toBe(0);
  });

  it("lists nothing for no ids", async () => {
    expect((await listDispatchAttachments(database.db, ours.tenantId, [])).size).toBe(0);
  });

  it("gets one archived PDF with its content", async () => {
    const id = await insertSentDispatch(ours.tenantId, ["Leverbon-50006.pdf", "Leverbon-50007.pdf"]);

    const attachment = await getDispatchAttachment(database.db, ours.tenantId, id, 1);

    expect(attachment?.fileName).toBe("Leverbon-50007.pdf");
    expect(attachment?.content.toString()).toBe("%PDF-1.7 Leverbon-50007.pdf");
  });

  it("gets null for another bakery's dispatch", async () => {
    const foreign = await insertSentDispatch(theirs.tenantId, ["Leverbon-60002.pdf"]);

    expect(await getDispatchAttachment(database.db, ours.tenantId, foreign, 0)).toBeNull();
  });

  it("gets null for an unknown position and a purged archive", async () => {
    const id = await insertSentDispatch(ours.tenantId, ["Leverbon-50008.pdf"]);

    expect(await getDispatchAttachment(database.db, ours.tenantId, id, 1)).toBeNull();
    await database.db
      .delete(dispatchAttachments)
      .where(and(eq(dispatchAttachments.tenantId, ours.tenantId), eq(dispatchAttachments.dispatchId, id)));
    expect(await getDispatchAttachment(database.db, ours.tenantId, id, 0)).toBeNull();
  });
});
