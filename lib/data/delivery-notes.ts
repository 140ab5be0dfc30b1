import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { customerDeliveryAddresses, customers, deliveryNotes, orderLines, orders, products } from "@/db/schema";
import { computeNoteTotals } from "@/lib/money";
import type { DeliveryNoteDocument } from "@/lib/pdf/types";
import type { Tenant } from "@/lib/tenancy/types";
import { nextNumber } from "./counters";

export type IssuedNote = { id: string; number: number; orderId: string };

/**
 * The delivery note of each order, issuing a number for orders that have none
 * yet. An order keeps its note, so printing or sending again reuses the number.
 * Call inside a transaction; the orders must belong to the tenant.
 */
export async function issueNotes(db: Db, tenantId: string, orderIds: string[]): Promise<Map<string, IssuedNote>> {
  const notes = new Map<string, IssuedNote>();
  if (orderIds.length === 0) return notes;

  const existing = await db
    .select({ id: deliveryNotes.id, number: deliveryNotes.number, orderId: deliveryNotes.orderId })
    .from(deliveryNotes)
    .where(and(eq(deliveryNotes.tenantId, tenantId), inArray(deliveryNotes.orderId, orderIds)));
  for (const note of existing) notes.set(note.orderId, note);

  // Numbers follow the order of the given ids, which is the print order.
  for (const orderId of orderIds) {
    if (notes.has(orderId)) continue;
    const number = await nextNumber(db, tenantId, "delivery_note");
    const [note] = await db
      .insert(deliveryNotes)
      .values({ tenantId, orderId, number })
      .returning({ id: deliveryNotes.id, number: deliveryNotes.number, orderId: deliveryNotes.orderId });
    notes.set(orderId, note!);
  }
  return notes;
}

/** The documents of the tenant's notes, in the order of `noteIds`. Unknown ids are skipped. */
export async function loadNoteDocuments(
  db: Db,
  tenant: Tenant,
  noteIds: string[],
  locale: "nl" | "en" = tenant.locale === "en" ? "en" : "nl",
): Promise<DeliveryNoteDocument[]> {
  if (noteIds.length === 0) return [];
  const tenantId = tenant.id;

  const heads = await db
    .select({
      noteId: deliveryNotes.id,
      noteNumber: deliveryNotes.number,
      kind: deliveryNotes.kind,
      orderId: orders.id,
      orderNumber: orders.number,
      deliveryDate: orders.deliveryDate,
      customerReference: orders.customerReference,
      orderReference: orders.orderReference,
      remark: orders.remark,
      customer: {
        number: customers.number,
        name: customers.name,
        contactPerson: customers.contactPerson,
        address: customers.address,
        postalCode: customers.postalCode,
        city: customers.city,
        hidePrices: customers.hidePrices,
        isCashCustomer: customers.isCashCustomer,
        customerReference: customers.customerReference,
      },
      deliveryAddress: {
        name: customerDeliveryAddresses.name,
        address: customerDeliveryAddresses.address,
        postalCode: customerDeliveryAddresses.postalCode,
        city: customerDeliveryAddresses.city,
      },
    })
    .from(deliveryNotes)
    .innerJoin(orders, and(eq(orders.tenantId, deliveryNotes.tenantId), eq(orders.id, deliveryNotes.orderId)))
    .innerJoin(customers, and(eq(customers.tenantId, orders.tenantId), eq(customers.id, orders.customerId)))
    .leftJoin(
      customerDeliveryAddresses,
      and(
        eq(customerDeliveryAddresses.tenantId, orders.tenantId),
        eq(customerDeliveryAddresses.id, orders.deliveryAddressId),
      ),
    )
    .where(and(eq(deliveryNotes.tenantId, tenantId), inArray(deliveryNotes.id, noteIds)));

  const orderIds = heads.map((head) => head.orderId);
  const lines =
    orderIds.length === 0
      ? []
      : await db
          .select({
            orderId: orderLines.orderId,
            productNumber: products.number,
            description: products.name,
            unit: products.unit,
            quantity: orderLines.quantity,
            unitPriceCents: orderLines.unitPriceCents,
            vatRate: orderLines.vatRate,
            sliced: orderLines.sliced,
          })
          .from(orderLines)
          .innerJoin(products, and(eq(products.tenantId, orderLines.tenantId), eq(products.id, orderLines.productId)))
          .where(and(eq(orderLines.tenantId, tenantId), inArray(orderLines.orderId, orderIds)))
          .orderBy(asc(orderLines.orderId), asc(orderLines.position));

  const headsById = new Map(heads.map((head) => [head.noteId, head]));
  const documents: DeliveryNoteDocument[] = [];
  for (const noteId of noteIds) {
    const head = headsById.get(noteId);
    if (!head) continue;
    const noteLines = lines
      .filter((line) => line.orderId === head.orderId)
      .map(({ orderId: _orderId, ...line }) => line);

    documents.push({
      kind: head.kind === "cash" || head.customer.isCashCustomer ? "cash" : "delivery",
      locale,
      noteNumber: head.noteNumber,
      orderNumber: head.orderNumber,
      deliveryDate: head.deliveryDate,
      customerReference: head.customerReference || head.customer.customerReference,
      orderReference: head.orderReference,
      remark: head.remark,
      bakery: {
        tradeName: tenant.tradeName,
        address: tenant.address,
        postalCode: tenant.postalCode,
        city: tenant.city,
        phone: tenant.phone,
        email: tenant.email,
        chamberOfCommerceNumber: tenant.chamberOfCommerceNumber,
        vatNumber: tenant.vatNumber,
      },
      customer: {
        number: head.customer.number,
        name: head.customer.name,
        contactPerson: head.customer.contactPerson,
        address: head.customer.address,
        postalCode: head.customer.postalCode,
        city: head.customer.city,
      },
      deliveryAddress: head.deliveryAddress?.address ? head.deliveryAddress : null,
      hidePrices: head.customer.hidePrices,
      lines: noteLines,
      totals: computeNoteTotals(noteLines),
    });
  }
  return documents;
}
