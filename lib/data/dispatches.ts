import "server-only";
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { customers, deliveryNotes, dispatches, dispatchNotes } from "@/db/schema";

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
