import type { Page } from "@playwright/test";
import { bakeryA, customerOf, expect, expectNoAxeViolations, ownerOfA, signIn, test } from "./fixtures";

const cafeZon = customerOf(bakeryA, 1001);
const kindName = "Leverbonnen en contantbonnen";
const defaultSubject = "Leverbon [NOTENUMBERS] van [TRADENAME]";

function deliveryNotesPanel(page: Page) {
  const panel = page.getByRole("tabpanel", { name: kindName });
  return {
    panel,
    subject: panel.getByLabel("Onderwerp", { exact: true }),
    preview: panel.getByRole("region", { name: "Voorbeeld" }),
  };
}

test.beforeEach(async ({ page }) => {
  await signIn(page, ownerOfA);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "E-mailteksten" }).click();
  await expect(page.getByRole("heading", { name: "E-mailteksten", level: 1 })).toBeVisible();
});

test("a changed subject shows in the preview and is stored", async ({ page }) => {
  const { panel, subject, preview } = deliveryNotesPanel(page);
  await expect(page.getByRole("tab", { name: kindName })).toHaveAttribute("aria-selected", "true");
  await expect(subject).toHaveValue(defaultSubject);
  await expectNoAxeViolations(page);

  await preview.getByLabel("Klant voor het voorbeeld").selectOption({ label: `${cafeZon.number} – ${cafeZon.name}` });
  await subject.fill("Bon [NOTENUMBERS] voor [CUSTOMERNAME]");
  await expect(preview.getByText("Bon 50001 voor Café Zon", { exact: true })).toBeVisible();
  // The frame is sandboxed without scripts, so its document is checked through srcdoc.
  await expect(preview.getByTitle("Voorbeeld van het bericht")).toHaveAttribute(
    "srcdoc",
    /leverbon\(nen\) voor Café Zon \(klantnummer 1001\)/,
  );
  await expect(panel.getByText("Niet opgeslagen wijzigingen.")).toBeVisible();

  await panel.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText(`De tekst voor ${kindName} is opgeslagen.`)).toBeVisible();

  await page.reload();
  await expect(subject).toHaveValue("Bon [NOTENUMBERS] voor [CUSTOMERNAME]");
  await expect(panel.getByText("Eigen tekst", { exact: true })).toBeVisible();

  // Reset, so the other specs send the default text again.
  await panel.getByRole("button", { name: "Standaardtekst herstellen" }).click();
  const dialog = page.getByRole("dialog", { name: `Standaardtekst herstellen voor ${kindName}?` });
  await dialog.getByRole("button", { name: "Herstellen", exact: true }).click();
  await expect(page.getByText(`De standaardtekst voor ${kindName} is hersteld.`)).toBeVisible();
  await expect(subject).toHaveValue(defaultSubject);

  await page.reload();
  await expect(subject).toHaveValue(defaultSubject);
  await expect(panel.getByText("Standaardtekst", { exact: true })).toBeVisible();
});

test("an unknown placeholder shows the valid ones", async ({ page }) => {
  const { panel, subject, preview } = deliveryNotesPanel(page);
  // Reloading with an unsaved draft may open the browser's "leave page?" dialog, which is accepted.
  page.on("dialog", (dialog) => void dialog.accept());

  await subject.fill("Bon [BONNUMMER]");
  await expect(
    panel.getByText(
      /^Onbekende plaatshouder \[BONNUMMER\] in het onderwerp, teken 5\. Geldige plaatshouders: \[TRADENAME\], /,
    ),
  ).toBeVisible();
  await expect(subject).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await panel.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(subject).toBeFocused();

  // A placeholder chosen by keyboard goes where the cursor was, and focus returns to the field.
  await subject.fill("Bon voor ");
  await panel.getByRole("button", { name: "[CUSTOMERNAME]", exact: true }).press("Enter");
  await expect(subject).toHaveValue("Bon voor [CUSTOMERNAME]");
  await expect(subject).toBeFocused();
  await expect(subject).toHaveAttribute("aria-invalid", "false");
  await expect(preview.getByText(`Bon voor ${cafeZon.name}`, { exact: true })).toBeVisible();

  await page.reload();
  await expect(subject).toHaveValue(defaultSubject);
});
