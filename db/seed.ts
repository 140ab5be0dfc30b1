import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { customers, mailSettings, memberships, orders, products, tenants, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { encryptSecret } from "@/lib/crypto";
import { raiseCounter } from "@/lib/data/counters";
import { createOrder } from "@/lib/data/orders";
import { addDays, todayIn, type IsoDate } from "@/lib/dates";

export type NewBakery = Partial<Omit<typeof tenants.$inferInsert, "id">> & { slug: string; tradeName: string };

export async function createBakery(db: Db, input: NewBakery) {
  const [tenant] = await db.insert(tenants).values(input).returning();
  // Bakeries number their orders and notes from a readable start, not from 1.
  await raiseCounter(db, tenant!.id, "order", 10_001);
  await raiseCounter(db, tenant!.id, "delivery_note", 50_001);
  return tenant!;
}

export async function createUser(
  db: Db,
  input: { email: string; password: string; name?: string; isPlatformAdmin?: boolean },
) {
  const [user] = await db
    .insert(users)
    .values({
      email: input.email.toLowerCase(),
      name: input.name ?? "",
      passwordHash: await hashPassword(input.password),
      isPlatformAdmin: input.isPlatformAdmin ?? false,
    })
    .returning({ id: users.id, email: users.email });
  return user!;
}

export async function addMember(db: Db, tenantId: string, userId: string, role: "owner" | "staff" | "read_only") {
  await db.insert(memberships).values({ tenantId, userId, role }).onConflictDoNothing();
}

export type NewCustomer = Omit<typeof customers.$inferInsert, "tenantId" | "id">;

export async function createCustomer(db: Db, tenantId: string, input: NewCustomer) {
  const [customer] = await db
    .insert(customers)
    .values({ ...input, tenantId })
    .returning({ id: customers.id, number: customers.number, name: customers.name });
  return customer!;
}

export type NewProduct = Omit<typeof products.$inferInsert, "tenantId" | "id">;

export async function createProduct(db: Db, tenantId: string, input: NewProduct) {
  const [product] = await db
    .insert(products)
    .values({ ...input, tenantId })
    .returning({ id: products.id, number: products.number, name: products.name });
  return product!;
}

export type SmtpServerSettings = {
  host: string;
  port: number;
  security: "none" | "starttls" | "tls";
  username?: string;
  password?: string;
  fromAddress: string;
  fromName?: string;
  cc?: string[];
  bcc?: string[];
  dailyLimit?: number | null;
};

/** Store a tenant's SMTP settings (insert or replace), encrypting the password. */
export async function setMailSettings(db: Db, tenantId: string, settings: SmtpServerSettings) {
  const values = {
    host: settings.host,
    port: settings.port,
    security: settings.security,
    username: settings.username ?? "",
    passwordEncrypted: settings.password ? encryptSecret(settings.password) : null,
    fromAddress: settings.fromAddress,
    fromName: settings.fromName ?? "",
    cc: settings.cc ?? [],
    bcc: settings.bcc ?? [],
    dailyLimit: settings.dailyLimit ?? null,
  };
  const [existing] = await db
    .select({ version: mailSettings.version })
    .from(mailSettings)
    .where(eq(mailSettings.tenantId, tenantId));
  if (existing) {
    await db
      .update(mailSettings)
      .set({ ...values, version: existing.version + 1, updatedAt: new Date() })
      .where(eq(mailSettings.tenantId, tenantId));
  } else {
    await db.insert(mailSettings).values({ ...values, tenantId });
  }
}

// Demo bakery -----------------------------------------------------------------

export const demoSignIn = { email: "baker@demo.broodbode.test", password: "broodbode-demo" };

const demoProducts: NewProduct[] = [
  {
    number: 101,
    name: "Volkoren brood",
    productGroup: "bread",
    unit: "st",
    priceCents: 325,
    vatRate: 9,
    sliceable: true,
  },
  { number: 102, name: "Wit casino", productGroup: "bread", unit: "st", priceCents: 295, vatRate: 9, sliceable: true },
  {
    number: 103,
    name: "Meergranen waldkorn",
    productGroup: "bread",
    unit: "st",
    priceCents: 375,
    vatRate: 9,
    sliceable: true,
  },
  { number: 104, name: "Spelt desem", productGroup: "bread", unit: "st", priceCents: 450, vatRate: 9, sliceable: true },
  { number: 105, name: "Roggebrood", productGroup: "bread", unit: "st", priceCents: 310, vatRate: 9, sliceable: true },
  { number: 110, name: "Harde bolletjes", productGroup: "bread", unit: "zak 6", priceCents: 240, vatRate: 9 },
  { number: 111, name: "Krentenbollen", productGroup: "bread", unit: "zak 6", priceCents: 395, vatRate: 9 },
  { number: 112, name: "Stokbrood", productGroup: "bread", unit: "st", priceCents: 195, vatRate: 9 },
  { number: 201, name: "Appeltaart", productGroup: "pastry", unit: "st", priceCents: 1495, vatRate: 9 },
  { number: 202, name: "Croissant roomboter", productGroup: "pastry", unit: "st", priceCents: 145, vatRate: 9 },
  { number: 203, name: "Tompouce", productGroup: "pastry", unit: "st", priceCents: 225, vatRate: 9 },
  { number: 204, name: "Éclair", productGroup: "pastry", unit: "st", priceCents: 260, vatRate: 9 },
  { number: 205, name: "Bossche bol", productGroup: "pastry", unit: "st", priceCents: 295, vatRate: 9 },
  {
    number: 301,
    name: "Verpakkingsdoos (statiegeld)",
    productGroup: "other",
    unit: "st",
    priceCents: 150,
    vatRate: 21,
  },
];

const demoCustomerNames = [
  ["Café Coöperatie", "Amsterdam", "Anna de Vries"],
  ["Lunchroom De Zoete Inval", "Utrecht", "Bram Jansen"],
  ["Hotel Het Anker", "Haarlem", "Carla Smit"],
  ["Kantoor Verbeek & Zn", "Amersfoort", "Daan Verbeek"],
  ["Zorgcentrum Ter Weide", "Zeist", "Eva Bakker"],
  ["Koffiebar Bonen", "Amsterdam", "Femke Visser"],
  ["Restaurant Brasserie Noord", "Amsterdam", "Gijs Mulder"],
  ["Supermarkt Buurtwinkel", "Hilversum", "Hanneke de Boer"],
  ["Basisschool De Regenboog", "Utrecht", "Iris Meijer"],
  ["Sportkantine VV Oranje", "Almere", "Jeroen Bos"],
  ["Theehuis 't Hofje", "Leiden", "Karin Vos"],
  ["Delicatessen Smaakvol", "Haarlem", "Lars Peters"],
  ["Camping De Lente", "Bussum", "Marloes Hendriks"],
  ["Bedrijfsrestaurant TechPark", "Amersfoort", "Niels van Dijk"],
  ["Strandpaviljoen Zeezicht", "Zandvoort", "Olga Dekker"],
  ["Kinderopvang Het Nest", "Utrecht", "Pieter Brouwer"],
  ["Boerderijwinkel De Hoeve", "Baarn", "Quinty de Wit"],
  ["Cateraar Feestelijk", "Amsterdam", "Ruben Dijkstra"],
  ["Café De Kroeg", "Weesp", "Sanne Smits"],
  ["Hostel Stadslogies", "Amsterdam", "Tim de Graaf"],
] as const;

const dispatchCycle = ["email", "paper", "paper_and_email", "email", "paper"] as const;

/**
 * Create the demo bakery (slug "demo") with its owner, about 20 customers of
 * all three dispatch kinds, products and about 40 orders for today and
 * tomorrow. When it exists, only its SMTP settings are updated and orders are
 * added for a today that has none.
 */
export async function seedDemo(db: Db, smtp: { host: string; port: number }): Promise<void> {
  let [tenant] = await db.select().from(tenants).where(eq(tenants.slug, "demo"));
  if (!tenant) {
    tenant = await createBakery(db, {
      slug: "demo",
      tradeName: "Bakkerij Broodnodig",
      address: "Korenmolenstraat 12",
      postalCode: "1234 AB",
      city: "Amsterdam",
      phone: "020 123 45 67",
      email: "info@broodnodig.example",
      chamberOfCommerceNumber: "12345678",
      vatNumber: "NL001234567B01",
    });
    const owner = await createUser(db, { ...demoSignIn, name: "Bakker Demo" });
    await addMember(db, tenant.id, owner.id, "owner");

    for (const product of demoProducts) await createProduct(db, tenant.id, product);
    for (const [index, [name, city, contactPerson]] of demoCustomerNames.entries()) {
      const noteDispatch = dispatchCycle[index % dispatchCycle.length]!;
      const slug = name
        .toLowerCase()
        .normalize("NFD")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
      await createCustomer(db, tenant.id, {
        number: 1001 + index,
        name,
        contactPerson,
        address: `Dorpsstraat ${index + 1}`,
        postalCode: `${1011 + index * 7} AB`,
        city,
        route: `Route ${(index % 3) + 1}`,
        noteDispatch,
        noteEmails: noteDispatch === "paper" ? [] : [`bonnen@${slug}.example`],
        copies: noteDispatch === "paper" && index % 2 === 0 ? 2 : 1,
        hidePrices: index === 8,
      });
    }
  }

  await setMailSettings(db, tenant.id, {
    host: smtp.host,
    port: smtp.port,
    security: "none",
    fromAddress: "bonnen@broodnodig.example",
    fromName: tenant.tradeName,
  });

  const today = todayIn(tenant.timeZone);
  const [existingToday] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.tenantId, tenant.id), eq(orders.deliveryDate, today)))
    .limit(1);
  if (!existingToday) await addDemoOrders(db, tenant.id, [today, addDays(today, 1)]);
}

async function addDemoOrders(db: Db, tenantId: string, dates: IsoDate[]): Promise<void> {
  const customerRows = await db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(customers.tenantId, tenantId))
    .orderBy(customers.number);
  const productRows = await db
    .select({ id: products.id, sliceable: products.sliceable })
    .from(products)
    .where(eq(products.tenantId, tenantId))
    .orderBy(products.number);

  for (const [dateIndex, deliveryDate] of dates.entries()) {
    for (const [index, customer] of customerRows.entries()) {
      // A fixed pattern instead of randomness, so every demo looks the same.
      const lineCount = 2 + ((index + dateIndex) % 5);
      const lines = Array.from({ length: lineCount }, (_, line) => {
        const product = productRows[(index * 3 + line * 5 + dateIndex) % productRows.length]!;
        return {
          productId: product.id,
          quantity: 1 + ((index + line * 2) % 12),
          sliced: product.sliceable && line % 2 === 0,
        };
      });
      await createOrder(db, tenantId, {
        customerId: customer.id,
        deliveryDate,
        lines,
        customerReference: index % 4 === 0 ? `PO-${2026_000 + index}` : "",
      });
    }
  }
}
