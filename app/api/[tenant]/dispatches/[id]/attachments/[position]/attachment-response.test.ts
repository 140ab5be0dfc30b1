import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatchAttachments, dispatches } from "@/db/schema";
import { addTestMember, createTestBakery } from "@/lib/data/test-bakeries";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { dispatchAttachmentResponse, type AttachmentRequest } from "./attachment-response";

describe.each(testDrivers)("archived PDF download on %s", (driver) => {
  let database: TestDatabase;
  let ours: Awaited<ReturnType<typeof createTestBakery>>;
  let theirs: Awaited<ReturnType<typeof createTestBakery>>;
  let sentId: string;
  const content = Buffer.from("%PDF-1.7 Leverbon 50003 ë é €");

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    ours = await createTestBakery(database.db, "download-ours");
    theirs = await createTestBakery(database.db, "download-theirs");
    sentId = await insertSentDispatch(ours.tenantId, "Leverbon-50003.pdf");
  });

  afterAll(async () => {
    await database?.destroy();
  });

  async function insertSentDispatch(tenantId: string, fileName: string | null): Promise<string> {
    const id = randomUUID();
    await database.db.insert(dispatches).values({
      tenantId,
      id,
      batchId: randomUUID(),
      status: "sent",
      recipients: ["bonnen@klant.example"],
      subject: "Leverbon 50003",
      bodyText: "Tekst",
      bodyHtml: "<p>Tekst</p>",
      messageId: `<${id}@bakkerij.example>`,
      sentAt: new Date(),
    });
    if (fileName) {
      await database.db
        .insert(dispatchAttachments)
        .values({ tenantId, dispatchId: id, position: 0, fileName, content });
    }
    return id;
  }

  function download(request: Partial<AttachmentRequest>) {
    return dispatchAttachmentResponse(database.db, {
      userId: ours.userId,
      slug: ours.slug,
      dispatchId: sentId,
      position: "0",
      ...request,
    });
  }

  it("sends the archived PDF as a download", async () => {
    const response = await download({});

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Leverbon-50003.pdf"; filename*=UTF-8''Leverbon-50003.pdf`,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await response.arrayBuffer()).equals(content)).toBe(true);
  });

  it("encodes a file name outside ASCII", async () => {
    const id = await insertSentDispatch(ours.tenantId, "Leverbon Café.pdf");

    const response = await download({ dispatchId: id });

    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Leverbon Cafe.pdf"; filename*=UTF-8''Leverbon%20Caf%C3%A9.pdf`,
    );
  });

  it("sends it to a read-only member", async () => {
    const readOnlyUserId = await addTestMember(database.db, ours.tenantId, ours.slug, "read_only");

    const response = await download({ userId: readOnlyUserId });

    expect(response.status).toBe(200);
  });

  it("returns 401 without a session", async () => {
    expect((await download({ userId: null })).status).toBe(401);
  });

  it("returns 404 to a member of another bakery", async () => {
    expect((await download({ userId: theirs.userId })).status).toBe(404);
  });

  it("returns 404 for another bakery's dispatch", async () => {
    const foreign = await insertSentDispatch(theirs.tenantId, "Leverbon-60001.pdf");

    expect((await download({ dispatchId: foreign })).status).toBe(404);
    expect((await download({ userId: theirs.userId, slug: theirs.slug, dispatchId: foreign })).status).toBe(200);
  });

  it("returns 404 for an unknown dispatch and position", async () => {
    expect((await download({ dispatchId: randomUUID() })).status).toBe(404);
    expect((await download({ position: "1" })).status).toBe(404);
  });

  it.each(["not-a-uuid", "", "00000000-0000-0000-0000-00000000000g"])("returns 404 for dispatch id %j", async (id) => {
    expect((await download({ dispatchId: id })).status).toBe(404);
  });

  it.each(["-1", "1.0", "1e3", "abc", "9999999", " 0"])("returns 404 for position %j", async (position) => {
    expect((await download({ position })).status).toBe(404);
  });

  it("returns 404 once the archive is purged", async () => {
    const id = await insertSentDispatch(ours.tenantId, "Leverbon-50004.pdf");
    expect((await download({ dispatchId: id })).status).toBe(200);

    await database.db
      .delete(dispatchAttachments)
      .where(and(eq(dispatchAttachments.tenantId, ours.tenantId), eq(dispatchAttachments.dispatchId, id)));

    expect((await download({ dispatchId: id })).status).toBe(404);
  });

  it("returns 404 for a sent dispatch that was never archived", async () => {
    const id = await insertSentDispatch(ours.tenantId, null);

    expect((await download({ dispatchId: id })).status).toBe(404);
  });
});
