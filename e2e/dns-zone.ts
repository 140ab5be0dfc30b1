/**
 * The DNS records that scripts/e2e-server.ts serves on 127.0.0.1 to the app
 * under test (through BROODBODE_DNS_SERVERS), so the SPF check looks up the
 * e2e bakeries' sender domains without any real DNS lookup. Plain data, so
 * the test runner can import it. Both bakeries send through 127.0.0.1.
 */
import type { TestDnsZone } from "@/lib/testing/dns-server";
import { bakeryA, bakeryB } from "./seed-data";

/** A host name of the e2e SMTP server (127.0.0.1), for tests that type a name instead of the address. */
export const e2eSmtpHostName = "smtp.e2e.test";

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1);
}

/** Bakery A's domain allows the e2e SMTP server's address, so SPF passes. */
export const passingSpf = {
  domain: domainOf(bakeryA.senderAddress),
  record: "v=spf1 ip4:127.0.0.1 -all",
  dmarc: "v=DMARC1; p=reject",
};

/**
 * Bakery B's domain allows only another address (192.0.2.25, a documentation
 * address that nothing connects to) and publishes DMARC p=reject, so SPF fails
 * for 127.0.0.1 and receivers would reject the mail.
 */
export const failingSpf = {
  domain: domainOf(bakeryB.senderAddress),
  record: "v=spf1 ip4:192.0.2.25 -all",
  dmarc: "v=DMARC1; p=reject",
  /** The record the SPF check proposes: the server's address added before `-all`. */
  suggested: "v=spf1 ip4:192.0.2.25 ip4:127.0.0.1 -all",
};

export const e2eDnsZone: TestDnsZone = {
  [e2eSmtpHostName]: { A: ["127.0.0.1"] },
  [passingSpf.domain]: { TXT: [passingSpf.record] },
  [`_dmarc.${passingSpf.domain}`]: { TXT: [passingSpf.dmarc] },
  [failingSpf.domain]: { TXT: [failingSpf.record] },
  [`_dmarc.${failingSpf.domain}`]: { TXT: [failingSpf.dmarc] },
};
