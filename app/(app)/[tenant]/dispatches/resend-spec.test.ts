import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatches } from "@/db/schema";
import { runTenantAction } from "@/lib/actions/run";
import { addTestMember, createTestBakery } from "@/lib/data/test-bakeries";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { resendDispatch } from "./resend-spec";

type Status = "queued" | "sending" | "sent" | "deferred" | "failed";

describe.each(testDrivers)("resend dispatch on %s", (driver) => {
  let database: TestDatabase;
  let ours: Awaited<ReturnType<typeof createTestBakery>>;
  let theirs: Awaited<ReturnType<typeof createTestBakery>>;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    ours = await createTestBakery(database.db, "resend-ours");
    theirs = await createTestBakery(database.db, "resend-theirs");
  });

  afterAll(async () => {
    await database.destroy();
  });

  async function insertDispatch(tenantId: string, status: Status): Promise<string> {
    const id = randomUUID();
    await database.db.insert(dispatches).values({
      tenantId,
      id,
      batchId: randomUUID(),
      status,
      recipients: ["bonnen@klant.example"],
      subject: "Leverbon 50001",
      bodyText: "Tekst",
      bodyHtml: "<p>Tekst</p>",
      messageId: `<${id}@bakkerij.example>`,
      attempts: 3,
      errorKind: status === "failed" ? "recipient_rejected" : null,
      errorMessage: status === "failed" ? "550 5.1.1 Mailbox unavailable" : null,
    });
    return id;
  }

  async function rowOf(tenantId: string, id: string) {
    const [row] = await database.db
      .select()
      .from(dispatches)
      .where(and(eq(dispatches.tenantId, tenantId), eq(dispatches.id, id)));
    return row!;
  }

  function resendAs(userId: string, slug: string, dispatchId: string) {
    return runTenantAction(
      { db: database.db, userId, tenantSlug: slug, input: { dispatchId } },
      resendDispatch.permission,
      resendDispatch.schema,
      resendDispatch.handler,
    );
  }

  it.each(["failed", "deferred"] as const)("queues a %s dispatch again", async (status) => {
    const id = await insertDispatch(ours.tenantId, status);

    const result = await resendAs(ours.userId, ours.slug, id);

    expect(result).toEqual({ ok: true, data: { dispatchId: id } });
    const row = await rowOf(ours.tenantId, id);
    expect(row.status).toBe("queued");
    expect(row.attempts).toBe(0);
    expect(row.errorKind).toBeNull();
    expect(row.errorMessage).toBeNull();
  });

  it.each(["queued", "sending", "sent"] as const)("rejects a %s dispatch", async (status) => {
    const id = await insertDispatch(ours.tenantId, status);

    const result = await resendAs(ours.userId, ours.slug, id);

    expect(result).toEqual({ ok: false, error: "errors.not_found" });
    expect((await rowOf(ours.tenantId, id)).status).toBe(status);
  });

  it("rejects another bakery's dispatch", async () => {
    const id = await insertDispatch(theirs.tenantId, "failed");
    const before = await rowOf(theirs.tenantId, id);

    const result = await resendAs(ours.userId, ours.slug, id);

    expect(result).toEqual({ ok: false, error: "errors.not_found" });
    expect(await rowOf(theirs.tenantId, id)).toEqual(before);
  });

  it("rejects a member without notes.send", async () => {
    const readOnlyUserId = await addTestMember(database.db, ours.tenantId, ours.slug, "read_only");
    const id = await insertDispatch(ours.tenantId, "failed");

    const result = await resendAs(readOnlyUserId, ours.slug, id);

    expect(result).toEqual({ ok: false, error: "errors.forbidden" });
    expect((await rowOf(ours.tenantId, id)).status).toBe("failed");
  });

  it("rejects an id that is not a uuid", async () => {
    const result = await resendAs(ours.userId, ours.slug, "not-a-uuid");

    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error).toBe("errors.invalid_input");
    expect(result.ok ? null : result.fieldErrors?.dispatchId).toEqual(["validation.invalid_format"]);
  });
});
