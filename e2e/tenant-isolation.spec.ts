import type { Page, Route } from "@playwright/test";
import { bakeryA, bakeryB, expect, orderNumberOf, ownerOfA, ownerOfB, signIn, test } from "./fixtures";

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Whether a request is a Server Action call (Next.js marks them with a Next-Action header). */
function isServerAction(route: Route): boolean {
  const request = route.request();
  return request.method() === "POST" && Boolean(request.headers()["next-action"]);
}

/** Select one order and open the Print dialog with the "per customer" output. */
async function preparePerCustomerPrint(page: Page, orderNumber: number) {
  await page.getByRole("checkbox", { name: `Selecteer order ${orderNumber}`, exact: true }).check();
  await page.getByRole("button", { name: "Afdrukken (1)" }).click();
  const dialog = page.getByRole("dialog", { name: /afdrukken of versturen/ });
  await dialog.getByRole("radio", { name: /^Per klant/ }).check();
  return dialog;
}

/** Bakery B's order id, read from the Print action request that B's own page makes (and aborted). */
async function orderIdOfB(page: Page): Promise<string> {
  await signIn(page, ownerOfB);
  let body: string | null = null;
  await page.route("**/*", async (route) => {
    if (!isServerAction(route)) return route.continue();
    body = route.request().postData();
    await route.abort();
  });
  const dialog = await preparePerCustomerPrint(page, orderNumberOf(bakeryB, 2001));
  await dialog.getByRole("button", { name: "Uitvoeren" }).click();
  await expect.poll(() => body).not.toBeNull();
  const ids = (body as string | null)?.match(uuidPattern) ?? [];
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

async function sendLogTotal(page: Page, slug: string): Promise<string> {
  await page.goto(`/${slug}/dispatches`);
  return (await page.getByText(/^(\d+ berichten|1 bericht|Geen berichten)$/).textContent()) ?? "";
}

test("a crafted Print action with another bakery's order is rejected", async ({ browser, mailbox }) => {
  const pageOfB = await (await browser.newContext()).newPage();
  const foreignOrderId = await orderIdOfB(pageOfB);
  await pageOfB.unrouteAll();
  const logOfBBefore = await sendLogTotal(pageOfB, bakeryB.slug);
  const mailForBBefore = mailbox.to("noorderlicht@strand.e2e.test").length;

  const pageOfA = await (await browser.newContext()).newPage();
  await signIn(pageOfA, ownerOfA);
  await pageOfA.route("**/*", async (route) => {
    if (!isServerAction(route)) return route.continue();
    // The request is A's own, with A's order id swapped for B's.
    const crafted = (route.request().postData() ?? "").replace(uuidPattern, foreignOrderId);
    await route.continue({ postData: crafted });
  });
  const dialog = await preparePerCustomerPrint(pageOfA, orderNumberOf(bakeryA, 1001));
  await dialog.getByRole("button", { name: "Uitvoeren" }).click();

  await expect(pageOfA.getByText(/Eén geselecteerde order bestaat niet \(meer\) in deze bakkerij/)).toBeVisible();
  expect(await sendLogTotal(pageOfB, bakeryB.slug)).toBe(logOfBBefore);
  expect(mailbox.to("noorderlicht@strand.e2e.test")).toHaveLength(mailForBBefore);
});

test("a crafted Print action for another bakery's slug is not found", async ({ browser, mailbox }) => {
  const pageOfB = await (await browser.newContext()).newPage();
  const foreignOrderId = await orderIdOfB(pageOfB);
  await pageOfB.unrouteAll();
  const logOfBBefore = await sendLogTotal(pageOfB, bakeryB.slug);
  const mailForBBefore = mailbox.to("noorderlicht@strand.e2e.test").length;

  const pageOfA = await (await browser.newContext()).newPage();
  await signIn(pageOfA, ownerOfA);
  await pageOfA.route("**/*", async (route) => {
    if (!isServerAction(route)) return route.continue();
    const crafted = (route.request().postData() ?? "")
      .replace(uuidPattern, foreignOrderId)
      .replaceAll(JSON.stringify(bakeryA.slug), JSON.stringify(bakeryB.slug));
    await route.continue({ postData: crafted });
  });
  const dialog = await preparePerCustomerPrint(pageOfA, orderNumberOf(bakeryA, 1001));
  await dialog.getByRole("button", { name: "Uitvoeren" }).click();

  await expect(
    pageOfA.getByText(/^Niet gevonden: het bestaat niet \(meer\) of hoort niet bij deze bakkerij\./),
  ).toBeVisible();
  expect(await sendLogTotal(pageOfB, bakeryB.slug)).toBe(logOfBBefore);
  expect(mailbox.to("noorderlicht@strand.e2e.test")).toHaveLength(mailForBBefore);
});
