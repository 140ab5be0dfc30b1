import { sql } from "drizzle-orm";
import {
  boolean,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { tenants } from "./tenants";

/** Which of a customer's split notes a product group's products go on. */
export const productCategory = pgEnum("product_category", ["bread", "pastry"]);

/**
 * A bakery's product groups. Every tenant gets "bread", "pastry" and "other"
 * when it is created (trigger tenants_seed_product_groups in migration 0001);
 * the bakery adds others.
 */
export const productGroups = pgTable(
  "product_groups",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** Stable key that products and CSV files refer to, e.g. "bread" or "vlaai". */
    code: text("code").notNull(),
    name: text("name").notNull(),
    category: productCategory("category").notNull().default("bread"),
    position: integer("position").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.code] })],
);

export const products = pgTable(
  "products",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id")
      .notNull()
      .default(sql`gen_random_uuid()`),
    number: integer("number").notNull(),
    name: text("name").notNull(),
    /** Code of a product group of the same tenant: "bread", "pastry", or one the bakery adds. */
    productGroup: text("product_group").notNull().default("bread"),
    unit: text("unit").notNull().default("st"),
    priceCents: integer("price_cents").notNull(),
    /** VAT rate in whole percent: 9 (low) or 21 (high). */
    vatRate: integer("vat_rate").notNull(),
    sliceable: boolean("sliceable").notNull().default(false),
    /** Inactive products stay on past orders but are not offered for new ones. */
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    unique("products_tenant_number_key").on(table.tenantId, table.number),
    index("products_tenant_name_idx").on(table.tenantId, table.name),
    index("products_tenant_group_idx").on(table.tenantId, table.productGroup),
    foreignKey({
      columns: [table.tenantId, table.productGroup],
      foreignColumns: [productGroups.tenantId, productGroups.code],
      name: "products_product_group_fk",
    }).onUpdate("cascade"),
  ],
);
