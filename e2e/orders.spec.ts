import type { Page } from "@playwright/test";
import {
  bakeryA,
  bakeryB,
  customerOf,
  expect,
  expectNoAxeViolations,
  orderNumberOf,
  ownerOfA,
  ownerOfB,
  signIn,
  test,
} from "./fixtures";

const orderCheckbox = (number: number) => ({ name: `Selecteer order ${number}`, exact: true });
const komeet = customerOf(bakeryA, 1004);

/** Print one order's note (output "print") and close the result, so that the order has a note number. */
async function printOnPaper(page: Page, customerNumber: number): Promise<void> {
  await page.getByRole("checkbox", orderCheckbox(orderNumberOf(bakeryA, customerNumber))).check();
  await page.getByRole("button", { name: "Afdrukken (1)" }).click();
  const dialog = page.getByRole("dialog", { name: "1 order afdrukken of versturen" });
  await dialog.getByRole("radio", { name: /^Afdrukken/ }).check();
  const downloadStarted = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Uitvoeren" }).click();
  await downloadStarted;
  await page.getByRole("dialog", { name: "Klaar" }).getByRole("button", { name: "Sluiten" }).last().click();
}

/** Expect `href` to serve a delivery note's PDF of bakery A. */
async function expectNotePdf(page: Page, href: string | null): Promise<void> {
  expect(href).toMatch(new RegExp(`^/api/${bakeryA.slug}/documents/[0-9a-f-]{36}/pdf$`));
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
}

test("orders page lists today's orders", async ({ page }) => {
  await signIn(page, ownerOfA);
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible();
  await expect(page).toHaveTitle("Orders · Bakkerij Aurora · Broodbode");

  const table = page.getByRole("table", { name: /^Orders met leverdatum/ });
  await expect(table.getByRole("row")).toHaveCount(bakeryA.customers.length + 1);
  const cafeZon = table.getByRole("row").filter({ hasText: "Café Zon" });
  await expect(cafeZon.getByRole("cell").nth(1)).toHaveText(String(orderNumberOf(bakeryA, 1001)));
  await expect(cafeZon.getByRole("cell").nth(2)).toHaveText(/^\d{2}-\d{2}-\d{4}$/);
  await expect(cafeZon.getByRole("cell").nth(5)).toContainText("E-mail");
  await expect(cafeZon.getByRole("cell").nth(5)).toContainText("bonnen@cafe-zon.e2e.test");
  const blocked = table.getByRole("row").filter({ hasText: "Kantine Nova" });
  await expect(blocked.getByRole("cell").nth(7)).toContainText("Geblokkeerd");

  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeDisabled();
  await expectNoAxeViolations(page);
});

test("select all selects every row", async ({ page }) => {
  await signIn(page, ownerOfA);
  const total = bakeryA.customers.length;
  const selection = page.getByRole("status").filter({ hasText: "geselecteerd" });
  await expect(selection).toContainText(`Geen van de ${total} orders is geselecteerd.`);
  const selectAll = page.getByRole("checkbox", { name: "Selecteer alle orders" });
  await selectAll.check();
  await expect(selection).toContainText(`${total} van de ${total} orders zijn geselecteerd.`);

  for (const customer of bakeryA.customers) {
    await expect(page.getByRole("checkbox", orderCheckbox(orderNumberOf(bakeryA, customer.number)))).toBeChecked();
  }
  await expect(page.getByRole("button", { name: `Afdrukken (${bakeryA.customers.length})` })).toBeEnabled();

  await page.getByRole("checkbox", orderCheckbox(orderNumberOf(bakeryA, 1002))).uncheck();
  await expect(selectAll).not.toBeChecked();
  await expect(selectAll).toHaveJSProperty("indeterminate", true);
  await expect(selection).toContainText(`${total - 1} van de ${total} orders zijn geselecteerd.`);

  await selectAll.check();
  await selectAll.uncheck();
  await expect(page.getByRole("button", { name: "Afdrukken" })).toBeDisabled();
});

test("selection reads as a sentence in English", async ({ page }) => {
  await signIn(page, ownerOfA);
  await page.getByRole("button", { name: "English" }).click();
  const total = bakeryA.customers.length;
  const selection = page.getByRole("status").filter({ hasText: "selected" });
  await expect(selection).toContainText(`None of the ${total} orders is selected.`);

  await page.getByRole("checkbox", { name: `Select order ${orderNumberOf(bakeryA, 1002)}`, exact: true }).check();
  await expect(selection).toContainText(`1 of the ${total} orders is selected.`);
  await expect(page).toHaveTitle("Orders · Bakkerij Aurora · Broodbode");
});

