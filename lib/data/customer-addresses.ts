import "server-only";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { Db } from "@/db";
import { customerDeliveryAddresses, orders } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { DeliveryAddress } from "@/lib/validation/customer";

/**
 * Make a customer's delivery addresses equal to `addresses`, in that order.
 * Rows with an id of this customer are updated in place, because orders refer
 * to them; other rows are inserted. Addresses left out are deleted, unless an
 * order still uses one: then AppError("delivery_address_in_use") is thrown.
 * Run it inside a transaction.
 */
export async function saveDeliveryAddresses(
  db: Db,
  tenantId: string,
  customerId: string,
  addresses: DeliveryAddress[],
): Promise<void> {
  const ofCustomer = and(
    eq(customerDeliveryAddresses.tenantId, tenantId),
    eq(customerDeliveryAddresses.customerId, customerId),
  );
  const existing = await db
    .select({ id: customerDeliveryAddresses.id })
    .from(customerDeliveryAddresses)
    .where(ofCustomer);
  const existingIds = new Set(existing.map((row) => row.id));
  const keptIds = addresses.flatMap((address) => (address.id && existingIds.has(address.id) ? [address.id] : []));

  const removedIds = [...existingIds].filter((id) => !keptIds.includes(id));
  if (removedIds.length > 0) {
    const [used] = await db
      .select({ id: orders.deliveryAddressId })
      .from(orders)
      .where(and(eq(orders.tenantId, tenantId), inArray(orders.deliveryAddressId, removedIds)))
      .limit(1);
    if (used) throw new AppError("delivery_address_in_use");
    await db
      .delete(customerDeliveryAddresses)
      .where(keptIds.length > 0 ? and(ofCustomer, notInArray(customerDeliveryAddresses.id, keptIds)) : ofCustomer);
  }

  // Clear the default first: the unique index allows one default per customer
  // at every moment, also between the updates below.
  await db.update(customerDeliveryAddresses).set({ isDefault: false }).where(ofCustomer);

  for (const [position, address] of addresses.entries()) {
    const values = {
      name: address.name,
      address: address.address,
      postalCode: address.postalCode,
      city: address.city,
      isDefault: address.isDefault,
      position,
    };
    if (address.id && existingIds.has(address.id)) {
      await db
        .update(customerDeliveryAddresses)
        .set(values)
        .where(and(ofCustomer, eq(customerDeliveryAddresses.id, address.id)));
    } else {
      await db.insert(customerDeliveryAddresses).values({ tenantId, customerId, ...values });
    }
  }
}
