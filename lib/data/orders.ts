import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { customers, deliveryNotes, orders } from "@/db/schema";
import type { IsoDate } from "@/lib/dates";

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
    route: string;
    noteDispatch: "paper" | "email" | "paper_and_email";
    noteEmails: string[];
    blocked: boolean;
    copies: number;
  };
};

/** The tenant's orders among `orderIds`; ids of other tenants or unknown ids are simply absent. */
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
      route: row.route,
      noteDispatch: row.noteDispatch,
      noteEmails: row.noteEmails,
      blocked: row.blocked,
      copies: row.copies,
    },
  }));
}
