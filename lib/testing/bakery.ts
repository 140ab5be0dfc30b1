import type { Db } from "@/db";
import { addMember, createBakery, createCustomer, createProduct, createUser, setMailSettings } from "@/db/seed";
import { createOrder } from "@/lib/data/orders";

export type TestBakery = Awaited<ReturnType<typeof createTestBakery>>;

/**
 * A bakery with an owner, two products and three customers (two with email
 * dispatch, one on paper), each with one order for `deliveryDate`, and SMTP
 * settings pointing at 127.0.0.1:`smtpPort` without TLS.
 */
export async function createTestBakery(
  db: Db,
  options: { slug: string; tradeName: string; smtpPort: number; deliveryDate: string },
) {
  const tenant = await createBakery(db, {
    slug: options.slug,
    tradeName: options.tradeName,
    address: "Korenmolenstraat 12",
    postalCode: "1234 AB",
    city: "Amsterdam",
    email: `info@${options.slug}.example`,
  });
  const password = `${options.slug}-password`;
  const owner = await createUser(db, { email: `owner@${options.slug}.example`, password, name: "Owner" });
  await addMember(db, tenant.id, owner.id, "owner");

  const bread = await createProduct(db, tenant.id, {
    number: 101,
    name: "Volkoren brood",
    productGroup: "bread",
    priceCents: 325,
    vatRate: 9,
  });
  const box = await createProduct(db, tenant.id, {
    number: 301,
    name: "Verpakkingsdoos",
    productGroup: "other",
    priceCents: 150,
    vatRate: 21,
  });

  const emailCustomer = await createCustomer(db, tenant.id, {
    number: 1001,
    name: "Café Coöperatie",
    noteDispatch: "email",
    noteEmails: [`bonnen@cafe-${options.slug}.example`],
  });
  const secondEmailCustomer = await createCustomer(db, tenant.id, {
    number: 1002,
    name: "Hotel Het Anker",
    noteDispatch: "paper_and_email",
    noteEmails: [`receptie@anker-${options.slug}.example`, `keuken@anker-${options.slug}.example`],
  });
  const paperCustomer = await createCustomer(db, tenant.id, {
    number: 1003,
    name: "Zorgcentrum Ter Weide",
    noteDispatch: "paper",
  });

  const lines = [
    { productId: bread.id, quantity: 4 },
    { productId: box.id, quantity: 1 },
  ];
  const emailOrder = await createOrder(db, tenant.id, {
    customerId: emailCustomer.id,
    deliveryDate: options.deliveryDate,
    lines,
  });
  const secondEmailOrder = await createOrder(db, tenant.id, {
    customerId: secondEmailCustomer.id,
    deliveryDate: options.deliveryDate,
    lines,
  });
  const paperOrder = await createOrder(db, tenant.id, {
    customerId: paperCustomer.id,
    deliveryDate: options.deliveryDate,
    lines,
  });

  await setMailSettings(db, tenant.id, {
    host: "127.0.0.1",
    port: options.smtpPort,
    security: "none",
    fromAddress: `bonnen@${options.slug}.example`,
    fromName: options.tradeName,
  });

  return {
    tenant,
    owner: { ...owner, password },
    products: { bread, box },
    customers: { emailCustomer, secondEmailCustomer, paperCustomer },
    orders: { emailOrder, secondEmailOrder, paperOrder },
  };
}
