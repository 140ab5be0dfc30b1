import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants";

/** Record of settings changes: user, time and field names. Values are not stored, so no secret can end up here. */
export const auditLog = pgTable(
  "audit_log",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id")
      .notNull()
      .default(sql`gen_random_uuid()`),
    userId: uuid("user_id"),
    /** Kind of change, e.g. "mail_settings.update". */
    action: text("action").notNull(),
    changedFields: text("changed_fields").array().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index("audit_log_tenant_created_idx").on(table.tenantId, table.createdAt),
  ],
);
