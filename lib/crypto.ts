import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const algorithm = "aes-256-gcm";
const formatVersion = "v1";

/**
 * The 32-byte key from BROODBODE_SECRET_KEY, given as 64 hex characters or
 * base64. Throws when it is missing or has the wrong length, because storing a
 * secret under a guessed key would lose it.
 */
export function secretKeyFromEnv(): Buffer {
  const raw = process.env.BROODBODE_SECRET_KEY;
  if (!raw) throw new Error("BROODBODE_SECRET_KEY is not set: set it to 32 random bytes as 64 hex characters.");
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, "hex") : Buffer.from(raw, "base64");
  if (key.length !== 32) {
    throw new Error(`BROODBODE_SECRET_KEY must be 32 bytes (64 hex characters); it decodes to ${key.length} bytes.`);
  }
  return key;
}

/** Encrypt a secret as `v1.<iv>.<tag>.<ciphertext>`, each part base64url. */
export function encryptSecret(plaintext: string, key: Buffer = secretKeyFromEnv()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(algorithm, key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [formatVersion, iv, tag, ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** Decrypt a value from encryptSecret. Throws when it was altered or the key differs. */
export function decryptSecret(stored: string, key: Buffer = secretKeyFromEnv()): string {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== formatVersion || !iv || !tag || ciphertext === undefined) {
    throw new Error("Encrypted secret has an unknown format.");
  }
  const decipher = createDecipheriv(algorithm, key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
