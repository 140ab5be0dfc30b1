import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/db/seed";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { isSessionRevoked, revokeSessions } from "./users";

describe.each(testDrivers)("session revocation on %s", (driver) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it("keeps sessions valid until the user signs out", async () => {
    const user = await createUser(database.db, { email: "bakker@valid.example", password: "geheim-wachtwoord" });

    expect(await isSessionRevoked(database.db, user.id, Math.floor(Date.now() / 1000))).toBe(false);
  });

  it("revokes sessions issued before the sign-out", async () => {
    const user = await createUser(database.db, { email: "bakker@revoked.example", password: "geheim-wachtwoord" });
    const issuedAt = Math.floor(Date.now() / 1000) - 60;

    await revokeSessions(database.db, user.id);

    expect(await isSessionRevoked(database.db, user.id, issuedAt)).toBe(true);
    expect(await isSessionRevoked(database.db, user.id, Math.floor(Date.now() / 1000) + 1)).toBe(false);
  });

  it("revokes sessions of a user that no longer exists", async () => {
    expect(await isSessionRevoked(database.db, "00000000-0000-0000-0000-000000000000", 0)).toBe(true);
  });
});
