import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const secretsFile = path.join(process.cwd(), ".data", "secrets.json");

/**
 * Set AUTH_SECRET and BROODBODE_SECRET_KEY from .data/secrets.json when the
 * environment lacks them, generating that file on first use. A production
 * install sets both in its environment instead.
 */
export function ensureLocalSecrets(): void {
  if (process.env.AUTH_SECRET && process.env.BROODBODE_SECRET_KEY) return;

  let stored: { authSecret?: string; secretKey?: string } = {};
  if (existsSync(secretsFile)) stored = JSON.parse(readFileSync(secretsFile, "utf8"));
  if (!stored.authSecret || !stored.secretKey) {
    stored = {
      authSecret: stored.authSecret ?? randomBytes(32).toString("base64url"),
      secretKey: stored.secretKey ?? randomBytes(32).toString("hex"),
    };
    mkdirSync(path.dirname(secretsFile), { recursive: true });
    writeFileSync(secretsFile, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  process.env.AUTH_SECRET ??= stored.authSecret;
  process.env.BROODBODE_SECRET_KEY ??= stored.secretKey;
}