test("note number links to the note's PDF", async ({ page }) => {
  await signIn(page, ownerOfA);
  await printOnPaper(page, komeet.number);

  const row = page
    .getByRole("table", { name: /^Orders met leverdatum/ })
    .getByRole("row")
    .filter({ hasText: komeet.name });
  const link = row
    .getByRole("cell")
    .nth(6)
    .getByRole("link", { name: /^Bon \d+ \(PDF, nieuw tabblad\)$/ });
  await expect(link).toHaveText(/^\d+$/);
  await expect(link).toHaveAttribute("target", "_blank");
  await expectNotePdf(page, await link.getAttribute("href"));
  await expectNoAxeViolations(page);
});

test("bakery root opens the orders", async ({ page }) => {
  await signIn(page, ownerOfA);
  await page.goto(`/${bakeryA.slug}`);
  await expect(page).toHaveURL(new RegExp(`/${bakeryA.slug}/orders$`));

  const response = await page.goto(`/${bakeryB.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
});

test("pages link an SVG icon", async ({ page }) => {
  await signIn(page, ownerOfA);
  const href = await page.locator('head link[rel="icon"]').getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);

  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/svg+xml");
  expect((await response.text()).includes("#7c4716")).toBe(true);
});

test("shift-click selects a range", async ({ page }) => {
  await signIn(page, ownerOfA);
  await page.getByRole("checkbox", orderCheckbox(10_002)).click();
  await page.getByRole("checkbox", orderCheckbox(10_005)).click({ modifiers: ["Shift"] });

  for (const number of [10_002, 10_003, 10_004, 10_005]) {
    await expect(page.getByRole("checkbox", orderCheckbox(number))).toBeChecked();
  }
  for (const number of [10_001, 10_006]) {
    await expect(page.getByRole("checkbox", orderCheckbox(number))).not.toBeChecked();
  }
  await expect(page.getByRole("button", { name: "Afdrukken (4)" })).toBeEnabled();
});

test("date filter handles empty and invalid dates", async ({ page }) => {
  await signIn(page, ownerOfA);
  await page.goto(`/${bakeryA.slug}/orders?date=2001-01-01`);
  await expect(page.getByText("Geen orders op 01-01-2001")).toBeVisible();
  await expect(page.getByLabel("Leverdatum", { exact: true })).toHaveValue("2001-01-01");

  await page.goto(`/${bakeryA.slug}/orders?date=2026-02-30`);
  await expect(page.getByRole("alert").filter({ hasText: "„2026-02-30” is geen geldige datum" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Orders met leverdatum/ }).getByRole("row")).toHaveCount(
    bakeryA.customers.length + 1,
  );

  await page.getByLabel("Leverdatum", { exact: true }).fill("2001-01-01");
  await page.getByRole("button", { name: "Tonen" }).click();
  await expect(page).toHaveURL(/\?date=2001-01-01$/);
  await expect(page.getByText("Geen orders op 01-01-2001")).toBeVisible();
});

test("another bakery's orders are not found", async ({ page }) => {
  await signIn(page, ownerOfA);
  for (const path of [`/${bakeryB.slug}/orders`, `/${bakeryB.slug}/dispatches`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
    await expect(page.getByText("Strandtent Noorderlicht")).toHaveCount(0);
  }
});

test("each owner sees only their own bakery", async ({ page }) => {
  await signIn(page, ownerOfB);
  await expect(page).toHaveURL(new RegExp(`/${bakeryB.slug}/orders$`));
  await expect(page.getByRole("cell", { name: "Strandtent Noorderlicht" })).toBeVisible();
  await expect(page.getByText("Café Zon")).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("orders show as cards", async ({ page }) => {
    await signIn(page, ownerOfA);
    await expect(page.getByRole("table")).toBeHidden();
    const cards = page.getByRole("list", { name: /^Orders met leverdatum/ }).getByRole("listitem");
    await expect(cards).toHaveCount(bakeryA.customers.length);
    await expect(cards.filter({ hasText: "Hotel Maan" })).toContainText("inkoop@hotel-maan.e2e.test");

    await page.getByRole("checkbox", orderCheckbox(orderNumberOf(bakeryA, 1002))).check();
    await expect(page.getByRole("button", { name: "Afdrukken (1)" })).toBeEnabled();
    await expectNoAxeViolations(page);
  });

  test("a card links its note's PDF", async ({ page }) => {
    await signIn(page, ownerOfA);
    await printOnPaper(page, komeet.number);

    const card = page
      .getByRole("list", { name: /^Orders met leverdatum/ })
      .getByRole("listitem")
      .filter({
        hasText: komeet.name,
      });
    const link = card.getByRole("link", { name: /^Bon \d+ \(PDF, nieuw tabblad\)$/ });
    await expect(link).toHaveText(/^Bon \d+$/);
    await expectNotePdf(page, await link.getAttribute("href"));

    // The card is the checkbox's label, but a tap on the link opens the PDF without selecting the order.
    const popupOpened = page.waitForEvent("popup");
    await link.tap();
    await (await popupOpened).close();
    await expect(card.getByRole("checkbox")).not.toBeChecked();
  });
});
