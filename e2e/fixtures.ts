/**
 * Playwright fixtures for the Broodbode end-to-end tests.
 *
 * Run the tests with `npm run test:e2e` (or `npx playwright test`). The
 * webServer in playwright.config.ts runs scripts/e2e-server.ts, which builds
 * the app (`next build`), seeds a fresh database with the bakeries of
 * e2e/seed-data.ts and starts `next start` on 127.0.0.1:3100 (E2E_PORT).
 * With DATABASE_URL set, the database is a new `broodbode_e2e_<random>` on
 * that PostgreSQL server, for example
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run test:e2e
 * and without it a new PGlite folder under .data/. Either is removed when the
 * run ends. E2E_SKIP_BUILD=1 reuses the last build while working on the tests.
 * The browser is Debian's Chromium (`apt-get install chromium`) at
 * /usr/bin/chromium, or PLAYWRIGHT_CHROMIUM_PATH. Both bakeries send mail to
 * the SMTP server of the `mailbox` fixture on 127.0.0.1:2526 (E2E_SMTP_PORT).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { bakeryA, bakeryB, e2eSmtpPort } from "./seed-data";

export { expect } from "@playwright/test";
export { bakeryA, bakeryB, customerOf, orderNumberOf } from "./seed-data";

export type Login = { email: string; password: string };

/** The seeded logins. */
export const ownerOfA: Login = bakeryA.owner;
export const ownerOfB: Login = bakeryB.owner;

/** The messages that the test SMTP server accepted, parsed, with their SMTP envelope. */
export type Mailbox = {
  messages: ReceivedMessage[];
  /** Messages whose envelope has `address` among its recipients. */
  to(address: string): ReceivedMessage[];
  /** Addresses whose RCPT TO gets a permanent 550 reply, until they are removed from the set. */
  rejectedRecipients: Set<string>;
};

export type ReceivedMessage = { envelopeTo: string[]; mail: ParsedMail };

export const test = base.extend<object, { mailbox: Mailbox }>({
  mailbox: [
    async ({}, use) => {
      const messages: ReceivedMessage[] = [];
      const rejectedRecipients = new Set<string>();
      const server = new SMTPServer({
        authOptional: true,
        // The bakeries use security "none" and no login, so the server offers plain SMTP only:
        // neither STARTTLS nor AUTH, and a client with a username sends without logging in.
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        onRcptTo(address, _session, callback) {
          if (!rejectedRecipients.has(address.address)) return callback();
          callback(Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 }));
        },
        onData(stream, session, callback) {
          simpleParser(stream).then(
            (mail) => {
              messages.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
              callback();
            },
            (error: Error) => callback(error),
          );
        },
      });
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(e2eSmtpPort, "127.0.0.1", () => resolve());
      });

      await use({
        messages,
        to: (address) => messages.filter((message) => message.envelopeTo.includes(address)),
        rejectedRecipients,
      });

      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    // Started for every worker, so mail sent by any test finds a server.
    { scope: "worker", auto: true },
  ],
});

/** Sign in through the sign-in form and wait for the bakery's orders page. */
export async function signIn(page: Page, login: Login): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-mailadres").fill(login.email);
  await page.getByLabel("Wachtwoord").fill(login.password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await page.waitForURL(/\/orders(\?|$)/);
}

/** Run axe on the page as it is now and expect no accessibility violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Legacy mode runs axe.run() in the page itself. The default mode merges its
  // results in a new blank page, and that newPage() call never returned on the
  // email texts page with its sandboxed preview frame (Chromium 156, Playwright
  // 1.65.2, @axe-core/playwright 4.13.0). Legacy mode skips cross-origin and
  // script-less frames, such as that preview of a rendered email.
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(violations).toEqual([]);
}
