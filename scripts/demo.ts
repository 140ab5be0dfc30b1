import { createRequire } from "node:module";
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
  const children: ChildProcess[] = [];
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
  if (!process.env.DEMO_SMTP_URL) {
    const maildev = spawn(
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
    children.push(maildev);
    maildev.on("exit", (code) => {
      if (code) console.error(`maildev stopped with exit code ${code}; is port 1025 or 1080 in use?`);
    });
  }

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

  const app = spawn(process.execPath, [requireFromHere.resolve("next/dist/bin/next"), "start", "-p", port], {
    stdio: "inherit",
    env: process.env,
  });
  children.push(app);
  app.on("exit", (code) => {
    stopAll();
    process.exit(code ?? 0);
  });

  console.log(
    [
      "",
      `Broodbode demo: http://localhost:${port}`,
      `Sign in as ${demoSignIn.email} / ${demoSignIn.password}`,
      process.env.DEMO_SMTP_URL
        ? `Mail goes to ${process.env.DEMO_SMTP_URL}`
        : "Mail catcher (maildev): http://localhost:1080 (SMTP on 127.0.0.1:1025)",
      "",
    ].join("\n"),
  );
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
