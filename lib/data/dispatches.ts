import "server-only";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { customers, deliveryNotes, dispatchAttachments, dispatches, dispatchNotes } from "@/db/schema";

export type DispatchLogRow = {
  id: string;
  batchId: string;
  status: "queued" | "sending" | "sent" | "deferred" | "failed";
  recipients: string[];
  subject: string;
  customerName: string | null;
  noteNumbers: number[];
  attempts: number;
  smtpResponse: string | null;
  errorKind: string | null;
  errorMessage: string | null;
  errorAdviceKey: string | null;
  messageId: string;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
};

export type DispatchLogFilter = { batchId?: string; status?: DispatchLogRow["status"]; limit: number; offset: number };

/** The tenant's send log, newest first, with the note numbers of each message. */
export async function listDispatches(
  db: Db,
  tenantId: string,
  filter: DispatchLogFilter,
): Promise<{ rows: DispatchLogRow[]; total: number }> {
  const where = and(
    eq(dispatches.tenantId, tenantId),
    filter.batchId ? eq(dispatches.batchId, filter.batchId) : undefined,
    filter.status ? eq(dispatches.status, filter.status) : undefined,
  );

  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        id: dispatches.id,
        batchId: dispatches.batchId,
        status: dispatches.status,
        recipients: dispatches.recipients,
        subject: dispatches.subject,
        customerName: customers.name,
        attempts: dispatches.attempts,
        smtpResponse: dispatches.smtpResponse,
        errorKind: dispatches.errorKind,
        errorMessage: dispatches.errorMessage,
        errorAdviceKey: dispatches.errorAdviceKey,
        messageId: dispatches.messageId,
        createdAt: dispatches.createdAt,
        sentAt: dispatches.sentAt,
        nextAttemptAt: dispatches.nextAttemptAt,
      })
      .from(dispatches)
      .leftJoin(customers, and(eq(customers.tenantId, dispatches.tenantId), eq(customers.id, dispatches.customerId)))
      .where(where)
      .orderBy(desc(dispatches.createdAt), desc(dispatches.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(dispatches).where(where),
  ]);

  const ids = rows.map((row) => row.id);
  const numbers =
    ids.length === 0
      ? []
      : await db
          .select({ dispatchId: dispatchNotes.dispatchId, number: deliveryNotes.number })
          .from(dispatchNotes)
          .innerJoin(
            deliveryNotes,
            and(eq(deliveryNotes.tenantId, dispatchNotes.tenantId), eq(deliveryNotes.id, dispatchNotes.noteId)),
          )
          .where(and(eq(dispatchNotes.tenantId, tenantId), inArray(dispatchNotes.dispatchId, ids)))
          .orderBy(dispatchNotes.position);

  return {
    rows: rows.map((row) => ({
      ...row,
      noteNumbers: numbers.filter((entry) => entry.dispatchId === row.id).map((entry) => entry.number),
    })),
    total: totalRow?.total ?? 0,
  };
}

/** Counts per status of one batch, for the progress shown after printing. */
export async function batchProgress(
  db: Db,
  tenantId: string,
  batchId: string,
): Promise<Record<DispatchLogRow["status"], number>> {
  const rows = await db
    .select({ status: dispatches.status, total: count() })
    .from(dispatches)
    .where(and(eq(dispatches.tenantId, tenantId), eq(dispatches.batchId, batchId)))
    .groupBy(dispatches.status);
  const progress = { queued: 0, sending: 0, sent: 0, deferred: 0, failed: 0 };
  for (const row of rows) progress[row.status] = row.total;
  return progress;
}

/**
 * Queue a failed or deferred dispatch again, now. Returns false when the
 * dispatch is not the tenant's or is not in a state that can be resent.
 */
export async function requeueDispatch(db: Db, tenantId: string, dispatchId: string): Promise<boolean> {
  const updated = await db
    .update(dispatches)
    .set({
      status: "queued",
      nextAttemptAt: sql`now()`,
      attempts: 0,
      errorKind: null,
      errorMessage: null,
      errorAdviceKey: null,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(dispatches.tenantId, tenantId),
        eq(dispatches.id, dispatchId),
        inArray(dispatches.status, ["failed", "deferred"]),
      ),
    )
    .returning({ id: dispatches.id });
  return updated.length > 0;
}

/** An archived PDF of a sent message, without its content. */
export type DispatchAttachmentName = { position: number; fileName: string };

/**
 * List the archived PDFs of each of `dispatchIds`, in attachment order. A
 * dispatch without an archive (purged, or the bakery deletes PDFs after
 * sending) has no entry in the map.
 */
export async function listDispatchAttachments(
  db: Db,
  tenantId: string,
  dispatchIds: string[],
): Promise<Map<string, DispatchAttachmentName[]>> {
  const attachments = new Map<string, DispatchAttachmentName[]>();
  if (dispatchIds.length === 0) return attachments;

  const rows = await db
    .select({
      dispatchId: dispatchAttachments.dispatchId,
      position: dispatchAttachments.position,
      fileName: dispatchAttachments.fileName,
    })
    .from(dispatchAttachments)
    .where(and(eq(dispatchAttachments.tenantId, tenantId), inArray(dispatchAttachments.dispatchId, dispatchIds)))
    .orderBy(asc(dispatchAttachments.dispatchId), asc(dispatchAttachments.position));
  for (const { dispatchId, ...name } of rows) {
    const names = attachments.get(dispatchId) ?? [];
    names.push(name);
    attachments.set(dispatchId, names);
  }
  return attachments;
}

/** Get one archived PDF of the tenant's dispatch, or null when it was never archived or is purged. */
export async function getDispatchAttachment(
  db: Db,
  tenantId: string,
  dispatchId: string,
  position: number,
): Promise<{ fileName: string; content: Buffer } | null> {
  const [row] = await db
    .select({ fileName: dispatchAttachments.fileName, content: dispatchAttachments.content })
    .from(dispatchAttachments)
    .where(
      and(
        eq(dispatchAttachments.tenantId, tenantId),
        eq(dispatchAttachments.dispatchId, dispatchId),
        eq(dispatchAttachments.position, position),
      ),
    );
  return row ?? null;
}
