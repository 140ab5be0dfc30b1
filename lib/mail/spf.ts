import { isIP } from "node:net";
import type { DNSResolver } from "mailauth";
// Full file paths: Next.js keeps a package external only when Node resolves the request from the
// importing ES module, and Node's ESM resolver rejects directory imports such as "mailauth/lib/spf"
// (mailauth 4.13.3 has no "exports" map). Otherwise `next build` bundles mailauth with a warning.
import { dmarc } from "mailauth/lib/dmarc/index.js";
import { spf } from "mailauth/lib/spf/index.js";
import { AppError } from "@/lib/errors";
import { isNoRecordError, type DnsResolver } from "./dns-resolver";
import { addMechanisms, addressMechanism, findSpfProvider, recordHasMechanism } from "./spf-record";

/** RFC 7208 results, as mailauth reports them. */
export type SpfResult = "none" | "pass" | "fail" | "softfail" | "neutral" | "permerror" | "temperror";

/** A result with its message: `titleKey` and `messageKey` are full keys in the `diagnosis` namespace. */
type Explained = { titleKey: string; messageKey: string; values: Record<string, string | number> };

export type SpfAddressResult = Explained & {
  address: string;
  result: SpfResult;
  /** mailauth's explanation, e.g. "… does not designate 192.0.2.10 as permitted sender" or "Too many DNS requests". */
  detail?: string;
};

export type SpfSuggestion = Explained & {
  /** The complete TXT record to publish at the sender's domain. */
  record: string;
  /** The mechanisms that were added, e.g. ["include:spf.protection.outlook.com"]. */
  added: string[];
  /** Provider id from the include table, when the SMTP host belongs to a known provider. */
  provider?: string;
};

export type DmarcPolicy = "none" | "quarantine" | "reject";

/** The action of a receiver that applies DMARC to mail that this server sends for the domain. */
export type DmarcOutcome = "pass" | "reject" | "quarantine" | "monitor" | "no_policy" | "lookup_failed";

export type DmarcReport = Explained & {
  record: string | null;
  /** The policy that applies to the sender's domain (`sp=` for a subdomain under an organizational record). */
  policy: DmarcPolicy | null;
  outcome: DmarcOutcome;
};

export type SpfReport = Explained & {
  domain: string;
  smtpHost: string;
  /** A and AAAA addresses of the SMTP host, empty when the lookup failed. */
  addresses: string[];
  hostLookup: "ok" | "not_found" | "failed";
  /** The domain's v=spf1 record, or null when it has none or more than one (`records` lists them all). */
  record: string | null;
  records: string[];
  /** The worst result over all addresses. */
  result: SpfResult;
  results: SpfAddressResult[];
  /** The record to publish, or null when every address passes or the record must be repaired first. */
  suggestion: SpfSuggestion | null;
  dmarc: DmarcReport;
};

export type SpfCheckInput = { senderAddress: string; smtpHost: string; resolver: DnsResolver };

const SEVERITY: SpfResult[] = ["permerror", "temperror", "fail", "softfail", "neutral", "none", "pass"];

/**
 * Checks whether the SMTP host may send mail for the sender's domain: SPF
 * (RFC 7208, evaluated by mailauth) for each of the host's addresses, the
 * record to publish when one fails, and the domain's DMARC policy.
 */
export async function checkSpf({ senderAddress, smtpHost, resolver }: SpfCheckInput): Promise<SpfReport> {
  const domain = senderAddress
    .slice(senderAddress.lastIndexOf("@") + 1)
    .toLowerCase()
    .trim();
  if (!senderAddress.includes("@") || !domain) {
    throw new AppError("invalid_input", `Sender address ${JSON.stringify(senderAddress)} has no domain.`);
  }
  const values = { domain, host: smtpHost };
  const mailauthResolver = resolver.resolve as DNSResolver;

  const { addresses, hostLookup } = await lookupHost(resolver, smtpHost);
  const records = await lookupSpfRecords(resolver, domain);
  const record = records.length === 1 ? records[0]! : null;

  const results: SpfAddressResult[] = [];
  for (const address of addresses) {
    const outcome = await spf({
      sender: senderAddress,
      ip: address,
      helo: smtpHost,
      mta: "broodbode",
      resolver: mailauthResolver,
    });
    const result = outcome.status.result as SpfResult;
    const detail = outcome.status.comment?.replace(/^broodbode: /, "");
    results.push({
      address,
      result,
      ...(detail ? { detail } : {}),
      ...explainResult(result, detail, { ...values, address }),
    });
  }

  const result = results.length > 0 ? worstResult(results.map((entry) => entry.result)) : "none";
  const summary: Explained =
    hostLookup === "ok"
      ? explainResult(result, results.find((entry) => entry.result === result)?.detail, values)
      : {
          titleKey: "diagnosis.spf.hostLookup.title",
          messageKey: `diagnosis.spf.hostLookup.${hostLookup === "not_found" ? "notFound" : "failed"}`,
          values,
        };

  return {
    domain,
    smtpHost,
    addresses,
    hostLookup,
    record,
    records,
    result,
    results,
    ...summary,
    suggestion: suggestRecord(smtpHost, domain, record, results),
    dmarc: await checkDmarc(senderAddress, domain, result === "pass" && hostLookup === "ok", mailauthResolver),
  };
}

