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
