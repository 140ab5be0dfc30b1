import { sql } from "drizzle-orm";
import { integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** A bakery: the unit of tenancy. Its trade name and address head every document. */
export const tenants = pgTable("tenants", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  slug: text("slug").notNull().unique(),
  tradeName: text("trade_name").notNull(),
  address: text("address").notNull().default(""),
  postalCode: text("postal_code").notNull().default(""),
  city: text("city").notNull().default(""),
  phone: text("phone").notNull().default(""),
  fax: text("fax").notNull().default(""),
  email: text("email").notNull().default(""),
  chamberOfCommerceNumber: text("chamber_of_commerce_number").notNull().default(""),
  vatNumber: text("vat_number").notNull().default(""),
  timeZone: text("time_zone").notNull().default("Europe/Amsterdam"),
  locale: text("locale").notNull().default("nl"),
  suspendedAt: timestamp("suspended_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Per-tenant number sequences (order numbers, note numbers). A row is
 * incremented with UPDATE … RETURNING inside the transaction that uses the
 * number, so numbers are unique and gaps appear only on rollback.
 */
export const tenantCounters = pgTable(
  "tenant_counters",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    value: integer("value").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.name] })],
);
