import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { bakeryA, customerOf, expect, expectNoAxeViolations, orderNumberOf, ownerOfA, signIn, test } from "./fixtures";

const cafeZon = customerOf(bakeryA, 1001);
const hotelMaan = customerOf(bakeryA, 1002);
const lunchroomSter = customerOf(bakeryA, 1003);
const buurtwinkel = customerOf(bakeryA, 1004);
const cafeX = customerOf(bakeryA, 1005);
const kantineNova = customerOf(bakeryA, 1006);

async function selectOrders(page: Page, customerNumbers: number[]): Promise<void> {
  for (const customerNumber of customerNumbers) {
    const label = `Selecteer order ${orderNumberOf(bakeryA, customerNumber)}`;
    await page.getByRole("checkbox", { name: label, exact: true }).check();
  }
}

async function expectPdfDownload(page: Page, download: Download): Promise<void> {
  const content = await readFile(await download.path());
  expect(content.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const response = await page.request.get(download.url());
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.pdf"$/);
}

async function sendLogTotal(page: Page): Promise<string> {
  await page.goto(`/${bakeryA.slug}/dispatches`);
  return (await page.getByText(/^(\d+ berichten|1 bericht|Geen berichten)$/).textContent()) ?? "";
}

test.beforeEach(async ({ page }) => {
  await signIn(page, ownerOfA);
});

test("per customer emails notes and downloads the paper note", async ({ page, mailbox }) => {
  await selectOrders(page, [cafeZon.number, hotelMaan.number, buurtwinkel.number]);
  await page.getByRole("button", { name: "Afdrukken (3)" }).click();

  const dialog = page.getByRole("dialog", { name: "3 orders afdrukken of versturen" });
  await dialog.getByRole("radio", { name: /^Per klant/ }).check();
  await expectNoAxeViolations(page);

  const downloadStarted = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Uitvoeren" }).click();
  const download = await downloadStarted;
  await expectPdfDownload(page, download);

  const summary = page.getByRole("dialog", { name: "Klaar" });
  await expect(summary.getByText("1 bon in de afdruk (1 exemplaar).")).toBeVisible();
  await expect(summary.getByText("2 berichten met 2 bonnen in de wachtrij voor verzending.")).toBeVisible();
  await expect(summary.getByRole("link", { name: "PDF downloaden" })).toBeVisible();

  await summary.getByRole("link", { name: "Volg de verzending in het verzendlog" }).click();
  await page.waitForURL(/\/dispatches\?batch=[0-9a-f-]{36}$/);
  await expect(page.getByText("Verzonden: 2 van 2")).toBeVisible();

  for (const customer of [cafeZon, hotelMaan]) {
    const address = customer.noteEmails[0]!;
    const row = page.getByRole("row").filter({ hasText: address });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(5)).toHaveText("verzonden");
    await expect(row.getByRole("cell").nth(2)).toHaveText(customer.name);
    const noteNumber = (await row.getByRole("cell").nth(3).textContent())!.trim();
    const subject = (await row.getByRole("cell").nth(4).textContent())!.trim();
    expect(noteNumber).toMatch(/^\d+$/);

    await expect.poll(() => mailbox.to(address).length).toBe(1);
    const { mail } = mailbox.to(address)[0]!;
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((entry) => entry.address) : []).toEqual([address]);
    expect(mail.subject).toBe(subject);
    expect(mail.subject).toContain(noteNumber);
    expect(mail.from?.value[0]?.address).toBe(bakeryA.senderAddress);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.contentType).toBe("application/pdf");
    expect(mail.attachments[0]!.filename).toContain(noteNumber);
    expect(mail.attachments[0]!.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }
  await expectNoAxeViolations(page);
});

test("per customer reports notes that went another way", async ({ page }) => {
  await selectOrders(page, [cafeX.number, kantineNova.number]);
  await page.getByRole("button", { name: "Afdrukken (2)" }).click();

  const dialog = page.getByRole("dialog", { name: "2 orders afdrukken of versturen" });
  await dialog.getByRole("radio", { name: /^Per klant/ }).check();
  const downloadStarted = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Uitvoeren" }).click();
  await expectPdfDownload(page, await downloadStarted);

  const summary = page.getByRole("dialog", { name: "Klaar" });
  await expect(summary.getByText("1 bon in de afdruk (1 exemplaar).")).toBeVisible();
  await expect(
    summary.getByText(
      `Klant ${cafeX.number} ${cafeX.name} heeft e-mail als verzendwijze maar geen e-mailadres: ` +
        `de bon van order ${orderNumberOf(bakeryA, cafeX.number)} is in de afdruk gezet.`,
    ),
  ).toBeVisible();
  await expect(
    summary.getByText(
      `Klant ${kantineNova.number} ${kantineNova.name} is geblokkeerd: ` +
        `order ${orderNumberOf(bakeryA, kantineNova.number)} is overgeslagen en heeft geen bon gekregen.`,
    ),
  ).toBeVisible();
  // Nothing was queued, so there is no send log to follow.
  await expect(summary.getByRole("link", { name: "Volg de verzending in het verzendlog" })).toHaveCount(0);
});

test("send to email rejects an invalid address", async ({ page }) => {
  const totalBefore = await sendLogTotal(page);
  await page.goto(`/${bakeryA.slug}/orders`);
  await selectOrders(page, [lunchroomSter.number]);
  await page.getByRole("button", { name: "Afdrukken (1)" }).click();

  const dialog = page.getByRole("dialog", { name: "1 order afdrukken of versturen" });
  await dialog.getByRole("radio", { name: /^Versturen naar één e-mailadres/ }).check();
  const address = dialog.getByRole("textbox", { name: "E-mailadres", exact: true });
  await address.fill("administratie@");
  await dialog.getByRole("button", { name: "Uitvoeren" }).click();

  await expect(address).toHaveAccessibleDescription(/Geen geldig e-mailadres\./);
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByRole("alert").filter({ hasText: "Controleer de gemarkeerde velden." })).toBeVisible();
  await dialog.getByRole("button", { name: "Annuleren" }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole("row").filter({ hasText: lunchroomSter.name });
  await expect(row.getByRole("cell").nth(6)).toHaveText("nog geen bon");
  expect(await sendLogTotal(page)).toBe(totalBefore);
});
