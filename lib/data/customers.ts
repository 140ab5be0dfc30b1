import "server-only";
import { and, asc, eq, isNull, max, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { customerContacts, customerDeliveryAddresses, customers, orders } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { CustomerFields, CustomerForm } from "@/lib/validation/customer";
import { saveDeliveryAddresses } from "./customer-addresses";
import { isUniqueViolation } from "./database-errors";

export type CustomerRecord = typeof customers.$inferSelect;
export type CustomerContactRecord = typeof customerContacts.$inferSelect;
export type DeliveryAddressRecord = typeof customerDeliveryAddresses.$inferSelect;

export type CustomerDetails = CustomerRecord & {
  contacts: CustomerContactRecord[];
  deliveryAddresses: DeliveryAddressRecord[];
};

const uuidSchema = z.uuid();

/** The columns a save writes, from validated fields. */
export function customerColumns(fields: CustomerFields) {
  return {
    number: fields.number,
    kind: fields.kind,
    name: fields.name,
    contactPerson: fields.contactPerson,
    phone: fields.phone,
    email: fields.email,
    address: fields.address,
    postalCode: fields.postalCode,
    city: fields.city,
    onCallList: fields.onCallList,
    callBefore: fields.callBefore,
    route: fields.route,
    deliveryMethod: fields.deliveryMethod,
    deliveryFeeCents: fields.deliveryFeeCents,
    freeDeliveryMinimumCents: fields.freeDeliveryMinimumCents,
    copies: fields.copies,
    noteDispatch: fields.noteDispatch,
    noteEmails: fields.noteEmails,
    branch: fields.branch,
    customerReference: fields.customerReference,
    customerReferenceLabel: fields.customerReferenceLabel,
    blocked: fields.blocked,
    hidePrices: fields.hidePrices,
    printNetPrices: fields.printNetPrices,
    alwaysShowDeliveryAddress: fields.alwaysShowDeliveryAddress,
    splitBreadAndPastry: fields.splitBreadAndPastry,
    isCashCustomer: fields.isCashCustomer,
    productionShift: fields.productionShift,
    orderGroup: fields.orderGroup,
    labelText: fields.labelText,
    slicing: fields.slicing,
    keepOrderHistory: fields.keepOrderHistory,
    hasSeparateInvoiceAddress: fields.hasSeparateInvoiceAddress,
    invoiceName: fields.invoiceName,
    invoiceAddress: fields.invoiceAddress,
    invoicePostalCode: fields.invoicePostalCode,
    invoiceCity: fields.invoiceCity,
  } satisfies Partial<typeof customers.$inferInsert>;
}

/** A customer with contact persons and delivery addresses, or null when the id is not one of the tenant's. */
export async function getCustomer(db: Db, tenantId: string, customerId: string): Promise<CustomerDetails | null> {
  if (!uuidSchema.safeParse(customerId).success) return null;
  const [customer] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)));
  if (!customer) return null;

  const [contacts, deliveryAddresses] = await Promise.all([
    db
      .select()
      .from(customerContacts)
      .where(and(eq(customerContacts.tenantId, tenantId), eq(customerContacts.customerId, customerId)))
      .orderBy(asc(customerContacts.position)),
    db
      .select()
      .from(customerDeliveryAddresses)
      .where(
        and(eq(customerDeliveryAddresses.tenantId, tenantId), eq(customerDeliveryAddresses.customerId, customerId)),
      )
      .orderBy(asc(customerDeliveryAddresses.position)),
  ]);
  return { ...customer, contacts, deliveryAddresses };
}

/** The number the create form suggests: one more than the highest in use. */
export async function suggestCustomerNumber(db: Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ highest: max(customers.number) })
    .from(customers)
    .where(eq(customers.tenantId, tenantId));
  return (row?.highest ?? 0) + 1;
}

/** Create a customer with its contact persons and delivery addresses. Throws AppError("customer_number_taken"). */
export async function createCustomer(db: Db, tenantId: string, input: CustomerForm): Promise<{ id: string }> {
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(customers)
        .values({ tenantId, ...customerColumns(input) })
        .returning({ id: customers.id });
      const txDb = tx as unknown as Db;
      await replaceContacts(txDb, tenantId, created!.id, input.contacts);
      await saveDeliveryAddresses(txDb, tenantId, created!.id, input.deliveryAddresses);
      return { id: created!.id };
    });
  } catch (error) {
    throw numberTakenOr(error, input.number);
  }
}

/**
 * Save a customer's fields, contact persons and delivery addresses. Throws
 * AppError("not_found") for another tenant's id, "customer_number_taken" and
 * "delivery_address_in_use".
 */
