import { sql } from "drizzle-orm";
import { boolean, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants";

export const products = pgTable(
  "products",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    number: integer("number").notNull(),
    name: text("name").notNull(),
    /** "bread", "pastry", or a group the bakery adds. */
    productGroup: text("product_group").notNull().default("bread"),
    unit: text("unit").notNull().default("st"),
    priceCents: integer("price_cents").notNull(),
    /** VAT rate in whole percent: 9 (low) or 21 (high). */
    vatRate: integer("vat_rate").notNull(),
    sliceable: boolean("sliceable").notNull().default(false),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    unique("products_tenant_number_key").on(table.tenantId, table.number),
  ],
);
