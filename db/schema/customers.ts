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
  time,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenants } from "./tenants";

export const customerKind = pgEnum("customer_kind", ["company", "private", "walk_in"]);
export const noteDispatch = pgEnum("note_dispatch", ["paper", "email", "paper_and_email"]);
export const deliveryMethod = pgEnum("delivery_method", ["deliver", "pick_up"]);
export const slicing = pgEnum("slicing", ["sliced", "unsliced"]);

export const customers = pgTable(
  "customers",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id")
      .notNull()
      .default(sql`gen_random_uuid()`),
    number: integer("number").notNull(),
    kind: customerKind("kind").notNull().default("company"),
    name: text("name").notNull(),
    /** The person email texts address ([CONTACTPERSON]); further people are in customer_contacts. */
    contactPerson: text("contact_person").notNull().default(""),
    phone: text("phone").notNull().default(""),
    email: text("email").notNull().default(""),
    /**
     * The customer's own address. It is also the invoice address unless
     * hasSeparateInvoiceAddress is set.
     */
    address: text("address").notNull().default(""),
    postalCode: text("postal_code").notNull().default(""),
    city: text("city").notNull().default(""),

    /** On the list of customers the bakery phones for their order. */
    onCallList: boolean("on_call_list").notNull().default(false),
    /** Latest time of day to phone a call-list customer, in the tenant's time zone. */
    callBefore: time("call_before"),
    route: text("route").notNull().default(""),
    deliveryMethod: deliveryMethod("delivery_method").notNull().default("deliver"),
    deliveryFeeCents: integer("delivery_fee_cents").notNull().default(0),
    /** Order amount from which the delivery fee is waived; null charges the fee on every order. */
    freeDeliveryMinimumCents: integer("free_delivery_minimum_cents"),
    copies: integer("copies").notNull().default(1),
    noteDispatch: noteDispatch("note_dispatch").notNull().default("paper"),
    /** Addresses that receive the delivery notes when dispatch includes email. */
    noteEmails: text("note_emails")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    branch: text("branch").notNull().default(""),
    customerReference: text("customer_reference").notNull().default(""),
    /** Caption printed before the customer reference on notes, e.g. "PO number". */
    customerReferenceLabel: text("customer_reference_label").notNull().default(""),
    blocked: boolean("blocked").notNull().default(false),
    hidePrices: boolean("hide_prices").notNull().default(false),
    printNetPrices: boolean("print_net_prices").notNull().default(false),
    alwaysShowDeliveryAddress: boolean("always_show_delivery_address").notNull().default(false),
    /** Separate notes for the bread and the pastry product groups (product_groups.category). */
    splitBreadAndPastry: boolean("split_bread_and_pastry").notNull().default(false),
    isCashCustomer: boolean("is_cash_customer").notNull().default(false),
    productionShift: text("production_shift").notNull().default(""),
    orderGroup: text("order_group").notNull().default(""),
    labelText: text("label_text").notNull().default(""),
    slicing: slicing("slicing").notNull().default("unsliced"),
    keepOrderHistory: boolean("keep_order_history").notNull().default(false),

    hasSeparateInvoiceAddress: boolean("has_separate_invoice_address").notNull().default(false),
    invoiceName: text("invoice_name").notNull().default(""),
    invoiceAddress: text("invoice_address").notNull().default(""),
    invoicePostalCode: text("invoice_postal_code").notNull().default(""),
    invoiceCity: text("invoice_city").notNull().default(""),

    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    unique("customers_tenant_number_key").on(table.tenantId, table.number),
    index("customers_tenant_name_idx").on(table.tenantId, table.name),
    index("customers_tenant_city_idx").on(table.tenantId, table.city),
    index("customers_tenant_route_idx").on(table.tenantId, table.route, table.number),
    index("customers_tenant_branch_idx").on(table.tenantId, table.branch),
  ],
);

export const customerDeliveryAddresses = pgTable(
  "customer_delivery_addresses",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id")
      .notNull()
      .default(sql`gen_random_uuid()`),
    customerId: uuid("customer_id").notNull(),
    name: text("name").notNull().default(""),
    address: text("address").notNull(),
    postalCode: text("postal_code").notNull().default(""),
    city: text("city").notNull().default(""),
    isDefault: boolean("is_default").notNull().default(false),
    /** Display order within the customer. */
    position: integer("position").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index("customer_delivery_addresses_customer_idx").on(table.tenantId, table.customerId),
    uniqueIndex("customer_delivery_addresses_one_default_idx")
      .on(table.tenantId, table.customerId)
      .where(sql`${table.isDefault}`),
    foreignKey({
      columns: [table.tenantId, table.customerId],
      foreignColumns: [customers.tenantId, customers.id],
      name: "customer_delivery_addresses_customer_fk",
    }).onDelete("cascade"),
  ],
);

/** People at a customer: who to ask for, phone or mail about orders and invoices. */
export const customerContacts = pgTable(
  "customer_contacts",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id")
      .notNull()
      .default(sql`gen_random_uuid()`),
    customerId: uuid("customer_id").notNull(),
    name: text("name").notNull(),
    /** What the person does for the customer, e.g. "purchasing" or "accounts". */
    role: text("role").notNull().default(""),
    phone: text("phone").notNull().default(""),
    email: text("email").notNull().default(""),
    position: integer("position").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index("customer_contacts_customer_idx").on(table.tenantId, table.customerId),
    foreignKey({
      columns: [table.tenantId, table.customerId],
      foreignColumns: [customers.tenantId, customers.id],
      name: "customer_contacts_customer_fk",
    }).onDelete("cascade"),
  ],
);
