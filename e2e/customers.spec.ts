import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { bakeryA, bakeryB, expect, expectNoAxeViolations, ownerOfA, ownerOfB, signIn, test } from "./fixtures";

const customersPath = `/${bakeryA.slug}/customers`;

test("customer with email dispatch is created, found and edited on a phone", async ({ page }) => {
  const name = `Lunchroom Komeet ${Date.now()}`;
  await signIn(page, ownerOfA);

  await page.goto(`${customersPath}/new`);
  await expect(page.getByRole("heading", { name: "Nieuwe klant" })).toBeVisible();
  // The suggested number follows the highest seeded one.
  await expect(page.getByLabel("Nummer", { exact: true })).not.toHaveValue("");
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("Plaats", { exact: true }).fill("Zwolle");
  await page.getByLabel("Versturen bon").selectOption({ label: "E-mail" });

  // Email dispatch without an address is rejected next to the address field.
  await page.getByRole("button", { name: "Opslaan" }).click();
  const noteEmails = page.getByLabel("E-mailadressen voor de bonnen");
  await expect(noteEmails).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Bij verzending per e-mail is ten minste één geldig e-mailadres nodig.")).toBeVisible();

  await noteEmails.fill("bonnen@komeet.e2e.test");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText(/^Klant \d+ is aangemaakt\.$/)).toBeVisible();
  await page.waitForURL(new RegExp(`${customersPath}/[0-9a-f-]{36}$`));

  await page.goto(customersPath);
  await page.getByLabel("Zoeken", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Toepassen" }).click();
  const table = page.getByRole("table", { name: "Klanten" });
  const row = table.getByRole("row").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("bonnen@komeet.e2e.test");
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(table).toBeHidden();
  const cards = page.getByRole("list", { name: "Klanten" });
  await cards.getByRole("link", { name: new RegExp(name) }).click();
  await page.waitForURL(new RegExp(`${customersPath}/[0-9a-f-]{36}$`));

  await page.getByLabel("Plaats", { exact: true }).fill("Kampen");
  await page.getByLabel("Route", { exact: true }).fill("Route 9");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Plaats", { exact: true })).toHaveValue("Kampen");
  await expect(page.getByLabel("Route", { exact: true })).toHaveValue("Route 9");
  await expect(page.getByLabel("E-mailadressen voor de bonnen")).toHaveValue("bonnen@komeet.e2e.test");
  await expectNoAxeViolations(page);
});

test("another bakery's customers are not listed", async ({ page }) => {
  await signIn(page, ownerOfB);
  await page.goto(`/${bakeryB.slug}/customers`);
  await page.getByLabel("Zoeken", { exact: true }).fill("Café Zon");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(page.getByText("Geen klanten gevonden.")).toBeVisible();

  const response = await page.goto(`/${bakeryA.slug}/customers`);
  expect(response?.status()).toBe(404);
});

test("customer CSV import shows errors first and imports after confirming", async ({ page }) => {
  await signIn(page, ownerOfA);
  await page.goto(`${customersPath}/import`);
  await expect(page.getByRole("heading", { name: "Klanten importeren" })).toBeVisible();

  const broken = "Nummer;Naam;Versturen bon;E-mailadressen bonnen\n8001;Import Een;papier;\n8002;Import Twee;e-mail;\n";
  await page
    .getByLabel("CSV-bestand")
    .setInputFiles({ name: "klanten.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Bestand lezen" }).click();
  await expect(page.getByRole("heading", { name: "Eén fout: er wordt niets geïmporteerd" })).toBeVisible();
  const issues = page.getByRole("table").filter({ hasText: "Reden" });
  await expect(issues.getByRole("row").nth(1)).toContainText("3");
  await expect(issues.getByRole("row").nth(1)).toContainText(
    "Bij verzending per e-mail is ten minste één geldig e-mailadres nodig.",
  );
  await expect(page.getByRole("button", { name: "Importeren bevestigen" })).toHaveCount(0);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Foutenrapport downloaden (CSV)" }).click();
  expect((await download).suggestedFilename()).toBe("importfouten.csv");
  await expectNoAxeViolations(page);

  const fixed = broken.replace("8002;Import Twee;e-mail;", "8002;Import Twee;e-mail;twee@import.e2e.test");
  await page
    .getByLabel("CSV-bestand")
    .setInputFiles({ name: "klanten.csv", mimeType: "text/csv", buffer: Buffer.from(fixed) });
  await page.getByRole("button", { name: "Bestand lezen" }).click();
  await expect(page.getByRole("heading", { name: "2 nieuwe, geen bij te werken." })).toBeVisible();
  await page.getByRole("button", { name: "Importeren bevestigen" }).click();
  await expect(page.getByText("Geïmporteerd: 2 nieuw, 0 bijgewerkt.")).toBeVisible();
  await page.waitForURL(new RegExp(`${customersPath}$`));

  await page.getByLabel("Zoeken", { exact: true }).fill("Import Twee");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(
    page.getByRole("table", { name: "Klanten" }).getByRole("row").filter({ hasText: "twee@import.e2e.test" }),
  ).toHaveCount(1);
});

