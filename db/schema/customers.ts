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

export const customerKind = pgEnum("customer_kind", ["company", "private", "walk_in"]);
export const noteDispatch = pgEnum("note_dispatch", ["paper", "email", "paper_and_email"]);

export const customers = pgTable(
  "customers",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    number: integer("number").notNull(),
    kind: customerKind("kind").notNull().default("company"),
    name: text("name").notNull(),
    contactPerson: text("contact_person").notNull().default(""),
    phone: text("phone").notNull().default(""),
    email: text("email").notNull().default(""),
    /** Main (invoice) address. */
    address: text("address").notNull().default(""),
    postalCode: text("postal_code").notNull().default(""),
    city: text("city").notNull().default(""),
    route: text("route").notNull().default(""),
    noteDispatch: noteDispatch("note_dispatch").notNull().default("paper"),
    /** Addresses that receive the delivery notes when dispatch includes email. */
    noteEmails: text("note_emails").array().notNull().default(sql`'{}'::text[]`),
    copies: integer("copies").notNull().default(1),
    hidePrices: boolean("hide_prices").notNull().default(false),
    isCashCustomer: boolean("is_cash_customer").notNull().default(false),
    customerReference: text("customer_reference").notNull().default(""),
    blocked: boolean("blocked").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    unique("customers_tenant_number_key").on(table.tenantId, table.number),
    index("customers_tenant_name_idx").on(table.tenantId, table.name),
  ],
);

export const customerDeliveryAddresses = pgTable(
  "customer_delivery_addresses",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    customerId: uuid("customer_id").notNull(),
    name: text("name").notNull().default(""),
    address: text("address").notNull(),
    postalCode: text("postal_code").notNull().default(""),
    city: text("city").notNull().default(""),
    isDefault: boolean("is_default").notNull().default(false),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index("customer_delivery_addresses_customer_idx").on(table.tenantId, table.customerId),
    foreignKey({
      columns: [table.tenantId, table.customerId],
      foreignColumns: [customers.tenantId, customers.id],
      name: "customer_delivery_addresses_customer_fk",
    }).onDelete("cascade"),
  ],
);