export async function updateCustomer(db: Db, tenantId: string, customerId: string, input: CustomerForm): Promise<void> {
  if (!uuidSchema.safeParse(customerId).success) throw new AppError("not_found");
  try {
    await db.transaction(async (tx) => {
      const updated = await tx
        .update(customers)
        .set({ ...customerColumns(input), updatedAt: new Date() })
        .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)))
        .returning({ id: customers.id });
      if (updated.length === 0) throw new AppError("not_found");
      const txDb = tx as unknown as Db;
      await replaceContacts(txDb, tenantId, customerId, input.contacts);
      await saveDeliveryAddresses(txDb, tenantId, customerId, input.deliveryAddresses);
    });
  } catch (error) {
    throw numberTakenOr(error, input.number);
  }
}

/** Archive or restore a customer. Archived customers leave the default list and get no new orders. */
export async function setCustomerArchived(
  db: Db,
  tenantId: string,
  customerId: string,
  archived: boolean,
): Promise<void> {
  if (!uuidSchema.safeParse(customerId).success) throw new AppError("not_found");
  const updated = await db
    .update(customers)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)))
    .returning({ id: customers.id });
  if (updated.length === 0) throw new AppError("not_found");
}

/**
 * Delete a customer that has no orders. A customer with orders is archived
 * instead, so that its orders and notes keep their customer.
 */
export async function deleteOrArchiveCustomer(
  db: Db,
  tenantId: string,
  customerId: string,
): Promise<"deleted" | "archived"> {
  if (!uuidSchema.safeParse(customerId).success) throw new AppError("not_found");
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.tenantId, tenantId), eq(orders.customerId, customerId)))
      .limit(1);
    if (order) {
      await setCustomerArchived(tx as unknown as Db, tenantId, customerId, true);
      return "archived";
    }
    const deleted = await tx
      .delete(customers)
      .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)))
      .returning({ id: customers.id });
    if (deleted.length === 0) throw new AppError("not_found");
    return "deleted";
  });
}

export type OrderableCustomer = { id: string; number: number; name: string };

/**
 * Check that a customer may get a new order or note. Throws AppError
 * "not_found" (not the tenant's), "customer_blocked" or "customer_archived",
 * each with the customer's name where known.
 */
export async function assertCustomerCanOrder(db: Db, tenantId: string, customerId: string): Promise<OrderableCustomer> {
  if (!uuidSchema.safeParse(customerId).success) throw new AppError("not_found");
  const [customer] = await db
    .select({
      id: customers.id,
      number: customers.number,
      name: customers.name,
      blocked: customers.blocked,
      archivedAt: customers.archivedAt,
    })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)));
  if (!customer) throw new AppError("not_found");
  if (customer.blocked) throw new AppError("customer_blocked", undefined, { name: customer.name });
  if (customer.archivedAt) throw new AppError("customer_archived", undefined, { name: customer.name });
  return { id: customer.id, number: customer.number, name: customer.name };
}

/** The distinct routes and branches in use, for the list filters. */
export async function listCustomerFilterOptions(
  db: Db,
  tenantId: string,
): Promise<{ routes: string[]; branches: string[] }> {
  const active = and(eq(customers.tenantId, tenantId), isNull(customers.archivedAt));
  const [routes, branches] = await Promise.all([
    db
      .selectDistinct({ value: customers.route })
      .from(customers)
      .where(and(active, sql`${customers.route} <> ''`))
      .orderBy(asc(customers.route)),
    db
      .selectDistinct({ value: customers.branch })
      .from(customers)
      .where(and(active, sql`${customers.branch} <> ''`))
      .orderBy(asc(customers.branch)),
  ]);
  return { routes: routes.map((row) => row.value), branches: branches.map((row) => row.value) };
}

async function replaceContacts(db: Db, tenantId: string, customerId: string, contacts: CustomerForm["contacts"]) {
  await db
    .delete(customerContacts)
    .where(and(eq(customerContacts.tenantId, tenantId), eq(customerContacts.customerId, customerId)));
  if (contacts.length === 0) return;
  await db.insert(customerContacts).values(
    contacts.map((contact, position) => ({
      tenantId,
      customerId,
      name: contact.name,
      role: contact.role,
      phone: contact.phone,
      email: contact.email,
      position,
    })),
  );
}

function numberTakenOr(error: unknown, number: number): unknown {
  if (isUniqueViolation(error, "customers_tenant_number_key")) {
    return new AppError("customer_number_taken", undefined, { number });
  }
  return error;
}