test("customer export is a CSV with BOM and Dutch headers", async ({ page }) => {
  await signIn(page, ownerOfA);
  const response = await page.request.get(`/api/${bakeryA.slug}/customers/export?q=Caf%C3%A9%20Zon`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]!.startsWith("Nummer;Soort;Naam;")).toBe(true);
  expect(lines[1]).toContain(";Café Zon;");

  const other = await page.request.get(`/api/${bakeryB.slug}/customers/export`);
  expect(other.status()).toBe(404);
});

test("products can be listed and created", async ({ page }) => {
  await signIn(page, ownerOfA);
  await page.goto(`/${bakeryA.slug}/products/new`);
  await page.getByLabel("Omschrijving", { exact: true }).fill("Speltbol E2E");
  await page.getByLabel("Artikelgroep").selectOption({ label: "Brood" });
  await page.getByLabel("Prijs (€, exclusief btw)").fill("1,35");
  await page.getByLabel("Btw-tarief").selectOption({ label: "9% (laag tarief)" });
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText(/^Artikel \d+ is aangemaakt\.$/)).toBeVisible();

  await page.goto(`/${bakeryA.slug}/products?q=Speltbol`);
  const row = page.getByRole("table", { name: "Artikelen" }).getByRole("row").filter({ hasText: "Speltbol E2E" });
  await expect(row).toContainText("€ 1,35");
  await expectNoAxeViolations(page);
});

/** Find the toasts on screen. Sonner names their region "Notifications" followed by its hotkey. */
function toasts(page: Page) {
  return page.getByRole("region", { name: /^Notifications/ });
}

/** Find the cell of `row` in the column whose header reads `header`. */
async function cellOf(table: Locator, row: Locator, header: string): Promise<Locator> {
  const headers = await table.getByRole("columnheader").allInnerTexts();
  const index = headers.findIndex((text) => text.trim() === header);
  expect(index, `column ${header} in ${headers.join(", ")}`).toBeGreaterThanOrEqual(0);
  return row.getByRole("cell").nth(index);
}

test("customer list shows an address and a status for every customer", async ({ page }) => {
  await signIn(page, ownerOfA);
  await page.goto(customersPath);
  const table = page.getByRole("table", { name: "Klanten" });
  const rowOf = (name: string) => table.getByRole("row").filter({ hasText: name });

  await expect(await cellOf(table, rowOf("Café Zon"), "E-mailadres")).toContainText("bonnen@cafe-zon.e2e.test");
  await expect(await cellOf(table, rowOf("Buurtwinkel Komeet"), "E-mailadres")).toHaveText("Geen e-mailadres");
  await expect(await cellOf(table, rowOf("Café Zon"), "Status")).toHaveText("Actief");
  await expect(await cellOf(table, rowOf("Kantine Nova"), "Status")).toHaveText("Geblokkeerd");
  await expectNoAxeViolations(page);

  // Sorting by email address uses the note address of customers without a general one.
  await table.getByRole("button", { name: "Sorteren op E-mailadres" }).click();
  await page.waitForURL(/sort=email/);
  await expect(table.getByRole("row").nth(1)).toContainText("bonnen@cafe-zon.e2e.test");
  const names = await table.getByRole("row").allInnerTexts();
  const position = (name: string) => names.findIndex((text) => text.includes(name));
  // keuken@orion (customer 1007) sorts before ster@lunchroom-ster (customer 1003).
  expect(position("Restaurant Orion")).toBeLessThan(position("Lunchroom Ster"));
});

