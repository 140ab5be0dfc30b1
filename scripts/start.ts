import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import { ensureLocalSecrets } from "./runtime-env";

const requireFromHere = createRequire(import.meta.url);

// Starts the built app (`next start`) with local secrets filled in. PORT sets the port.
ensureLocalSecrets();
const port = process.env.PORT ?? "3000";
const child = spawn(process.execPath, [requireFromHere.resolve("next/dist/bin/next"), "start", "-p", port], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