async function lookupHost(
  resolver: DnsResolver,
  smtpHost: string,
): Promise<Pick<SpfReport, "addresses" | "hostLookup">> {
  if (isIP(smtpHost)) return { addresses: [smtpHost], hostLookup: "ok" };
  try {
    return { addresses: await resolver.lookupAddresses(smtpHost), hostLookup: "ok" };
  } catch (error) {
    return { addresses: [], hostLookup: isNoRecordError(error) ? "not_found" : "failed" };
  }
}

async function lookupSpfRecords(resolver: DnsResolver, domain: string): Promise<string[]> {
  try {
    const texts = await resolver.resolveTxt(domain);
    return texts.map((parts) => parts.join("")).filter((text) => /^v=spf1(\s|$)/i.test(text.trim()));
  } catch {
    // mailauth repeats the lookup and reports a failure as temperror.
    return [];
  }
}

function worstResult(results: SpfResult[]): SpfResult {
  return SEVERITY.find((candidate) => results.includes(candidate)) ?? "none";
}

function explainResult(result: SpfResult, detail: string | undefined, values: Record<string, string>): Explained {
  let variant = "advice";
  if (result === "permerror" && /too many dns|too many void/i.test(detail ?? "")) variant = "tooManyLookups";
  if (result === "permerror" && /multiple spf records/i.test(detail ?? "")) variant = "multipleRecords";
  return {
    titleKey: `diagnosis.spf.results.${result}.title`,
    messageKey: `diagnosis.spf.results.${result}.${variant}`,
    values,
  };
}

/**
 * Builds the record that authorizes the failing addresses: the provider's
 * include when the host is a known provider's and the record lacks it,
 * otherwise the addresses themselves. Returns null for permerror and
 * temperror, because a record that cannot be evaluated must be repaired
 * before anything is added.
 */
function suggestRecord(
  smtpHost: string,
  domain: string,
  record: string | null,
  results: SpfAddressResult[],
): SpfSuggestion | null {
  const failing = results.filter((entry) => entry.result !== "pass");
  if (failing.length === 0) return null;
  if (failing.some((entry) => entry.result === "permerror" || entry.result === "temperror")) return null;

  const provider = findSpfProvider(smtpHost);
  const include = provider ? `include:${provider.include}` : undefined;
  const useInclude = include !== undefined && !(record && recordHasMechanism(record, include));
  const added = useInclude
    ? [include]
    : failing
        .map((entry) => addressMechanism(entry.address))
        .filter((mechanism) => !(record && recordHasMechanism(record, mechanism)));
  if (added.length === 0) return null;

  const suggested = addMechanisms(record, added);
  return {
    record: suggested,
    added,
    ...(useInclude && provider ? { provider: provider.id } : {}),
    titleKey: "diagnosis.spf.suggestion.title",
    messageKey: `diagnosis.spf.suggestion.${record ? "update" : "create"}`,
    values: { domain, host: smtpHost, record: suggested, added: added.join(" ") },
  };
}

async function checkDmarc(
  senderAddress: string,
  domain: string,
  spfPasses: boolean,
  resolver: DNSResolver,
): Promise<DmarcReport> {
  // DKIM is not checked here, so DMARC passes only through SPF. SPF is aligned because the
  // sender address is both the envelope sender and the From address.
  const verdict = await dmarc({ headerFrom: senderAddress, spfDomains: spfPasses ? [domain] : [], resolver });
  const status = verdict ? verdict.status.result : "none";
  const requested = verdict ? verdict.policy?.toLowerCase() : undefined;
  const policy = isPolicy(requested) ? requested : null;
  const record = verdict && verdict.rr ? verdict.rr : null;

  let outcome: DmarcOutcome;
  if (status === "temperror") outcome = "lookup_failed";
  else if (!record || !policy) outcome = "no_policy";
  else if (spfPasses) outcome = "pass";
  else outcome = policy === "none" ? "monitor" : policy;

  return {
    record,
    policy,
    outcome,
    titleKey: `diagnosis.spf.dmarc.${outcome}.title`,
    messageKey: `diagnosis.spf.dmarc.${outcome}.advice`,
    values: { domain, policy: policy ?? "" },
  };
}

function isPolicy(value: unknown): value is DmarcPolicy {
  return value === "none" || value === "quarantine" || value === "reject";
}