test("product list shows status and sliceable for every product", async ({ page }) => {
  await signIn(page, ownerOfA);
  await page.goto(`/${bakeryA.slug}/products`);
  const table = page.getByRole("table", { name: "Artikelen" });
  const bread = table.getByRole("row").filter({ hasText: "Volkoren brood" });
  const pie = table.getByRole("row").filter({ hasText: "Appeltaart" });

  await expect(await cellOf(table, bread, "Status")).toHaveText("Actief");
  await expect(await cellOf(table, bread, "Snijdbaar")).toHaveText("Ja");
  await expect(await cellOf(table, pie, "Snijdbaar")).toHaveText("Nee");
  await expectNoAxeViolations(page);
});

test("a successful product save replaces the failure toast", async ({ page }) => {
  const failed = "Het artikel is niet opgeslagen. Verbeter de gemarkeerde velden.";
  await signIn(page, ownerOfA);
  await page.goto(`/${bakeryA.slug}/products?q=Volkoren`);
  await page.getByRole("table", { name: "Artikelen" }).getByRole("link", { name: "Volkoren brood" }).click();
  await page.waitForURL(new RegExp(`/products/[0-9a-f-]{36}$`));
  const price = page.getByLabel("Prijs (€, exclusief btw)");
  const original = await price.inputValue();

  await price.fill("-1");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(toasts(page).getByText(failed)).toBeVisible();

  await price.fill(original);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(toasts(page).getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();
  // Well before the failure toast's own 4 seconds are up.
  await expect(toasts(page).getByText(failed)).toHaveCount(0, { timeout: 1_500 });
});

test("a successful customer save replaces the failure toast", async ({ page }) => {
  const failed = "De klant is niet opgeslagen. Verbeter de gemarkeerde velden.";
  await signIn(page, ownerOfA);
  await page.goto(`${customersPath}/new`);
  await page.getByLabel("Naam", { exact: true }).fill(`Toastcafé ${Date.now()}`);
  const copies = page.getByLabel("Aantal bonnen");

  await copies.fill("0");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(toasts(page).getByText(failed)).toBeVisible();

  await copies.fill("2");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(toasts(page).getByText(/^Klant \d+ is aangemaakt\.$/)).toBeVisible();
  await expect(toasts(page).getByText(failed)).toHaveCount(0, { timeout: 1_500 });
});

test("importing an empty file says that the file is empty", async ({ page }) => {
  await signIn(page, ownerOfA);
  await page.goto(`${customersPath}/import`);
  const file = page.getByLabel("CSV-bestand");
  await file.setInputFiles({ name: "leeg.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: "Bestand lezen" }).click();

  await expect(page.getByText(/^Het bestand is leeg/)).toBeVisible();
  await expect(file).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Verplicht veld.")).toHaveCount(0);
});

test("product import lists the expected columns and offers a template", async ({ page }) => {
  await signIn(page, ownerOfA);
  await page.goto(`/${bakeryA.slug}/products/import`);

  await expect(page.getByText(/Verplichte kolommen: Artikelnummer, Omschrijving, Prijs, Btw %\./)).toBeVisible();
  await page.getByText("Alle kolommen bekijken (8)").click();
  const columns = page.getByRole("table", { name: "Verwachte kolommen" });
  const numberRow = columns.getByRole("row").filter({ hasText: "Artikelnummer" });
  await expect(await cellOf(columns, numberRow, "Kolom (Engels)")).toHaveText("Product number");
  await expect(await cellOf(columns, numberRow, "Verplicht")).toHaveText("Ja");
  const sliceableRow = columns.getByRole("row").filter({ hasText: "Snijdbaar" });
  await expect(await cellOf(columns, sliceableRow, "Verplicht")).toHaveText("Nee");
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Sjabloon downloaden (CSV)" }).click();
  const template = await download;
  expect(template.suggestedFilename()).toBe("artikelen-sjabloon.csv");
  const bytes = readFileSync((await template.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe("Artikelnummer;Omschrijving;Artikelgroep;Eenheid;Prijs;Btw %;Snijdbaar;Actief");
  expect(lines).toHaveLength(3);

  // The template reads back without errors.
  await page.getByLabel("CSV-bestand").setInputFiles({ name: "sjabloon.csv", mimeType: "text/csv", buffer: bytes });
  await page.getByRole("button", { name: "Bestand lezen" }).click();
  await expect(page.getByRole("heading", { name: "Eén nieuwe, geen bij te werken." })).toBeVisible();
});
