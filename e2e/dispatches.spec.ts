import { readFile } from "node:fs/promises";
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

const orion = customerOf(bakeryA, 1007);

test("a failed message can be resent", async ({ page, mailbox }) => {
  const address = orion.noteEmails[0]!;
  mailbox.rejectedRecipients.add(address);

  await signIn(page, ownerOfA);
  await page
    .getByRole("checkbox", { name: `Selecteer order ${orderNumberOf(bakeryA, orion.number)}`, exact: true })
    .check();
  await page.getByRole("button", { name: "Afdrukken (1)" }).click();
  const dialog = page.getByRole("dialog", { name: "1 order afdrukken of versturen" });
  await dialog.getByRole("radio", { name: /^Per klant/ }).check();
  await dialog.getByRole("button", { name: "Uitvoeren" }).click();
  await page
    .getByRole("dialog", { name: "Klaar" })
    .getByRole("link", { name: "Volg de verzending in het verzendlog" })
    .click();

  const row = page.getByRole("row").filter({ hasText: address });
  await expect(row.getByRole("cell").nth(5)).toHaveText("mislukt");
  await expect(row.getByRole("cell").nth(7)).toContainText("Ontvanger geweigerd");
  await expect(row.getByRole("cell").nth(7)).toContainText("Antwoord van de server: 550");
  await expect(page.getByText("Verzonden: 0 van 1")).toBeVisible();
  expect(mailbox.to(address)).toHaveLength(0);
  await expectNoAxeViolations(page);

  mailbox.rejectedRecipients.delete(address);
  await row.getByRole("button", { name: /^Opnieuw versturen/ }).click();
  await expect(row.getByRole("cell").nth(5)).toHaveText("verzonden");
  await expect(page.getByText("Verzonden: 1 van 1")).toBeVisible();
  await expect.poll(() => mailbox.to(address).length).toBe(1);
  await expect(row.getByRole("button", { name: /^Opnieuw versturen/ })).toHaveCount(0);
});

test("send log filters by status", async ({ page, mailbox }) => {
  const noorderlicht = customerOf(bakeryB, 2001);
  const address = noorderlicht.noteEmails[0]!;
  mailbox.rejectedRecipients.add(address);

  await signIn(page, ownerOfB);
  await page
    .getByRole("checkbox", { name: `Selecteer order ${orderNumberOf(bakeryB, noorderlicht.number)}`, exact: true })
    .check();
  await page.getByRole("button", { name: "Afdrukken (1)" }).click();
  const dialog = page.getByRole("dialog", { name: "1 order afdrukken of versturen" });
  await dialog.getByRole("radio", { name: /^Per klant/ }).check();
  await dialog.getByRole("button", { name: "Uitvoeren" }).click();
  await page
    .getByRole("dialog", { name: "Klaar" })
    .getByRole("link", { name: "Volg de verzending in het verzendlog" })
    .click();
  await expect(page.getByRole("row").filter({ hasText: address }).getByRole("cell").nth(5)).toHaveText("mislukt");
  mailbox.rejectedRecipients.delete(address);

  await page.goto(`/${bakeryB.slug}/dispatches`);
  await page.getByLabel("Status").selectOption({ label: "mislukt" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/\?status=failed$/);
  await expect(page.getByText("1 bericht", { exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: address })).toHaveCount(1);

  await page.goto(`/${bakeryB.slug}/dispatches?status=sent`);
  await expect(page.getByText("Geen berichten", { exact: true })).toBeVisible();
  await expect(page.getByText("Geen berichten gevonden.")).toBeVisible();

  await page.goto(`/${bakeryB.slug}/dispatches?status=failed&batch=not-a-batch`);
  await expect(page.getByRole("alert").filter({ hasText: "„not-a-batch” is geen geldige batch" })).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("failed");
  await expectNoAxeViolations(page);
});

test("a sent message's PDF downloads from the send log", async ({ page, mailbox }) => {
  const komeet = customerOf(bakeryA, 1004);
  const address = "verzendlog@aurora.e2e.test";

  await signIn(page, ownerOfA);
  await sendToOneAddress(page, orderNumberOf(bakeryA, komeet.number), address);
  await expect(page).toHaveTitle("Verzendlog · Bakkerij Aurora · Broodbode");

  const row = page.getByRole("row").filter({ hasText: address });
  await expect(row.getByRole("cell").nth(5)).toHaveText("verzonden");
  await expect(row.getByRole("cell").nth(0)).toHaveText(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$/);
  await expect(row.getByRole("cell").nth(7)).toContainText(/Verzonden: \d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}/);
  const noteNumber = (await row.getByRole("cell").nth(3).textContent())!.trim();
  const link = row.getByRole("link", { name: `Leverbon-${noteNumber}.pdf`, exact: true });
  await expectNoAxeViolations(page);

  const downloadStarted = page.waitForEvent("download");
  await link.click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toBe(`Leverbon-${noteNumber}.pdf`);
  const downloaded = await readFile(await download.path());
  await expect.poll(() => mailbox.to(address).length).toBe(1);
  const sent = mailbox.to(address)[0]!.mail.attachments[0]!.content;
  expect(downloaded.equals(sent)).toBe(true);

  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe(
    `attachment; filename="Leverbon-${noteNumber}.pdf"; filename*=UTF-8''Leverbon-${noteNumber}.pdf`,
  );

  // English uses the same date and time format.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Send log" })).toBeVisible();
  await expect(row.getByRole("cell").nth(0)).toHaveText(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$/);
  await expect(row.getByRole("cell").nth(7)).toContainText(/Sent: \d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}/);
  await expect(page).toHaveTitle("Send log · Bakkerij Aurora · Broodbode");
});

