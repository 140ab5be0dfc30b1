import { createServer } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { closeDatabase } from "@/db";

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

describe("GET /api/health", () => {
  afterEach(async () => {
    await closeDatabase().catch(() => {});
    vi.unstubAllEnvs();
  });

  it("reports ok with a working database", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("PGLITE_DIR", "");
    // An empty PGLITE_DIR keeps PGlite in memory.
    const { GET } = await import("./route");

    const response = await GET();

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 naming the database when it is down", async () => {
    vi.stubEnv("DATABASE_URL", `postgres://postgres@127.0.0.1:${await closedPort()}/broodbode`);
    const { GET } = await import("./route");

    const response = await GET();

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", database: "unavailable" });
  });
});
