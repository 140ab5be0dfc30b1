import { randomUUID } from "node:crypto";
import { bakeryA, expect, ownerOfA, signIn, test } from "./fixtures";

test("a wrong password is rejected with a plain message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mailadres").fill(ownerOfA.email);
  await page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
  await page.getByRole("button", { name: "Aanmelden" }).click();

  await expect(page.getByText("Onbekend e-mailadres of onjuist wachtwoord.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated failures lock the address for a while", async ({ page }) => {
  // A new address no test signs in with, so the lock affects no other test or repeat.
  const email = `geblokkeerd-${randomUUID().slice(0, 8)}@onbekend.e2e.test`;
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill(`poging-${attempt}`);
    const answered = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await answered;
    await expect(page.getByText("Onbekend e-mailadres of onjuist wachtwoord.")).toBeVisible();
    // React resets the form once the action has finished; filling in before that would be undone.
    await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
    await expect(page.getByRole("button", { name: "Aanmelden" })).toBeEnabled();
  }

  await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
  await page.getByLabel("Wachtwoord").fill("poging-11");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText(/^Te veel mislukte pogingen voor dit e-mailadres\./)).toBeVisible();
});

test("signing out returns to the sign-in page", async ({ page }) => {
  await signIn(page, ownerOfA);
  await page.getByRole("button", { name: "Afmelden" }).click();
  await page.waitForURL(/\/sign-in/);
  expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain("authjs.session-token");

  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`/${bakeryA.slug}/orders`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});

test("a session token copied before sign-out no longer works", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ownerOfA);
  const copied = (await context.cookies()).filter((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(copied).toHaveLength(1);
  // The session's token is at least a second old when the user signs out.
  await expect
    .poll(() => Date.now() - (copied[0]!.expires - 12 * 3600) * 1000, { timeout: 5_000 })
    .toBeGreaterThan(1_000);
  await page.getByRole("button", { name: "Afmelden" }).click();
  await page.waitForURL(/\/sign-in/);

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const response = await replay.request.get(`/${bakeryA.slug}/orders`, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toMatch(/\/sign-in/);
  const exportResponse = await replay.request.get(`/api/${bakeryA.slug}/customers/export`);
  expect(exportResponse.status()).toBe(401);
});

test("sign-in returns to the page that asked for it", async ({ page }) => {
  await page.goto(`/${bakeryA.slug}/dispatches`);
  await page.waitForURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("E-mailadres").fill(ownerOfA.email);
  await page.getByLabel("Wachtwoord").fill(ownerOfA.password);
  await page.getByRole("button", { name: "Aanmelden" }).click();

  await page.waitForURL(new RegExp(`/${bakeryA.slug}/dispatches$`));
});