test("the daily limit and a deleted archive are explained", async ({ page }) => {
  const poolster = customerOf(bakeryB, 2002);
  const address = "daglimiet@boreas.e2e.test";

  await signIn(page, ownerOfB);
  await saveLimitAndArchive(page, bakeryB.slug, "", "Verwijderen na verzending");
  try {
    await sendToOneAddress(page, orderNumberOf(bakeryB, poolster.number), address);
    const sentRow = page.getByRole("row").filter({ hasText: address });
    await expect(sentRow.getByRole("cell").nth(5)).toHaveText("verzonden");
    await expect(sentRow.getByRole("cell").nth(8)).toHaveText("Geen kopie van de PDF bewaard.");
    await expect(sentRow.getByRole("link")).toHaveCount(0);

    // At least one message went out today, so with a limit of 1 the next one waits for tomorrow.
    await saveLimitAndArchive(page, bakeryB.slug, "1", "Verwijderen na verzending");
    const summary = await submitToOneAddress(page, orderNumberOf(bakeryB, poolster.number), address);
    await expect(summary.getByText("1 bericht met 1 bon in de wachtrij voor verzending.")).toBeVisible();
    await expect(
      summary.getByText("De daglimiet van 1 bericht is vandaag al bereikt. Het bericht wordt morgen verstuurd."),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await summary.getByRole("link", { name: "Volg de verzending in het verzendlog" }).click();
    const deferredRow = page.getByRole("row").filter({ hasText: address }).first();
    await expect(deferredRow.getByRole("cell").nth(5)).toHaveText("uitgesteld");
  } finally {
    await saveLimitAndArchive(page, bakeryB.slug, "", "Bewaren");
  }
});

/** Submit the Print dialog for one order with "send to one email address" and return the result dialog. */
async function submitToOneAddress(page: Page, orderNumber: number, address: string) {
  await page.goto("/");
  await page.getByRole("checkbox", { name: `Selecteer order ${orderNumber}`, exact: true }).check();
  await page.getByRole("button", { name: "Afdrukken (1)" }).click();
  const dialog = page.getByRole("dialog", { name: "1 order afdrukken of versturen" });
  await dialog.getByRole("radio", { name: /^Versturen naar één e-mailadres/ }).check();
  await dialog.getByRole("textbox", { name: "E-mailadres", exact: true }).fill(address);
  await dialog.getByRole("button", { name: "Uitvoeren" }).click();
  return page.getByRole("dialog", { name: "Klaar" });
}

/** Send one order's note to `address` and open the batch in the send log. */
async function sendToOneAddress(page: Page, orderNumber: number, address: string) {
  const summary = await submitToOneAddress(page, orderNumber, address);
  await summary.getByRole("link", { name: "Volg de verzending in het verzendlog" }).click();
  await page.waitForURL(/\/dispatches\?batch=/);
}

/** Save the daily limit and the PDF archive mode on the bakery's mail settings page. */
async function saveLimitAndArchive(page: Page, slug: string, dailyLimit: string, archive: string) {
  await page.goto(`/${slug}/settings/mail`);
  const form = page.getByRole("form", { name: "Mailinstellingen" });
  await form.getByLabel("Maximum per dag").fill(dailyLimit);
  await form.getByLabel("Verzonden pdf's").selectOption({ label: archive });
  await form.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText("De mailinstellingen zijn opgeslagen.").last()).toBeVisible();
}
