import { sql } from "drizzle-orm";
import {
  customType,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { deliveryNotes } from "./delivery-notes";
import { tenants } from "./tenants";

export const dispatchStatus = pgEnum("dispatch_status", ["queued", "sending", "sent", "deferred", "failed"]);

/**
 * The outbox: one row per email message. Rows are written in the transaction
 * that issues the notes and are sent by the worker (lib/dispatch).
 */
export const dispatches = pgTable(
  "dispatches",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id")
      .notNull()
      .default(sql`gen_random_uuid()`),
    /** Rows written by one Print dialog submission share a batch id. */
    batchId: uuid("batch_id").notNull(),
    kind: text("kind").notNull().default("delivery_notes"),
    status: dispatchStatus("status").notNull().default("queued"),
    /** The customer the message is for; null for "send to email" to a typed address. */
    customerId: uuid("customer_id"),
    recipients: text("recipients").array().notNull(),
    /** Rendered at enqueue time so that a retry sends the same text. */
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    bodyHtml: text("body_html").notNull(),
    /** Message-ID header value, fixed at enqueue time so that retries reuse it. */
    messageId: text("message_id").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    /** The server's reply to the final DATA command when sent. */
    smtpResponse: text("smtp_response"),
    errorKind: text("error_kind"),
    errorMessage: text("error_message"),
    /** Message key of the diagnosis's advice, e.g. "diagnosis.kinds.auth_failed.microsoft". */
    errorAdviceKey: text("error_advice_key"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index("dispatches_tenant_created_idx").on(table.tenantId, table.createdAt),
    index("dispatches_claim_idx").on(table.status, table.nextAttemptAt),
  ],
);

/** The notes attached to a dispatch, in attachment order. */
export const dispatchNotes = pgTable(
  "dispatch_notes",
  {
    tenantId: uuid("tenant_id").notNull(),
    dispatchId: uuid("dispatch_id").notNull(),
    noteId: uuid("note_id").notNull(),
    position: integer("position").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.dispatchId, table.noteId] }),
    foreignKey({
      columns: [table.tenantId, table.dispatchId],
      foreignColumns: [dispatches.tenantId, dispatches.id],
      name: "dispatch_notes_dispatch_fk",
    }).onDelete("cascade"),
    foreignKey({
      columns: [table.tenantId, table.noteId],
      foreignColumns: [deliveryNotes.tenantId, deliveryNotes.id],
      name: "dispatch_notes_note_fk",
    }).onDelete("cascade"),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/** Archived copies of the PDFs a dispatch sent, kept for the tenant's retention period. */
export const dispatchAttachments = pgTable(
  "dispatch_attachments",
  {
    tenantId: uuid("tenant_id").notNull(),
    dispatchId: uuid("dispatch_id").notNull(),
    position: integer("position").notNull(),
    fileName: text("file_name").notNull(),
    content: bytea("content").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.dispatchId, table.position] }),
    index("dispatch_attachments_tenant_created_idx").on(table.tenantId, table.createdAt),
    foreignKey({
      columns: [table.tenantId, table.dispatchId],
      foreignColumns: [dispatches.tenantId, dispatches.id],
      name: "dispatch_attachments_dispatch_fk",
    }).onDelete("cascade"),
  ],
);
