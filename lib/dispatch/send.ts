import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { dispatchAttachments, dispatches, dispatchNotes } from "@/db/schema";
import { loadNoteDocuments } from "@/lib/data/delivery-notes";
import { getMailTransportSettings, type MailTransportSettings } from "@/lib/data/mail-settings";
import { getTenantById } from "@/lib/data/tenants";
import { addDays, todayIn } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { composeMessage } from "@/lib/mail/compose";
import { diagnoseSmtpError } from "@/lib/mail/diagnosis";
import { getPooledTransport } from "@/lib/mail/transport";
import { deliveryNoteFileName, renderDeliveryNotesPdf } from "@/lib/pdf/render";
import type { ClaimedDispatch } from "./claim";
import { countSentToday, startOfDay } from "./daily-limit";
import { outcomeOfFailure } from "./retry";

export type SendOutcome = "sent" | "deferred" | "failed";

/** Send one claimed dispatch and record the result. Never throws for a mail failure. */
export async function sendClaimedDispatch(db: Db, dispatch: ClaimedDispatch): Promise<SendOutcome> {
  const log = logger.child({ tenantId: dispatch.tenantId, dispatchId: dispatch.id, attempt: dispatch.attempts });

  const tenant = await getTenantById(db, dispatch.tenantId);
  const settings = await getMailTransportSettings(db, dispatch.tenantId);
  if (!tenant || !settings) {
    await recordFailure(db, dispatch, { status: "failed" }, "mail_not_configured", "No mail settings for this bakery.");
    log.warn("dispatch failed: no mail settings");
    return "failed";
  }

  if (await dailyLimitReached(db, settings, tenant.timeZone)) {
    const nextDay = startOfDay(addDays(todayIn(tenant.timeZone), 1), tenant.timeZone);
    await db
      .update(dispatches)
      .set({
        status: "deferred",
        // The attempt that found the limit reached did not talk to the server, so it does not count.
        attempts: sql`${dispatches.attempts} - 1`,
        nextAttemptAt: nextDay,
        leaseUntil: null,
        errorKind: "daily_limit",
        errorMessage: `Daily limit of ${settings.dailyLimit} messages reached; sending resumes on the next day.`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(dispatches.tenantId, dispatch.tenantId), eq(dispatches.id, dispatch.id)));
    log.info({ dailyLimit: settings.dailyLimit }, "dispatch deferred: daily limit reached");
    return "deferred";
  }

  try {
    const noteRows = await db
      .select({ noteId: dispatchNotes.noteId })
      .from(dispatchNotes)
      .where(and(eq(dispatchNotes.tenantId, dispatch.tenantId), eq(dispatchNotes.dispatchId, dispatch.id)))
      .orderBy(asc(dispatchNotes.position));
    const documents = await loadNoteDocuments(
      db,
      tenant,
      noteRows.map((row) => row.noteId),
    );
    const attachments = await Promise.all(
      documents.map(async (document) => ({
        fileName: deliveryNoteFileName(document),
        content: await renderDeliveryNotesPdf([document]),
        contentType: "application/pdf",
      })),
    );

    const message = composeMessage({
      from: { name: settings.fromName || tenant.tradeName, address: settings.fromAddress },
      to: dispatch.recipients,
      cc: settings.cc,
      bcc: settings.bcc,
      replyTo: settings.replyTo || undefined,
      messageId: dispatch.messageId,
      rendered: { subject: dispatch.subject, text: dispatch.bodyText, html: dispatch.bodyHtml },
      attachments,
    });
    const info = await getPooledTransport(settings).sendMail(message);

    if (settings.pdfArchive === "keep") await archiveAttachments(db, dispatch, attachments);

    const rejected = (info.rejected ?? []).map(String);
    await db
      .update(dispatches)
      .set({
        status: "sent",
        sentAt: sql`now()`,
        leaseUntil: null,
        smtpResponse: info.response,
        errorKind: rejected.length > 0 ? "recipient_rejected" : null,
        errorAdviceKey: null,
        errorMessage: rejected.length > 0 ? `Rejected recipients: ${rejected.join(", ")}` : null,
        updatedAt: sql`now()`,
      })
      .where(and(eq(dispatches.tenantId, dispatch.tenantId), eq(dispatches.id, dispatch.id)));
    log.info({ response: info.response, rejected: rejected.length }, "dispatch sent");
    return "sent";
  } catch (error) {
    if (isAppError(error)) {
      // The message itself is invalid (an address that the settings page let through earlier); retrying cannot help.
      await recordFailure(db, dispatch, { status: "failed" }, "invalid_message", error.message);
      log.warn({ err: error }, "dispatch failed: invalid message");
      return "failed";
    }
    const diagnosis = diagnoseSmtpError(error, {
      host: settings.host,
      port: settings.port,
      security: settings.security,
    });
    const outcome = outcomeOfFailure(diagnosis.retryable, dispatch.attempts);
    const message = error instanceof Error ? error.message : String(error);
    await recordFailure(db, dispatch, outcome, diagnosis.kind, message, diagnosis.serverReply, diagnosis.messageKey);
    log.warn({ err: error, kind: diagnosis.kind, outcome: outcome.status }, "dispatch attempt failed");
    return outcome.status;
  }
}

/** Keep copies of the sent PDFs for the send log; a resend replaces them. */
async function archiveAttachments(
  db: Db,
  dispatch: ClaimedDispatch,
  attachments: { fileName: string; content: Buffer }[],
): Promise<void> {
  await db
    .delete(dispatchAttachments)
    .where(and(eq(dispatchAttachments.tenantId, dispatch.tenantId), eq(dispatchAttachments.dispatchId, dispatch.id)));
  if (attachments.length === 0) return;
  await db.insert(dispatchAttachments).values(
    attachments.map((attachment, position) => ({
      tenantId: dispatch.tenantId,
      dispatchId: dispatch.id,
      position,
      fileName: attachment.fileName,
      content: attachment.content,
    })),
  );
}

async function recordFailure(
  db: Db,
  dispatch: ClaimedDispatch,
  outcome: ReturnType<typeof outcomeOfFailure>,
  errorKind: string,
  errorMessage: string,
  serverReply?: string,
  adviceKey?: string,
): Promise<void> {
  await db
    .update(dispatches)
    .set({
      status: outcome.status,
      nextAttemptAt: outcome.status === "deferred" ? outcome.nextAttemptAt : undefined,
      leaseUntil: null,
      errorKind,
      errorMessage,
      errorAdviceKey: adviceKey ?? null,
      smtpResponse: serverReply ?? null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(dispatches.tenantId, dispatch.tenantId), eq(dispatches.id, dispatch.id)));
}

async function dailyLimitReached(db: Db, settings: MailTransportSettings, timeZone: string): Promise<boolean> {
  if (settings.dailyLimit === null) return false;
  return (await countSentToday(db, settings.tenantId, timeZone)) >= settings.dailyLimit;
}
