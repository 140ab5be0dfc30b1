import type { Page } from "@playwright/test";
import { bakeryB, expect, expectNoAxeViolations, ownerOfB, signIn, test } from "./fixtures";
import { e2eSmtpHostName, failingSpf, passingSpf } from "./dns-zone";
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
  await expect(dialog.getByRole("radio", { name: "De instellingen hieronder (niet opgeslagen)" })).toBeChecked();
  await expect(dialog.getByLabel("Beveiliging")).toHaveValue("none");
  await expect(dialog.getByText("Laat leeg om het opgeslagen wachtwoord te gebruiken.")).toBeVisible();
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

test("SPF check passes for one sender domain and fails for another", async ({ page }) => {
  await signIn(page, ownerOfB);
  await page.goto(`/${bakeryB.slug}/settings/mail`);
  const form = fields(page);
  await expect(form.host).toHaveValue("127.0.0.1");
  const spf = page.getByRole("region", { name: "SPF-controle" });

  // Bakery B's domain lists another address and publishes DMARC p=reject.
  await spf.getByRole("button", { name: "SPF controleren" }).click();
  await expect(spf.getByText(`Domein ${failingSpf.domain}, SMTP-server 127.0.0.1`)).toBeVisible();
  await expect(spf.getByRole("alert").first()).toContainText("Niet toegestaan");
  await expect(spf.getByText(failingSpf.record, { exact: true })).toBeVisible();
  await expect(spf.getByText(failingSpf.suggested, { exact: true })).toBeVisible();
  await expect(spf.getByRole("heading", { name: "Mail wordt geweigerd" })).toBeVisible();
  await expect(spf.getByText(`${failingSpf.domain} heeft DMARC-beleid reject en SPF faalt`)).toBeVisible();

  // Bakery A's domain allows 127.0.0.1; the check uses the sender address as typed, unsaved.
  await form.form.getByLabel("Afzenderadres").fill(`bonnen@${passingSpf.domain}`);
  await spf.getByRole("button", { name: "SPF controleren" }).click();
  await expect(spf.getByText(`Domein ${passingSpf.domain}, SMTP-server 127.0.0.1`)).toBeVisible();
  await expect(spf.getByRole("alert").first()).toContainText("Toegestaan");
  await expect(spf.getByText("Voorgesteld SPF-record")).toHaveCount(0);
  await expect(spf.getByRole("heading", { name: "DMARC slaagt" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("field errors clear when a preset or typing changes the field", async ({ page }) => {
  await signIn(page, ownerOfB);
  await page.goto(`/${bakeryB.slug}/settings/mail`);
  const form = fields(page);
  const hostError = form.form.getByText("Vul alleen de servernaam in, zonder https:// of smtp://", { exact: false });
  const portError = form.form.getByText("Vul een heel getal in.");

  await form.host.fill("https://smtp.example.com/");
  await form.port.fill("abc");
  await form.save.click();
  await expect(hostError).toBeVisible();
  await expect(portError).toBeVisible();
  await expect(form.host).toHaveAttribute("aria-invalid", "true");
  await expect(form.port).toHaveAttribute("aria-invalid", "true");

  // The preset fills valid values, so the errors about the old ones go, and with them the form's notice.
  await form.preset.selectOption({ label: "Gmail" });
  await expect(form.host).toHaveValue("smtp.gmail.com");
  await expect(hostError).toHaveCount(0);
  await expect(portError).toHaveCount(0);
  await expect(form.host).not.toHaveAttribute("aria-invalid");
  await expect(form.port).not.toHaveAttribute("aria-invalid");
  await expect(form.form.getByRole("alert")).toHaveCount(0);

  // Typing clears only the error of the field typed in.
  await form.host.fill("https://smtp.example.com/");
  await form.port.fill("abc");
  await form.save.click();
  await expect(portError).toBeVisible();
  await form.port.fill("587");
  await expect(portError).toHaveCount(0);
  await expect(hostError).toBeVisible();

  // Nothing was saved: the seeded settings come back.
  await page.reload();
  await expect(form.host).toHaveValue("127.0.0.1");
});

test("test message dialog retries with corrected settings", async ({ page, mailbox }) => {
  const dialogPassword = "e2e-dialoog-wachtwoord-4402";
  const username = "bonnen@boreas.e2e.test";
  const correctedRecipient = "correctie@boreas.e2e.test";
  const responses: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.request().method() === "POST") responses.push(response.text().catch(() => ""));
  });

  await signIn(page, ownerOfB);
  await page.goto(`/${bakeryB.slug}/settings/mail`);
  const form = fields(page);
  await expect(form.host).toHaveValue("127.0.0.1");
  await page.getByRole("button", { name: "Testbericht versturen" }).click();
  const dialog = page.getByRole("dialog", { name: "Testbericht versturen" });
  const settings = {
    host: dialog.getByLabel("SMTP-server"),
    port: dialog.getByLabel("Poort"),
    security: dialog.getByLabel("Beveiliging"),
    username: dialog.getByLabel("Gebruikersnaam"),
    password: dialog.getByLabel("Wachtwoord", { exact: true }),
    fromAddress: dialog.getByLabel("Afzenderadres"),
  };

  // Prefilled from the form, with an empty password field.
  await expect(settings.host).toHaveValue("127.0.0.1");
  await expect(settings.port).toHaveValue(String(e2eSmtpPort));
  await expect(settings.security).toHaveValue("none");
  await expect(settings.username).toHaveValue("");
  await expect(settings.password).toHaveValue("");
  await expect(settings.fromAddress).toHaveValue(bakeryB.senderAddress);
  await expect(dialog.getByLabel("Ontvanger")).toHaveValue(bakeryB.senderAddress);
  await expectNoAxeViolations(page);

  // An invalid port is marked in the dialog, and the mark goes when the port changes.
  await dialog.getByLabel("Ontvanger").fill(correctedRecipient);
  await settings.host.fill(e2eSmtpHostName);
  await settings.port.fill("abc");
  await dialog.getByRole("button", { name: "Versturen" }).click();
  const portError = dialog.getByText("Vul een heel getal in.");
  await expect(portError).toBeVisible();
  await expect(settings.port).toHaveAttribute("aria-invalid", "true");

  // Port 1 on 127.0.0.1 has no server, so the connection is refused.
  await settings.port.fill("1");
  await expect(portError).toHaveCount(0);
  await dialog.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(dialog.getByText("Verbinding geweigerd")).toBeVisible();

  // Corrected in the same dialog, with a login that the server does not offer.
  await settings.port.fill(String(e2eSmtpPort));
  await settings.username.fill(username);
  await settings.password.fill(dialogPassword);
  await dialog.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(
    dialog.getByText(`Het testbericht is verzonden: ${e2eSmtpHostName} heeft het geaccepteerd.`),
  ).toBeVisible();
  await expect(dialog.getByText("Niet ingelogd")).toBeVisible();
  await expect(
    dialog.getByText(`${e2eSmtpHostName} vroeg op poort ${e2eSmtpPort} niet om in te loggen`, { exact: false }),
  ).toBeVisible();
  await expect(dialog.getByRole("listitem").filter({ hasText: "Inloggen" })).toContainText("(Overgeslagen)");
  await expect.poll(() => mailbox.to(correctedRecipient).length).toBe(1);
  await expectNoAxeViolations(page);

  // The corrected settings go into the form, which saves them.
  await dialog.getByRole("button", { name: "Overnemen in het formulier" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(form.host).toHaveValue(e2eSmtpHostName);
  await expect(form.port).toHaveValue(String(e2eSmtpPort));
  await expect(form.username).toHaveValue(username);
  await expect(form.password).toHaveValue(dialogPassword);
  await expect(page.getByText("Niet opgeslagen wijzigingen.")).toBeVisible();
  await saveAndWait(page);
  await page.reload();
  await expect(form.host).toHaveValue(e2eSmtpHostName);
  await expect(form.username).toHaveValue(username);
  await expect(form.form.getByText("Wachtwoord opgeslagen", { exact: true })).toBeVisible();
  expect(await page.content()).not.toContain(dialogPassword);

  const bodies = await Promise.all(responses);
  expect(bodies.length).toBeGreaterThan(3);
  for (const body of bodies) expect(body).not.toContain(dialogPassword);

  // Back to the seeded settings.
  await form.host.fill("127.0.0.1");
  await form.username.fill("");
  await form.clearPassword.check();
  await saveAndWait(page);
  await page.reload();
  await expect(form.host).toHaveValue("127.0.0.1");
  await expect(form.form.getByText("Geen wachtwoord opgeslagen", { exact: true })).toBeVisible();
});
