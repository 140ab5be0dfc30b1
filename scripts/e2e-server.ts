import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import postgres from "postgres";
import { databaseOptionsFromEnv, openDatabase } from "@/db";
import { e2eDnsZone } from "@/e2e/dns-zone";
import { e2eAppPort, e2eSmtpPort } from "@/e2e/seed-data";
import { DNS_SERVERS_VARIABLE } from "@/lib/mail/dns-resolver";
import { startTestDnsServer } from "@/lib/testing/dns-server";
import { ensureLocalSecrets } from "./runtime-env";
import { seedE2eBakeries } from "./e2e-seed";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

/**
 * Start the app server for the Playwright tests (run by playwright.config.ts):
 * build the app, create a fresh database, seed the two e2e bakeries and run
 * `next start` on E2E_PORT (default 3100). The database is a new
 * `broodbode_e2e_<random>` on the DATABASE_URL server when that is set, and a
 * new PGlite folder .data/e2e-<random> otherwise. It is removed when the app
 * stops. The app's mail diagnostics (SPF check, test message) resolve names
 * through a DNS server in this process on 127.0.0.1, on a free UDP port passed
 * as BROODBODE_DNS_SERVERS. It serves e2e/dns-zone.ts, answers NXDOMAIN for
 * any other name and closes when the app stops, so the diagnostics query no real DNS.
 * E2E_SKIP_BUILD=1 reuses the existing .next build.
 */
async function main() {
  ensureLocalSecrets();

  if (process.env.E2E_SKIP_BUILD !== "1") {
    console.error("e2e: building the app (next build)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: "inherit",
      env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const database = await createFreshDatabase();
  console.error(`e2e: seeding ${database.description}`);
  try {
    const handle = await openDatabase(databaseOptionsFromEnv());
    await seedE2eBakeries(handle.db, { host: "127.0.0.1", port: e2eSmtpPort });
    await handle.close();
  } catch (error) {
    await database.remove();
    throw error;
  }

  const dns = await startTestDnsServer(e2eDnsZone).catch(async (error: unknown) => {
    await database.remove();
    throw error;
  });
  console.error(`e2e: DNS server for ${Object.keys(e2eDnsZone).length} names on ${dns.address}`);

  const app = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(e2eAppPort)], {
    stdio: "inherit",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      ...process.env,
      BROODBODE_WORKER_POLL_MS: "500",
      [DNS_SERVERS_VARIABLE]: dns.address,
    },
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  app.on("exit", async (code, signal) => {
    await dns.close();
    // The app has closed its connections, so the database can go.
    await database.remove().catch((error) => console.error("e2e: removing the test database failed", error));
    process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
  });
}

type FreshDatabase = { description: string; remove(): Promise<void> };

/** Point DATABASE_URL (or PGLITE_DIR) at a new, empty database and return how to remove it. */
async function createFreshDatabase(): Promise<FreshDatabase> {
  const suffix = randomBytes(4).toString("hex");
  const serverUrl = process.env.DATABASE_URL;

  if (!serverUrl) {
    const dataDir = path.join(process.cwd(), ".data", `e2e-${suffix}`);
    process.env.PGLITE_DIR = dataDir;
    return {
      description: `PGlite in ${dataDir}`,
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }

  const name = `broodbode_e2e_${suffix}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();

  return {
    description: `PostgreSQL database ${name}`,
    remove: async () => {
      const client = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await client.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
