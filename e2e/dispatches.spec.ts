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
