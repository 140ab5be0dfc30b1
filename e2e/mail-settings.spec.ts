import type { Page } from "@playwright/test";
import { bakeryB, expect, expectNoAxeViolations, ownerOfB, signIn, test } from "./fixtures";
import { e2eSmtpPort } from "./seed-data";

// Bakery B, because the other specs send mail for bakery A and need its settings as seeded.
// The settings never point at smtp.gmail.com when saved, so nothing looks up or connects to a real host.
const appPassword = "e2e-app-wachtwoord-7731";
const recipient = "testbericht@boreas.e2e.test";

function fields(page: Page) {
  const form = page.getByRole("form", { name: "Mailinstellingen" });
  return {
    form,
    preset: form.getByLabel("Provider"),
    host: form.getByLabel("SMTP-server"),
    port: form.getByLabel("Poort"),
    security: form.getByLabel("Beveiliging"),
    username: form.getByLabel("Gebruikersnaam"),
    password: form.getByLabel("Wachtwoord", { exact: true }),
    clearPassword: form.getByLabel("Opgeslagen wachtwoord verwijderen"),
    dailyLimit: form.getByLabel("Maximum per dag"),
    save: form.getByRole("button", { name: "Opslaan", exact: true }),
  };
}

async function saveAndWait(page: Page) {
  await fields(page).save.click();
  // An earlier save's notice may still show, so the newest one is checked; the reloads below verify what was stored.
  await expect(page.getByText("De mailinstellingen zijn opgeslagen.").last()).toBeVisible();
}

test("presets, write-only password and the test message", async ({ page, mailbox }) => {
  await signIn(page, ownerOfB);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mail", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Mailinstellingen", level: 1 })).toBeVisible();
  const form = fields(page);
  await expect(form.host).toHaveValue("127.0.0.1");
  await expectNoAxeViolations(page);

  // The Gmail preset fills the server fields and the daily limit, and explains app passwords.
  await form.preset.selectOption({ label: "Gmail" });
  await expect(form.host).toHaveValue("smtp.gmail.com");
  await expect(form.port).toHaveValue("587");
  await expect(form.security).toHaveValue("starttls");
  await expect(form.dailyLimit).toHaveValue("99");
  await expect(page.getByText("Een app-wachtwoord aanmaken")).toBeVisible();

  // The security warning follows port and security as they change.
  await form.port.fill("465");
  await expect(page.getByText(/^Poort 465 verwacht versleuteling vanaf de eerste byte\. Met STARTTLS/)).toBeVisible();
  await page.getByRole("button", { name: "Kies TLS (SSL)" }).click();
  await expect(form.security).toHaveValue("tls");
  await expect(page.getByText(/^Poort 465 verwacht versleuteling/)).toHaveCount(0);

  // Save against the e2e SMTP server instead of Gmail, keeping the preset's daily limit.
  await form.host.fill("127.0.0.1");
  await form.port.fill(String(e2eSmtpPort));
  await form.security.selectOption("starttls");
  await form.username.fill("bakkerij.boreas@gmail.example");
  await form.password.fill(appPassword);
  await saveAndWait(page);

  await page.reload();
  await expect(form.password).toHaveValue("");
  await expect(form.form.getByText("Wachtwoord opgeslagen", { exact: true })).toBeVisible();
  await expect(form.dailyLimit).toHaveValue("99");
  await expect(form.clearPassword).not.toBeChecked();
  expect(await page.content()).not.toContain(appPassword);
  const audit = page.getByRole("region", { name: "Wijzigingen" });
  await expect(audit.getByRole("row").nth(1)).toContainText(ownerOfB.email);
  await expect(audit.getByRole("row").nth(1)).toContainText("Wachtwoord");

  // The test message uses the form's unsaved settings: the e2e server offers neither STARTTLS nor AUTH.
  await form.security.selectOption("none");
  await form.username.fill("");
  await page.getByRole("button", { name: "Testbericht versturen" }).click();
  const dialog = page.getByRole("dialog", { name: "Testbericht versturen" });
  await expect(dialog.getByLabel("Ontvanger")).toHaveValue(bakeryB.senderAddress);
  await expect(dialog.getByRole("radio", { name: "Zoals nu in het formulier (niet opgeslagen)" })).toBeChecked();
  await dialog.getByLabel("Ontvanger").fill(recipient);
  await dialog.getByRole("button", { name: "Versturen" }).click();
  await expect(dialog.getByText("Het testbericht is verzonden: 127.0.0.1 heeft het geaccepteerd.")).toBeVisible();
  await expect(dialog.getByText("Bericht (DATA)")).toBeVisible();
  await expectNoAxeViolations(page);
  await expect.poll(() => mailbox.to(recipient).length).toBe(1);
  expect(mailbox.to(recipient)[0]?.mail.subject).toBe(`Testbericht van ${bakeryB.tradeName}`);
  await dialog.getByRole("button", { name: "Sluiten" }).click();

  // Back to the seeded settings: plain SMTP, no login, no limit.
  await form.clearPassword.check();
  await form.dailyLimit.fill("");
  await saveAndWait(page);
  await page.reload();
  await expect(form.form.getByText("Geen wachtwoord opgeslagen", { exact: true })).toBeVisible();
  await expect(form.security).toHaveValue("none");
  await expect(form.host).toHaveValue("127.0.0.1");
});
