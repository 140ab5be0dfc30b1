import { describe, expect, it } from "vitest";
import enMessages from "@/messages/en/mailSettings.json";
import nlMessages from "@/messages/nl/mailSettings.json";
import { hostProblem, mailSettingsSchema, securityWarning, type MailSettingsDraft } from "./mail-settings";

const validDraft: MailSettingsDraft = {
  host: "smtp.office365.com",
  port: "587",
  security: "starttls",
  username: "bonnen@bakkerij.example",
  password: "",
  clearPassword: false,
  fromAddress: "bonnen@bakkerij.example",
  fromName: "",
  replyTo: "",
  cc: "",
  bcc: "",
  dailyLimit: "",
  hideSuccessMessage: false,
  pdfArchive: "keep",
  pdfRetentionDays: "90",
};

function parse(overrides: Partial<Record<keyof MailSettingsDraft, unknown>>) {
  return mailSettingsSchema.safeParse({ ...validDraft, ...overrides });
}

/** Returns the message keys of the issues on one field, or [] when the input is valid. */
function errorsOf(field: keyof MailSettingsDraft, value: unknown): string[] {
  const result = parse({ [field]: value });
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
}

function message(messages: unknown, key: string): unknown {
  return key
    .replace(/^mailSettings\./, "")
    .split(".")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      messages,
    );
}

describe("mailSettingsSchema", () => {
  it("parses a complete form into stored values", () => {
    const result = parse({
      port: " 465 ",
      security: "tls",
      password: " geheim met spaties ",
      cc: "kantoor@bakkerij.example; boekhouding@bakkerij.example\nkantoor@bakkerij.example",
      bcc: "archief@bakkerij.example",
      dailyLimit: "99",
      hideSuccessMessage: "on",
      pdfRetentionDays: "30",
    });

    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      port: 465,
      security: "tls",
      password: " geheim met spaties ",
      cc: ["kantoor@bakkerij.example", "boekhouding@bakkerij.example"],
      bcc: ["archief@bakkerij.example"],
      dailyLimit: 99,
      hideSuccessMessage: true,
      pdfRetentionDays: 30,
    });
  });

  it("accepts ports 1 to 65535", () => {
    expect(errorsOf("port", "1")).toEqual([]);
    expect(errorsOf("port", "65535")).toEqual([]);
    expect(errorsOf("port", 25)).toEqual([]);
  });

  it("rejects ports out of range or not whole", () => {
    expect(errorsOf("port", "0")).toEqual(["validation.tooSmall"]);
    expect(errorsOf("port", "65536")).toEqual(["validation.tooLarge"]);
    expect(errorsOf("port", "-1")).toEqual(["validation.tooSmall"]);
    expect(errorsOf("port", "58.7")).toEqual(["validation.wholeNumber"]);
    expect(errorsOf("port", "1e3")).toEqual(["validation.wholeNumber"]);
    expect(errorsOf("port", "poort")).toEqual(["validation.wholeNumber"]);
    expect(errorsOf("port", "")).toEqual(["validation.required"]);
  });

  it("accepts IDN and plus addresses", () => {
    for (const address of [
      "bonnen+leverbon@bakkerij.example",
      "info@bäckerei-müller.de",
      "jan.de.vries@broodbode.nl",
    ]) {
      expect(errorsOf("fromAddress", address), address).toEqual([]);
      expect(errorsOf("replyTo", address), address).toEqual([]);
    }
    expect(errorsOf("cc", "a+b@bakkerij.example, kantoor@bäckerei.de")).toEqual([]);
  });

  it("rejects invalid addresses", () => {
    for (const address of [
      "bonnen",
      "bonnen@",
      "@bakkerij.example",
      "bon nen@bakkerij.example",
      "bonnen@bakkerij",
      "bonnen@192.0.2.1",
    ]) {
      expect(errorsOf("fromAddress", address), address).toEqual(["validation.email"]);
      expect(errorsOf("replyTo", address), address).toEqual(["validation.email"]);
    }
    expect(errorsOf("fromAddress", "")).toEqual(["validation.required"]);
    expect(errorsOf("cc", "kantoor@bakkerij.example, geen-adres")).toEqual(["mailSettings.validation.addressList"]);
    expect(errorsOf("bcc", "x@")).toEqual(["mailSettings.validation.addressList"]);
    expect(errorsOf("cc", 42)).toEqual(["mailSettings.validation.addressList"]);
  });

  it("limits CC and BCC to 20 addresses", () => {
    const addresses = Array.from({ length: 21 }, (_, index) => `kopie${index}@bakkerij.example`).join(", ");
    expect(errorsOf("bcc", addresses)).toEqual(["validation.emailListTooLong"]);
  });

  it("splits CC and BCC on every separator the address list message names", () => {
    const result = parse({
      cc: "a@bakkerij.example,b@bakkerij.example;c@bakkerij.example d@bakkerij.example\ne@bakkerij.example",
    });

    expect(result.data?.cc).toEqual(["a", "b", "c", "d", "e"].map((name) => `${name}@bakkerij.example`));
    const separators = {
      nl: ["komma", "puntkomma", "spatie", "nieuwe regel"],
      en: ["comma", "semicolon", "space", "new line"],
    };
    for (const [messages, words] of [
      [nlMessages, separators.nl],
      [enMessages, separators.en],
    ] as const) {
      for (const key of ["validation.addressList", "hints.cc", "hints.bcc"]) {
        const text = message(messages, key) as string;
        for (const word of words) expect(text, `${key}: ${word}`).toContain(word);
      }
    }
  });

  it("allows an empty Reply-To, CC, BCC and daily limit", () => {
    const result = parse({ replyTo: "", cc: "", bcc: "", dailyLimit: "" });
    expect(result.success).toBe(true);
    expect(result.data?.cc).toEqual([]);
    expect(result.data?.dailyLimit).toBeNull();
  });

  it("rejects a daily limit below 1 and retention outside 1 to 3650 days", () => {
    expect(errorsOf("dailyLimit", "0")).toEqual(["validation.tooSmall"]);
    expect(errorsOf("dailyLimit", "9,5")).toEqual(["validation.wholeNumber"]);
    expect(errorsOf("pdfRetentionDays", "0")).toEqual(["validation.tooSmall"]);
    expect(errorsOf("pdfRetentionDays", "3651")).toEqual(["validation.tooLarge"]);
    expect(errorsOf("pdfRetentionDays", "3650")).toEqual([]);
  });

  it("rejects unknown security and archive modes", () => {
    expect(errorsOf("security", "ssl")).toEqual(["validation.invalid_value"]);
    expect(errorsOf("pdfArchive", "forever")).toEqual(["validation.invalid_value"]);
  });

  it("reports what is wrong with a host", () => {
    expect(errorsOf("host", "")).toEqual(["validation.required"]);
    expect(errorsOf("host", "https://smtp.office365.com")).toEqual(["mailSettings.validation.hostScheme"]);
    expect(errorsOf("host", "smtp.office365.com:587")).toEqual(["mailSettings.validation.hostPort"]);
    expect(errorsOf("host", "smtp office365.com")).toEqual(["mailSettings.validation.hostSpaces"]);
    expect(errorsOf("host", "smtp.office365.com/")).toEqual(["mailSettings.validation.hostInvalid"]);
  });
});

