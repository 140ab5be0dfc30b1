import { sql } from "drizzle-orm";
import {
  boolean,
  date,
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
import { customerDeliveryAddresses, customers } from "./customers";
import { products } from "./products";
import { tenants } from "./tenants";

export const orderStatus = pgEnum("order_status", ["open", "quote", "delivered", "cancelled"]);

export const orders = pgTable(
  "orders",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id")
      .notNull()
      .default(sql`gen_random_uuid()`),
    number: integer("number").notNull(),
    /** Calendar day of delivery in the tenant's time zone; never a timestamp. */
    deliveryDate: date("delivery_date", { mode: "string" }).notNull(),
    customerId: uuid("customer_id").notNull(),
    deliveryAddressId: uuid("delivery_address_id"),
    status: orderStatus("status").notNull().default("open"),
    remark: text("remark").notNull().default(""),
    customerReference: text("customer_reference").notNull().default(""),
    orderReference: text("order_reference").notNull().default(""),
    branch: text("branch").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    unique("orders_tenant_number_key").on(table.tenantId, table.number),
    index("orders_tenant_delivery_date_idx").on(table.tenantId, table.deliveryDate),
    index("orders_tenant_customer_idx").on(table.tenantId, table.customerId),
    foreignKey({
      columns: [table.tenantId, table.customerId],
      foreignColumns: [customers.tenantId, customers.id],
      name: "orders_customer_fk",
    }),
    foreignKey({
      columns: [table.tenantId, table.deliveryAddressId],
      foreignColumns: [customerDeliveryAddresses.tenantId, customerDeliveryAddresses.id],
      name: "orders_delivery_address_fk",
    }),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id")
      .notNull()
      .default(sql`gen_random_uuid()`),
    orderId: uuid("order_id").notNull(),
    position: integer("position").notNull(),
    productId: uuid("product_id").notNull(),
    quantity: integer("quantity").notNull(),
    /** Price per unit in cents at the time of ordering. */
    unitPriceCents: integer("unit_price_cents").notNull(),
    /** VAT rate in whole percent at the time of ordering. */
    vatRate: integer("vat_rate").notNull(),
    sliced: boolean("sliced").notNull().default(false),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    unique("order_lines_order_position_key").on(table.tenantId, table.orderId, table.position),
    foreignKey({
      columns: [table.tenantId, table.orderId],
      foreignColumns: [orders.tenantId, orders.id],
      name: "order_lines_order_fk",
    }).onDelete("cascade"),
    foreignKey({
      columns: [table.tenantId, table.productId],
      foreignColumns: [products.tenantId, products.id],
      name: "order_lines_product_fk",
    }),
  ],
);
