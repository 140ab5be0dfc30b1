import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { customers, deliveryNotes, orderLines, orders, products } from "@/db/schema";
import type { IsoDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { nextNumber } from "./counters";

export type OrderGridRow = {
  id: string;
  number: number;
  deliveryDate: IsoDate;
  status: "open" | "quote" | "delivered" | "cancelled";
  remark: string;
  customerReference: string;
  orderReference: string;
  customerNumber: number;
  customerName: string;
  route: string;
  noteDispatch: "paper" | "email" | "paper_and_email";
  noteEmails: string[];
  customerBlocked: boolean;
  /** The order's delivery note, null until the order is first printed or sent. */
  noteId: string | null;
  noteNumber: number | null;
};

/** Orders of one delivery date for the order grid, by order number. */
export async function listOrdersForDate(db: Db, tenantId: string, deliveryDate: IsoDate): Promise<OrderGridRow[]> {
  return db
    .select({
      id: orders.id,
      number: orders.number,
      deliveryDate: orders.deliveryDate,
      status: orders.status,
      remark: orders.remark,
      customerReference: orders.customerReference,
      orderReference: orders.orderReference,
      customerNumber: customers.number,
      customerName: customers.name,
      route: customers.route,
      noteDispatch: customers.noteDispatch,
      noteEmails: customers.noteEmails,
      customerBlocked: customers.blocked,
      noteId: deliveryNotes.id,
      noteNumber: deliveryNotes.number,
    })
    .from(orders)
    .innerJoin(customers, and(eq(customers.tenantId, orders.tenantId), eq(customers.id, orders.customerId)))
    .leftJoin(deliveryNotes, and(eq(deliveryNotes.tenantId, orders.tenantId), eq(deliveryNotes.orderId, orders.id)))
    .where(and(eq(orders.tenantId, tenantId), eq(orders.deliveryDate, deliveryDate)))
    .orderBy(asc(orders.number));
}

export type OrderForPrint = {
  id: string;
  number: number;
  deliveryDate: IsoDate;
  customer: {
    id: string;
    number: number;
    name: string;
    contactPerson: string;
    route: string;
    noteDispatch: "paper" | "email" | "paper_and_email";
    noteEmails: string[];
    blocked: boolean;
    copies: number;
  };
};

/** Find the tenant's orders among `orderIds`. Ids of other tenants and unknown ids are left out of the result. */
export async function findOrdersForPrint(db: Db, tenantId: string, orderIds: string[]): Promise<OrderForPrint[]> {
  if (orderIds.length === 0) return [];
  const rows = await db
    .select({
      id: orders.id,
      number: orders.number,
      deliveryDate: orders.deliveryDate,
      customerId: customers.id,
      customerNumber: customers.number,
      customerName: customers.name,
      contactPerson: customers.contactPerson,
      route: customers.route,
      noteDispatch: customers.noteDispatch,
      noteEmails: customers.noteEmails,
      blocked: customers.blocked,
      copies: customers.copies,
    })
    .from(orders)
    .innerJoin(customers, and(eq(customers.tenantId, orders.tenantId), eq(customers.id, orders.customerId)))
    .where(and(eq(orders.tenantId, tenantId), inArray(orders.id, orderIds)));

  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    deliveryDate: row.deliveryDate,
    customer: {
      id: row.customerId,
      number: row.customerNumber,
      name: row.customerName,
      contactPerson: row.contactPerson,
      route: row.route,
      noteDispatch: row.noteDispatch,
      noteEmails: row.noteEmails,
      blocked: row.blocked,
      copies: row.copies,
    },
  }));
}

export type NewOrderLine = { productId: string; quantity: number; sliced?: boolean };

export type NewOrder = {
  customerId: string;
  deliveryDate: IsoDate;
  lines: NewOrderLine[];
  remark?: string;
  customerReference?: string;
  orderReference?: string;
  deliveryAddressId?: string | null;
  status?: "open" | "quote";
};

/**
 * Create an order with the next order number. Line prices and VAT rates are
 * copied from the products, so later price changes do not alter the order.
 * Throws AppError("not_found") when the customer or a product is not the tenant's.
 */
export async function createOrder(db: Db, tenantId: string, input: NewOrder): Promise<{ id: string; number: number }> {
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const [customer] = await tx
      .select({ id: customers.id, blocked: customers.blocked, name: customers.name })
      .from(customers)
      .where(and(eq(customers.tenantId, tenantId), eq(customers.id, input.customerId)));
    if (!customer) throw new AppError("not_found");
    if (customer.blocked) throw new AppError("customer_blocked", undefined, { name: customer.name });

    const productIds = [...new Set(input.lines.map((line) => line.productId))];
    const found =
      productIds.length === 0
        ? []
        : await tx
            .select({ id: products.id, priceCents: products.priceCents, vatRate: products.vatRate })
            .from(products)
            .where(and(eq(products.tenantId, tenantId), inArray(products.id, productIds)));
    if (found.length !== productIds.length) throw new AppError("not_found");
    const productsById = new Map(found.map((product) => [product.id, product]));

    const number = await nextNumber(txDb, tenantId, "order");
    const [order] = await tx
      .insert(orders)
      .values({
        tenantId,
        number,
        customerId: input.customerId,
        deliveryDate: input.deliveryDate,
        deliveryAddressId: input.deliveryAddressId ?? null,
        remark: input.remark ?? "",
        customerReference: input.customerReference ?? "",
        orderReference: input.orderReference ?? "",
        status: input.status ?? "open",
      })
      .returning({ id: orders.id, number: orders.number });

    if (input.lines.length > 0) {
      await tx.insert(orderLines).values(
        input.lines.map((line, position) => {
          const product = productsById.get(line.productId)!;
          return {
            tenantId,
            orderId: order!.id,
            position,
            productId: line.productId,
            quantity: line.quantity,
            unitPriceCents: product.priceCents,
            vatRate: product.vatRate,
            sliced: line.sliced ?? false,
          };
        }),
      );
    }
    return order!;
  });
}