describe("hostProblem", () => {
  it("accepts host names, IDN and IP addresses", () => {
    for (const host of [
      "smtp.gmail.com",
      "mail.kpnmail.nl",
      "smtp.bäckerei.de",
      "localhost",
      "192.0.2.10",
      "2001:db8::25",
      "::1",
      " smtp.gmail.com ",
    ]) {
      expect(hostProblem(host), host).toBeNull();
    }
  });

  it("rejects malformed hosts", () => {
    for (const host of [
      "256.1.1.1",
      "192.0.2",
      "0x7f.1",
      "-smtp.example.nl",
      "smtp_relay.example.nl",
      "smtp.example.123",
      "user@smtp.example.nl",
      "[::1]",
    ]) {
      expect(hostProblem(host), host).toBe("mailSettings.validation.hostInvalid");
    }
    expect(hostProblem("smtp://mail.example.nl")).toBe("mailSettings.validation.hostScheme");
    expect(hostProblem("[2001:db8::25]:587")).toBe("mailSettings.validation.hostPort");
  });

  it("has a message for every problem", () => {
    for (const key of ["hostScheme", "hostPort", "hostSpaces", "hostInvalid"]) {
      expect(message(nlMessages, `mailSettings.validation.${key}`)).toBeTypeOf("string");
      expect(message(enMessages, `mailSettings.validation.${key}`)).toBeTypeOf("string");
    }
  });
});

describe("securityWarning", () => {
  const cases = [
    { port: 587, security: "tls", key: "implicitTlsOnStarttlsPort", recommended: "starttls" },
    { port: 25, security: "tls", key: "implicitTlsOnStarttlsPort", recommended: "starttls" },
    { port: 465, security: "starttls", key: "starttlsOnImplicitPort", recommended: "tls" },
    { port: 465, security: "none", key: "plainOnImplicitPort", recommended: "tls" },
    { port: 587, security: "none", key: "plainOnSubmissionPort", recommended: "starttls" },
  ] as const;

  for (const testCase of cases) {
    it(`warns about ${testCase.security} on ${testCase.port}`, () => {
      const warning = securityWarning(testCase.port, testCase.security);

      expect(warning?.key).toBe(`mailSettings.securityWarnings.${testCase.key}`);
      expect(warning?.recommended).toBe(testCase.recommended);
      expect(warning?.values).toEqual({ port: testCase.port });
      expect(message(nlMessages, warning!.key)).toBeTypeOf("string");
      expect(message(enMessages, warning!.key)).toBeTypeOf("string");
    });
  }

  it("accepts the combinations that work", () => {
    expect(securityWarning(587, "starttls")).toBeNull();
    expect(securityWarning(465, "tls")).toBeNull();
    expect(securityWarning(25, "none")).toBeNull();
    expect(securityWarning(25, "starttls")).toBeNull();
    expect(securityWarning(2525, "tls")).toBeNull();
  });
});
