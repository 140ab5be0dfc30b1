import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestDnsServer, type TestDnsServer } from "@/lib/testing/dns-server";
import { createDnsResolver, dnsServersFromEnvironment, type DnsResolver } from "./dns-resolver";

const longSpf = `v=spf1 ${Array.from({ length: 30 }, (_, index) => `ip4:192.0.2.${index}`).join(" ")} -all`;

let dns: TestDnsServer;
let resolver: DnsResolver;

beforeAll(async () => {
  dns = await startTestDnsServer({
    "smtp.mail.example": { A: ["192.0.2.10", "192.0.2.11"], AAAA: ["2001:db8::10"] },
    "v4only.mail.example": { A: ["192.0.2.20"] },
    "bakkerij.example": {
      TXT: [longSpf, ["google-site-verification=", "abc"]],
      MX: [{ exchange: "mx.bakkerij.example", priority: 10 }],
    },
    "nothing.mail.example": { TXT: ["just text"] },
    "broken.mail.example": { servfail: true },
  });
  resolver = createDnsResolver({ servers: [dns.address], timeoutMs: 1_000, tries: 1 });
});

afterAll(async () => {
  await dns.close();
});

describe("dnsServersFromEnvironment", () => {
  it("parses a comma- or space-separated list", () => {
    expect(dnsServersFromEnvironment({ BROODBODE_DNS_SERVERS: "127.0.0.1:5353, [::1]:53  127.0.0.2" })).toEqual([
      "127.0.0.1:5353",
      "[::1]:53",
      "127.0.0.2",
    ]);
  });

  it("returns undefined when unset or empty", () => {
    expect(dnsServersFromEnvironment({})).toBeUndefined();
    expect(dnsServersFromEnvironment({ BROODBODE_DNS_SERVERS: " , " })).toBeUndefined();
  });
});

describe("createDnsResolver", () => {
  it("queries the servers it was given", async () => {
    expect(resolver.servers()).toEqual([dns.address]);
    expect(await resolver.resolve4("smtp.mail.example")).toEqual(["192.0.2.10", "192.0.2.11"]);
    expect(dns.queries).toContain("A smtp.mail.example");
  });

  it("reads BROODBODE_DNS_SERVERS without a servers option", async () => {
    vi.stubEnv("BROODBODE_DNS_SERVERS", dns.address);
    try {
      const fromEnvironment = createDnsResolver({ timeoutMs: 1_000, tries: 1 });
      expect(fromEnvironment.servers()).toEqual([dns.address]);
      expect(await fromEnvironment.resolve6("smtp.mail.example")).toEqual(["2001:db8::10"]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("rejects an invalid server list and names its source", () => {
    vi.stubEnv("BROODBODE_DNS_SERVERS", "not an address");
    try {
      expect(() => createDnsResolver()).toThrow(/BROODBODE_DNS_SERVERS/);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(() => createDnsResolver({ servers: ["999.1.1.1"] })).toThrow(/servers option/);
  });

  it("resolves by record type name", async () => {
    const txt = (await resolver.resolve("bakkerij.example", "TXT")) as string[][];
    expect(txt.map((parts) => parts.join(""))).toEqual([longSpf, "google-site-verification=abc"]);
    expect(txt[0]!.length).toBeGreaterThan(1);

    expect(await resolver.resolve("bakkerij.example", "MX")).toEqual([
      { exchange: "mx.bakkerij.example", priority: 10 },
    ]);
    await expect(resolver.resolve("bakkerij.example", "SRV")).rejects.toThrow(/Unsupported DNS record type SRV/);
  });

  it("reports missing names and missing records with Node's codes", async () => {
    await expect(resolver.resolveTxt("unknown.mail.example")).rejects.toMatchObject({ code: "ENOTFOUND" });
    await expect(resolver.resolve4("nothing.mail.example")).rejects.toMatchObject({ code: "ENODATA" });
    await expect(resolver.resolveTxt("broken.mail.example")).rejects.toMatchObject({ code: "ESERVFAIL" });
  });
});

describe("lookupAddresses", () => {
  it("combines A and AAAA addresses", async () => {
    expect(await resolver.lookupAddresses("smtp.mail.example")).toEqual(["192.0.2.10", "192.0.2.11", "2001:db8::10"]);
    expect(await resolver.lookupAddresses("v4only.mail.example")).toEqual(["192.0.2.20"]);
  });

  it("returns an IP literal without a query", async () => {
    const before = dns.queries.length;

    expect(await resolver.lookupAddresses("192.0.2.99")).toEqual(["192.0.2.99"]);
    expect(dns.queries.length).toBe(before);
  });

  it("rejects with ENOTFOUND for a host without addresses", async () => {
    await expect(resolver.lookupAddresses("unknown.mail.example")).rejects.toMatchObject({ code: "ENOTFOUND" });
    await expect(resolver.lookupAddresses("nothing.mail.example")).rejects.toMatchObject({ code: "ENOTFOUND" });
  });

  it("passes on a failed lookup", async () => {
    await expect(resolver.lookupAddresses("broken.mail.example")).rejects.toMatchObject({ code: "ESERVFAIL" });
  });
});
