import { createRequire } from "node:module";
import { createServer } from "node:net";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeDatabase, getDatabase } from "@/db";
import { demoSignIn, seedDemo } from "@/db/seed";
import { ensureLocalSecrets } from "./runtime-env";

const requireFromHere = createRequire(import.meta.url);

/**
 * `npm run demo`: build the app, start maildev as the demo bakery's SMTP
 * server (unless DEMO_SMTP_URL names another), seed the demo bakery and start
 * the app on PORT (default 3000).
 */
async function main() {
  ensureLocalSecrets();
  const port = process.env.PORT ?? "3000";
  const children: { kill(signal?: NodeJS.Signals): boolean }[] = [];
  const stopAll = () => children.forEach((child) => child.kill("SIGTERM"));
  process.on("SIGINT", () => {
    stopAll();
    process.exit(0);
  });
  process.on("SIGTERM", () => {
    stopAll();
    process.exit(0);
  });

  const smtp = demoSmtpServer();
  const host = process.env.HOST ?? "127.0.0.1";
  const busy = await busyPorts([
    { port: Number(port), host, what: "the app (set PORT to use another)" },
    ...(process.env.DEMO_SMTP_URL
      ? []
      : [
          { port: 1025, host: "127.0.0.1", what: "maildev's SMTP server (or set DEMO_SMTP_URL)" },
          { port: 1080, host: "127.0.0.1", what: "maildev's web UI (or set DEMO_SMTP_URL)" },
        ]),
  ]);
  if (busy.length > 0) {
    for (const entry of busy) console.error(`Port ${entry.port} is already in use; it is needed for ${entry.what}.`);
    console.error("Is another demo still running? Stop it first.");
    process.exit(1);
  }

  if (!process.env.DEMO_SMTP_URL) children.push(superviseMaildev());
  console.log("Preparing the database and the demo bakery…");
  const { db } = await getDatabase();
  await seedDemo(db, smtp);
  // The app server opens the database itself; PGlite allows one process at a time.
  await closeDatabase();

  console.log("Building the app (next build)…");
  const build = spawnSync(process.execPath, [requireFromHere.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
  });
  if (build.status !== 0) {
    stopAll();
    process.exit(build.status ?? 1);
  }

  const app = spawn(
    process.execPath,
    [requireFromHere.resolve("next/dist/bin/next"), "start", "-H", host, "-p", port],
    {
      stdio: "inherit",
      env: process.env,
    },
  );
  children.push(app);
  app.on("exit", (code) => {
    stopAll();
    process.exit(code ?? 0);
  });

  console.log(
    [
      "",
      `Broodbode demo: http://localhost:${port} (listening on ${host}; HOST sets another address)`,
      `Sign in as ${demoSignIn.email} / ${demoSignIn.password}`,
      process.env.DEMO_SMTP_URL
        ? `Mail goes to ${process.env.DEMO_SMTP_URL}`
        : "Mail catcher (maildev): http://localhost:1080 (SMTP on 127.0.0.1:1025)",
      "",
    ].join("\n"),
  );
}

/**
 * Run maildev, restarting it when it stops: a client can crash it (for example
 * a STARTTLS attempt it cannot serve), and the demo bakery's mail would then
 * fail until the demo is restarted. Gives up after five restarts in a minute.
 */
function superviseMaildev(): { kill(signal?: NodeJS.Signals): boolean } {
  let current: ChildProcess | null = null;
  let stopping = false;
  const restarts: number[] = [];

  const start = () => {
    current = spawn(
      process.execPath,
      [
        requireFromHere.resolve("maildev/bin/maildev"),
        "--smtp",
        "1025",
        "--web",
        "1080",
        "--ip",
        "127.0.0.1",
        "--silent",
      ],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    current.on("exit", (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && now - restarts[0]! > 60_000) restarts.shift();
      if (restarts.length > 5) {
        console.error("maildev keeps stopping; the demo bakery's mail will fail until the demo is restarted.");
        return;
      }
      console.error(`maildev (the demo mail catcher) stopped (${signal ?? `exit code ${code}`}); restarting it.`);
      setTimeout(start, 1_000);
    });
  };
  start();

  return {
    kill(signal) {
      stopping = true;
      return current?.kill(signal) ?? false;
    },
  };
}

/** Ports among `ports` that something already listens on. */
async function busyPorts<T extends { port: number; host: string }>(ports: T[]): Promise<T[]> {
  const busy: T[] = [];
  for (const entry of ports) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(entry.port, entry.host, () => server.close(() => resolve(true)));
    });
    if (!free) busy.push(entry);
  }
  return busy;
}

/** The demo bakery's SMTP server: DEMO_SMTP_URL (smtp://host:port) or maildev on 127.0.0.1:1025. */
function demoSmtpServer(): { host: string; port: number } {
  const raw = process.env.DEMO_SMTP_URL;
  if (!raw) return { host: "127.0.0.1", port: 1025 };
  const url = new URL(raw);
  if (url.protocol !== "smtp:") throw new Error(`DEMO_SMTP_URL must start with smtp://, got ${raw}`);
  return { host: url.hostname, port: Number(url.port || 25) };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
