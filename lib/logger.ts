import pino from "pino";

/**
 * The application logger: JSON lines on stdout. Secrets are redacted by key
 * wherever they appear in a logged object.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { service: "broodbode" },
  redact: {
    paths: [
      "password",
      "pass",
      "passwordEncrypted",
      "*.password",
      "*.pass",
      "*.passwordEncrypted",
      "auth.pass",
      "*.auth.pass",
      "secret",
      "*.secret",
    ],
    censor: "[redacted]",
  },
});
