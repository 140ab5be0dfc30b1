import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { customers } from "@/db/schema";
import { addMember, createBakery, createCustomer, createProduct, createUser, setMailSettings } from "@/db/seed";
import { createOrder } from "@/lib/data/orders";
import { todayIn } from "@/lib/dates";
import { bakeryA, bakeryB, type SeedBakery } from "@/e2e/seed-data";

/** Seed both e2e bakeries, each sending through the test SMTP server at `smtp`. */
export async function seedE2eBakeries(db: Db, smtp: { host: string; port: number }): Promise<void> {
  for (const bakery of [bakeryA, bakeryB]) await seedBakery(db, bakery, smtp);
}

async function seedBakery(db: Db, bakery: SeedBakery, smtp: { host: string; port: number }): Promise<void> {
  const tenant = await createBakery(db, {
    slug: bakery.slug,
    tradeName: bakery.tradeName,
    address: "Molenweg 1",
    postalCode: "1000 AA",
    city: "Amsterdam",
    email: bakery.senderAddress,
  });
  const owner = await createUser(db, bakery.owner);
  await addMember(db, tenant.id, owner.id, "owner");
  await setMailSettings(db, tenant.id, {
    host: smtp.host,
    port: smtp.port,
    security: "none",
    fromAddress: bakery.senderAddress,
    fromName: bakery.tradeName,
  });

  const bread = await createProduct(db, tenant.id, {
    number: 101,
    name: "Volkoren brood",
    productGroup: "bread",
    unit: "st",
    priceCents: 325,
    vatRate: 9,
    sliceable: true,
  });
  const pastry = await createProduct(db, tenant.id, {
    number: 201,
    name: "Appeltaart",
    productGroup: "pastry",
    unit: "st",
    priceCents: 1495,
    vatRate: 9,
  });

  const today = todayIn(tenant.timeZone);
  for (const seedCustomer of bakery.customers) {
    const customer = await createCustomer(db, tenant.id, {
      number: seedCustomer.number,
      name: seedCustomer.name,
      route: seedCustomer.route,
      noteDispatch: seedCustomer.noteDispatch,
      noteEmails: seedCustomer.noteEmails,
    });
    await createOrder(db, tenant.id, {
      customerId: customer.id,
      deliveryDate: today,
      lines: [
        { productId: bread.id, quantity: 4, sliced: true },
        { productId: pastry.id, quantity: 1 },
      ],
    });
    if (seedCustomer.blocked) {
      await db
        .update(customers)
        .set({ blocked: true })
        .where(and(eq(customers.tenantId, tenant.id), eq(customers.id, customer.id)));
    }
  }
}
