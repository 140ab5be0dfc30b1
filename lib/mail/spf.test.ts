import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { diagnosisMessage } from "@/lib/testing/diagnosis-messages";
import { startTestDnsServer, type TestDnsServer, type TestDnsZone } from "@/lib/testing/dns-server";
import { createDnsResolver, type DnsResolver } from "./dns-resolver";
import { checkSpf, type SpfReport } from "./spf";

// SMTP hosts use TEST-NET and documentation addresses (192.0.2.0/24, 198.51.100.0/24,
// 2001:db8::/32): the records only name them, nothing connects to them.
const elevenIncludes = Array.from({ length: 11 }, (_, index) => `include:i${index}.many.example`).join(" ");

const zone: TestDnsZone = {
  "smtp.mail.example": { A: ["192.0.2.10"], AAAA: ["2001:db8::10"] },
  "smtp-v4.mail.example": { A: ["192.0.2.10"] },
  "smtp.office365.com": { A: ["192.0.2.50"] },

  "pass.example": { TXT: ["v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all"] },
  "_dmarc.pass.example": { TXT: ["v=DMARC1; p=reject"] },
  "fail.example": { TXT: ["v=spf1 ip4:198.51.100.1 -all"] },
  "softfail.example": { TXT: ["v=spf1 mx ~all"], MX: [{ exchange: "mx.softfail.example", priority: 10 }] },
  "mx.softfail.example": { A: ["198.51.100.25"] },
  "_dmarc.softfail.example": { TXT: ["v=DMARC1; p=quarantine; pct=100"] },
  "neutral.example": { TXT: ["v=spf1 ?all"] },
  "none.example": { TXT: ["google-site-verification=abc123"] },
  "chain.example": { TXT: ["v=spf1 include:_spf.chain-a.example -all"] },
  "_spf.chain-a.example": { TXT: ["v=spf1 include:_spf.chain-b.example -all"] },
  "_spf.chain-b.example": { TXT: ["v=spf1 ip4:192.0.2.0/28 -all"] },
  "many.example": { TXT: [`v=spf1 ${elevenIncludes} -all`] },
  ...Object.fromEntries(
    Array.from({ length: 11 }, (_, index) => [`i${index}.many.example`, { TXT: ["v=spf1 ip4:198.51.100.200 -all"] }]),
  ),
  "multi.example": { TXT: ["v=spf1 ip4:198.51.100.1 -all", "v=spf1 ip4:198.51.100.2 -all"] },
  "reject.example": { TXT: ["v=spf1 ip4:198.51.100.1 -all"] },
  "_dmarc.reject.example": { TXT: ["v=DMARC1; p=reject; rua=mailto:dmarc@reject.example"] },
  "monitor.example": { TXT: ["v=spf1 -all"] },
  "_dmarc.monitor.example": { TXT: ["v=DMARC1; p=none"] },
  "office.example": { TXT: ["v=spf1 mx -all"] },
  "broken.example": { servfail: true },
  "_dmarc.broken.example": { servfail: true },
};

let dns: TestDnsServer;
let resolver: DnsResolver;

beforeAll(async () => {
  dns = await startTestDnsServer(zone);
  resolver = createDnsResolver({ servers: [dns.address], timeoutMs: 1_000, tries: 1 });
});

afterAll(async () => {
  await dns.close();
});

function check(domain: string, smtpHost = "smtp.mail.example"): Promise<SpfReport> {
  return checkSpf({ senderAddress: `bakker@${domain}`, smtpHost, resolver });
}

function expectMessages(report: SpfReport) {
  const keys = [report.titleKey, report.messageKey, report.dmarc.titleKey, report.dmarc.messageKey];
  for (const entry of report.results) keys.push(entry.titleKey, entry.messageKey);
  if (report.suggestion) keys.push(report.suggestion.titleKey, report.suggestion.messageKey);
  for (const locale of ["nl", "en"] as const) {
    for (const key of keys) expect(diagnosisMessage(locale, key), `${locale} ${key}`).toBeTypeOf("string");
  }
}

