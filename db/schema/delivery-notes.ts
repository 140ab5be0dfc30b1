import { sql } from "drizzle-orm";
import { foreignKey, integer, pgEnum, pgTable, primaryKey, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { orders } from "./orders";

export const noteKind = pgEnum("note_kind", ["delivery", "cash"]);

/**
 * A delivery note issued for an order. The number is assigned the first time
 * the order is printed or sent and stays with it, so a reprint is the same note.
 */
export const deliveryNotes = pgTable(
  "delivery_notes",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id")
      .notNull()
      .default(sql`gen_random_uuid()`),
    number: integer("number").notNull(),
    orderId: uuid("order_id").notNull(),
    kind: noteKind("kind").notNull().default("delivery"),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    unique("delivery_notes_tenant_number_key").on(table.tenantId, table.number),
    unique("delivery_notes_tenant_order_key").on(table.tenantId, table.orderId),
    foreignKey({
      columns: [table.tenantId, table.orderId],
      foreignColumns: [orders.tenantId, orders.id],
      name: "delivery_notes_order_fk",
    }).onDelete("cascade"),
  ],
);

/** A print PDF requested from the Print dialog: the notes it contains, in print order. */
export const printJobs = pgTable(
  "print_jobs",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id")
      .notNull()
      .default(sql`gen_random_uuid()`),
    noteIds: uuid("note_ids").array().notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] })],
);
