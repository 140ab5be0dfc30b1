import { domainToASCII } from "node:url";

// Local part: RFC 5322 dot-atom (letters, digits and !#$%&'*+/=?^_`{|}~- with single dots).
const localPartPattern = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const labelPattern = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/**
 * Whether an address is a valid mailbox for sending: a dot-atom local part
 * (plus addressing included) and a domain with at least two labels. Domains
 * with non-ASCII letters (IDN) are accepted when they convert to punycode.
 */
export function isValidEmailAddress(input: string): boolean {
  const address = input.trim();
  if (address.length > 254) return false;
  const at = address.lastIndexOf("@");
  if (at <= 0 || at === address.length - 1) return false;

  const localPart = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (localPart.length > 64 || !localPartPattern.test(localPart)) return false;

  const asciiDomain = domainToASCII(domain);
  if (!asciiDomain) return false;
  const labels = asciiDomain.split(".");
  if (labels.length < 2) return false;
  if (!labels.every((label) => labelPattern.test(label))) return false;
  // The top-level label is never all digits, which rules out bare IP addresses.
  return !/^\d+$/.test(labels[labels.length - 1]!);
}

/** Split a typed list of addresses on commas, semicolons and white space. */
export function splitAddressList(input: string): string[] {
  return input
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}