describe("checkSpf results", () => {
  it("passes for a host the record lists", async () => {
    const report = await check("pass.example");

    expect(report.addresses).toEqual(["192.0.2.10", "2001:db8::10"]);
    expect(report.results.map((entry) => entry.result)).toEqual(["pass", "pass"]);
    expect(report.result).toBe("pass");
    expect(report.record).toBe("v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all");
    expect(report.suggestion).toBeNull();
    expect(report.messageKey).toBe("diagnosis.spf.results.pass.advice");
    expect(report.dmarc.outcome).toBe("pass");
    expect(report.dmarc.policy).toBe("reject");
    expectMessages(report);
  });

  it("fails for a record ending in -all", async () => {
    const report = await check("fail.example");

    expect(report.result).toBe("fail");
    expect(report.results[0]?.detail).toContain("does not designate 192.0.2.10");
    expect(report.suggestion?.record).toBe("v=spf1 ip4:198.51.100.1 ip4:192.0.2.10 ip6:2001:db8::10 -all");
    expect(report.suggestion?.added).toEqual(["ip4:192.0.2.10", "ip6:2001:db8::10"]);
    expect(report.suggestion?.messageKey).toBe("diagnosis.spf.suggestion.update");
    expect(report.dmarc.outcome).toBe("no_policy");
    expectMessages(report);
  });

  it("softfails for a record ending in ~all", async () => {
    const report = await check("softfail.example", "smtp-v4.mail.example");

    expect(report.result).toBe("softfail");
    expect(report.suggestion?.record).toBe("v=spf1 mx ip4:192.0.2.10 ~all");
    expect(report.dmarc.outcome).toBe("quarantine");
    expect(report.dmarc.messageKey).toBe("diagnosis.spf.dmarc.quarantine.advice");
    expect(dns.queries).toContain("MX softfail.example");
    expectMessages(report);
  });

  it("is neutral for a record ending in ?all", async () => {
    const report = await check("neutral.example", "smtp-v4.mail.example");

    expect(report.result).toBe("neutral");
    expect(report.suggestion?.record).toBe("v=spf1 ip4:192.0.2.10 ?all");
  });

  it("reports none and a fresh record without an SPF record", async () => {
    const report = await check("none.example");

    expect(report.result).toBe("none");
    expect(report.record).toBeNull();
    expect(report.records).toEqual([]);
    expect(report.suggestion?.record).toBe("v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 ~all");
    expect(report.suggestion?.messageKey).toBe("diagnosis.spf.suggestion.create");
    expect(report.messageKey).toBe("diagnosis.spf.results.none.advice");
    expectMessages(report);
  });

  it("follows include chains per address", async () => {
    const report = await check("chain.example");

    expect(report.results).toMatchObject([
      { address: "192.0.2.10", result: "pass" },
      { address: "2001:db8::10", result: "fail" },
    ]);
    expect(report.result).toBe("fail");
    expect(report.suggestion?.added).toEqual(["ip6:2001:db8::10"]);
    expect(dns.queries).toContain("TXT _spf.chain-b.example");
  });

  it("reports permerror for more than 10 DNS lookups", async () => {
    const report = await check("many.example", "smtp-v4.mail.example");

    expect(report.result).toBe("permerror");
    expect(report.results[0]?.detail).toMatch(/Too many DNS requests/);
    expect(report.messageKey).toBe("diagnosis.spf.results.permerror.tooManyLookups");
    expect(report.suggestion).toBeNull();
    expectMessages(report);
  });

  it("reports permerror for two SPF records", async () => {
    const report = await check("multi.example", "smtp-v4.mail.example");

    expect(report.result).toBe("permerror");
    expect(report.record).toBeNull();
    expect(report.records).toHaveLength(2);
    expect(report.messageKey).toBe("diagnosis.spf.results.permerror.multipleRecords");
  });

  it("reports temperror when DNS fails", async () => {
    const report = await check("broken.example", "smtp-v4.mail.example");

    expect(report.result).toBe("temperror");
    expect(report.suggestion).toBeNull();
    expect(report.dmarc.outcome).toBe("lookup_failed");
    expectMessages(report);
  });
});

describe("checkSpf suggestions and DMARC", () => {
  it("suggests the include of a known provider", async () => {
    const report = await check("office.example", "smtp.office365.com");

    expect(report.result).toBe("fail");
    expect(report.suggestion?.record).toBe("v=spf1 mx include:spf.protection.outlook.com -all");
    expect(report.suggestion?.provider).toBe("office365");
    expect(report.suggestion?.values).toMatchObject({
      domain: "office.example",
      record: "v=spf1 mx include:spf.protection.outlook.com -all",
    });
  });

  it("says mail is refused under p=reject with failing SPF", async () => {
    const report = await check("reject.example", "smtp-v4.mail.example");

    expect(report.result).toBe("fail");
    expect(report.dmarc.policy).toBe("reject");
    expect(report.dmarc.outcome).toBe("reject");
    expect(report.dmarc.record).toBe("v=DMARC1; p=reject; rua=mailto:dmarc@reject.example");
    expect(report.dmarc.messageKey).toBe("diagnosis.spf.dmarc.reject.advice");
    expectMessages(report);
  });

  it("says DMARC only reports under p=none", async () => {
    const report = await check("monitor.example", "smtp-v4.mail.example");

    expect(report.dmarc.outcome).toBe("monitor");
    expect(report.dmarc.policy).toBe("none");
  });

  it("reports an SMTP host that DNS does not know", async () => {
    const report = await check("pass.example", "smtp.missing.example");

    expect(report.hostLookup).toBe("not_found");
    expect(report.addresses).toEqual([]);
    expect(report.results).toEqual([]);
    expect(report.messageKey).toBe("diagnosis.spf.hostLookup.notFound");
    expect(report.suggestion).toBeNull();
    expectMessages(report);
  });

  it("checks an IP literal as SMTP host", async () => {
    const report = await check("pass.example", "192.0.2.77");

    expect(report.addresses).toEqual(["192.0.2.77"]);
    expect(report.result).toBe("pass");
  });

  it("rejects a sender address without a domain", async () => {
    const error = await checkSpf({ senderAddress: "bakker", smtpHost: "smtp.mail.example", resolver }).catch(
      (caught: unknown) => caught,
    );

    expect(isAppError(error)).toBe(true);
  });
});

describe("spf module imports", () => {
  // `next build` keeps mailauth external (serverExternalPackages) only for requests that Node's
  // ESM resolver accepts, so each one is imported by a plain Node process, outside Vite's resolver.
  const source = readFileSync(new URL("./spf.ts", import.meta.url), "utf8");
  const requests = [...source.matchAll(/^import (?!type )[^;]* from "(mailauth[^"]*)";$/gm)].map((match) => match[1]!);

  it("finds the mailauth imports", () => {
    expect(requests.length).toBeGreaterThan(0);
  });

  it("resolve as Node ES module imports", () => {
    for (const request of requests) {
      const script = `await import(${JSON.stringify(request)})`;
      const run = () =>
        execFileSync(process.execPath, ["--input-type=module", "--eval", script], {
          cwd: process.cwd(),
          stdio: "pipe",
        });
      expect(run, request).not.toThrow();
    }
  });
});
