import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import type { ProbeResult } from "@/lib/mail/smtp-probe";
import { ProbeResultView } from "./probe-result";

function sentResult(authSkipped: boolean): ProbeResult {
  return {
    ok: true,
    host: "smtp.provider.example",
    port: 25,
    security: "none",
    authSkipped,
    messageId: "<test@broodbode.example>",
    serverReply: "250 OK: queued",
    steps: [
      { step: "connect", status: "passed" },
      { step: "ehlo", status: "passed" },
      { step: "auth", status: authSkipped ? "skipped" : "passed" },
      { step: "mail_from", status: "passed" },
      { step: "rcpt_to", status: "passed" },
      { step: "data", status: "passed" },
    ],
    transcript: [{ direction: "server", text: "220 smtp.provider.example ESMTP" }],
  };
}

async function render(result: ProbeResult, locale: "nl" | "en" = "nl"): Promise<string> {
  return renderToString(
    <NextIntlClientProvider locale={locale} messages={await loadMessages(locale)} timeZone="Europe/Amsterdam">
      <ProbeResultView result={result} />
    </NextIntlClientProvider>,
  );
}

describe("ProbeResultView", () => {
  it("warns when the server asked for no login", async () => {
    const html = await render(sentResult(true));

    expect(html).toContain("Het testbericht is verzonden");
    expect(html).toContain("Niet ingelogd");
    expect(html).toContain("smtp.provider.example vroeg op poort 25 niet om in te loggen");
  });

  it("warns in English too", async () => {
    const html = await render(sentResult(true), "en");

    expect(html).toContain("Not logged in");
    expect(html).toContain("the username and password were not used");
  });

  it("shows no warning after a login", async () => {
    const html = await render(sentResult(false));

    expect(html).toContain("Het testbericht is verzonden");
    expect(html).not.toContain("Niet ingelogd");
  });

  it("counts the transcript lines in the singular", async () => {
    const html = await render(sentResult(false));

    expect(html).toContain("Gesprek met de server (1 regel)");
  });
});
