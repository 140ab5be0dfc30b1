import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog, mailSettings } from "@/db/schema";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import type { MailSettingsFieldName, MailSettingsValues } from "@/lib/validation/mail-settings";

/** The audit log action of a mail settings save. */
export const mailSettingsAuditAction = "mail_settings.update";

export type MailSettingsSaveResult = {
  /** Names of the fields that changed, in form order; empty when the save changed nothing. */
  changedFields: MailSettingsFieldName[];
  /** The settings version after the save. */
  version: number;
  hasPassword: boolean;
};

type StoredFields = Omit<typeof mailSettings.$inferSelect, "tenantId" | "updatedBy" | "version" | "updatedAt">;

/** The column defaults, which a first save is compared with. */
const unsavedSettings: StoredFields = {
  host: "",
  port: 25,
  security: "starttls",
  username: "",
  passwordEncrypted: null,
  fromAddress: "",
  fromName: "",
  replyTo: "",
  cc: [],
  bcc: [],
  dailyLimit: null,
  hideSuccessMessage: false,
  pdfArchive: "keep",
  pdfRetentionDays: 90,
};

/**
 * Stores a tenant's mail settings in one transaction. A typed password is
 * encrypted and replaces the stored one (it wins over `clearPassword`); an
 * empty one keeps the stored password, or removes it when `clearPassword` is
 * set. A save that changes something increments `version`, so pooled
 * transports of the old settings are closed before their next message
 * (lib/mail/transport.ts), and writes one audit row that names the changed
 * fields, never their values. A save that changes nothing writes nothing.
 */
export async function saveMailSettings(
  db: Db,
  tenantId: string,
  userId: string | null,
  input: MailSettingsValues,
): Promise<MailSettingsSaveResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(mailSettings).where(eq(mailSettings.tenantId, tenantId)).for("update");
    const previous: StoredFields = row ?? unsavedSettings;

    const passwordEncrypted = nextPassword(previous.passwordEncrypted, input);
    const next: StoredFields = {
      host: input.host,
      port: input.port,
      security: input.security,
      username: input.username,
      passwordEncrypted,
      fromAddress: input.fromAddress,
      fromName: input.fromName,
      replyTo: input.replyTo,
      cc: input.cc,
      bcc: input.bcc,
      dailyLimit: input.dailyLimit,
      hideSuccessMessage: input.hideSuccessMessage,
      pdfArchive: input.pdfArchive,
      pdfRetentionDays: input.pdfRetentionDays,
    };

    const changedFields = changedFieldNames(previous, next);
    const hasPassword = passwordEncrypted !== null;
    if (row && changedFields.length === 0) return { changedFields, version: row.version, hasPassword };

    const [saved] = await tx
      .insert(mailSettings)
      .values({ ...next, tenantId, updatedBy: userId, version: 1, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: mailSettings.tenantId,
        set: { ...next, updatedBy: userId, version: sql`${mailSettings.version} + 1`, updatedAt: new Date() },
      })
      .returning({ version: mailSettings.version });
    await tx.insert(auditLog).values({ tenantId, userId, action: mailSettingsAuditAction, changedFields });
    return { changedFields, version: saved!.version, hasPassword };
  });
}

/** The ciphertext to store: the typed password encrypted, none when cleared, or the stored one unchanged. */
function nextPassword(
  stored: string | null,
  input: Pick<MailSettingsValues, "password" | "clearPassword">,
): string | null {
  if (input.password === "") return input.clearPassword ? null : stored;
  // Typing the stored password again is no change, so the ciphertext and the audit log stay as they are.
  if (stored !== null && decryptsTo(stored, input.password)) return stored;
  return encryptSecret(input.password);
}

function decryptsTo(stored: string, password: string): boolean {
  try {
    return decryptSecret(stored) === password;
  } catch {
    // A ciphertext under another key cannot be compared, so the typed password replaces it.
    return false;
  }
}

function changedFieldNames(previous: StoredFields, next: StoredFields): MailSettingsFieldName[] {
  const pairs: [MailSettingsFieldName, unknown, unknown][] = [
    ["host", previous.host, next.host],
    ["port", previous.port, next.port],
    ["security", previous.security, next.security],
    ["username", previous.username, next.username],
    ["password", previous.passwordEncrypted, next.passwordEncrypted],
    ["fromAddress", previous.fromAddress, next.fromAddress],
    ["fromName", previous.fromName, next.fromName],
    ["replyTo", previous.replyTo, next.replyTo],
    ["cc", previous.cc.join("\n"), next.cc.join("\n")],
    ["bcc", previous.bcc.join("\n"), next.bcc.join("\n")],
    ["dailyLimit", previous.dailyLimit, next.dailyLimit],
    ["hideSuccessMessage", previous.hideSuccessMessage, next.hideSuccessMessage],
    ["pdfArchive", previous.pdfArchive, next.pdfArchive],
    ["pdfRetentionDays", previous.pdfRetentionDays, next.pdfRetentionDays],
  ];
  return pairs.filter(([, before, after]) => before !== after).map(([name]) => name);
}
