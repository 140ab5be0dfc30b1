/**
 * The bakeries, logins, customers and orders that scripts/e2e-server.ts seeds
 * for the Playwright tests. Plain data, so the test runner can import it
 * without loading the database code.
 */

/** The port of the test SMTP server (e2e/fixtures.ts) that both bakeries send to. */
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526);

/** The port `next start` listens on during the tests. */
export const e2eAppPort = Number(process.env.E2E_PORT ?? 3100);

export type SeedCustomer = {
  number: number;
  name: string;
  noteDispatch: "paper" | "email" | "paper_and_email";
  noteEmails: string[];
  route: string;
  /** Blocked after its order is created, because blocked customers cannot get new orders. */
  blocked?: boolean;
};

export type SeedBakery = {
  slug: string;
  tradeName: string;
  owner: { email: string; password: string; name: string };
  senderAddress: string;
  /** One order for today per customer, numbered from 10001 in this order. */
  customers: SeedCustomer[];
};

export const bakeryA: SeedBakery = {
  slug: "bakkerij-aurora",
  tradeName: "Bakkerij Aurora",
  owner: { email: "eigenaar@aurora.e2e.test", password: "aurora-e2e-wachtwoord", name: "Anna Aurora" },
  senderAddress: "bonnen@aurora.e2e.test",
  customers: [
    {
      number: 1001,
      name: "Café Zon",
      noteDispatch: "email",
      noteEmails: ["bonnen@cafe-zon.e2e.test"],
      route: "Route 1",
    },
    {
      number: 1002,
      name: "Hotel Maan",
      noteDispatch: "email",
      noteEmails: ["inkoop@hotel-maan.e2e.test"],
      route: "Route 2",
    },
    {
      number: 1003,
      name: "Lunchroom Ster",
      noteDispatch: "paper_and_email",
      noteEmails: ["ster@lunchroom-ster.e2e.test"],
      route: "Route 1",
    },
    { number: 1004, name: "Buurtwinkel Komeet", noteDispatch: "paper", noteEmails: [], route: "Route 2" },
    { number: 1005, name: "Café X", noteDispatch: "email", noteEmails: [], route: "Route 1" },
    { number: 1006, name: "Kantine Nova", noteDispatch: "paper", noteEmails: [], route: "Route 3", blocked: true },
    {
      number: 1007,
      name: "Restaurant Orion",
      noteDispatch: "email",
      noteEmails: ["keuken@orion.e2e.test"],
      route: "Route 3",
    },
  ],
};

export const bakeryB: SeedBakery = {
  slug: "bakkerij-boreas",
  tradeName: "Bakkerij Boreas",
  owner: { email: "eigenaar@boreas.e2e.test", password: "boreas-e2e-wachtwoord", name: "Bart Boreas" },
  senderAddress: "bonnen@boreas.e2e.test",
  customers: [
    {
      number: 2001,
      name: "Strandtent Noorderlicht",
      noteDispatch: "email",
      noteEmails: ["noorderlicht@strand.e2e.test"],
      route: "Noord",
    },
    { number: 2002, name: "Camping Poolster", noteDispatch: "paper", noteEmails: [], route: "Noord" },
  ],
};

/** The order number the seed gives to the order of `customerNumber`. */
export function orderNumberOf(bakery: SeedBakery, customerNumber: number): number {
  const index = bakery.customers.findIndex((customer) => customer.number === customerNumber);
  if (index < 0) throw new Error(`Customer ${customerNumber} is not in the seed of ${bakery.slug}`);
  return 10_001 + index;
}

export function customerOf(bakery: SeedBakery, customerNumber: number): SeedCustomer {
  const customer = bakery.customers.find((entry) => entry.number === customerNumber);
  if (!customer) throw new Error(`Customer ${customerNumber} is not in the seed of ${bakery.slug}`);
  return customer;
}
