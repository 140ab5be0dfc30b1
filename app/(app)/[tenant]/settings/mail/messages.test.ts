import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import enDiagnosis from "@/messages/en/diagnosis.json";
import enMailSettings from "@/messages/en/mailSettings.json";
import nlDiagnosis from "@/messages/nl/diagnosis.json";
import nlMailSettings from "@/messages/nl/mailSettings.json";

const messages = {
  nl: { mailSettings: nlMailSettings, diagnosis: nlDiagnosis },
  en: { mailSettings: enMailSettings, diagnosis: enDiagnosis },
} as const;

/** Placeholders that hold a number of things, so the noun after them needs a plural form. */
const countArguments = ["count", "limit"];

function leaves(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

function translator(locale: keyof typeof messages) {
  const errors: string[] = [];
  const t = createTranslator({ locale, messages: messages[locale], onError: (error) => errors.push(error.message) });
  return { t: (key: string, values: Record<string, string | number>) => t(key as never, values as never), errors };
}

describe("mail settings messages", () => {
  it("have the same keys in Dutch and English", () => {
    const keys = (locale: keyof typeof messages) => leaves(messages[locale].mailSettings).map(([key]) => key);
    expect(keys("en").sort()).toEqual(keys("nl").sort());
  });

  for (const locale of ["nl", "en"] as const) {
    it(`put every count in a plural form in ${locale}`, () => {
      const all = [...leaves(messages[locale].mailSettings), ...leaves(messages[locale].diagnosis)];
      for (const [key, text] of all) {
        for (const name of countArguments) expect(text, key).not.toContain(`{${name}}`);
      }
    });
  }

  const plurals = [
    { locale: "nl", key: "mailSettings.testMessage.transcript", values: {}, one: "(1 regel)", other: "(2 regels)" },
    { locale: "en", key: "mailSettings.testMessage.transcript", values: {}, one: "(1 line)", other: "(2 lines)" },
    {
      locale: "nl",
      key: "mailSettings.presets.filledWithLimit",
      values: { name: "Gmail", host: "smtp.gmail.com", port: 587, security: "STARTTLS" },
      one: "maximaal 1 bericht per dag",
      other: "maximaal 2 berichten per dag",
    },
    {
      locale: "en",
      key: "mailSettings.presets.filledWithLimit",
      values: { name: "Gmail", host: "smtp.gmail.com", port: 587, security: "STARTTLS" },
      one: "at most 1 message a day",
      other: "at most 2 messages a day",
    },
  ] as const;

  for (const { locale, key, values, one, other } of plurals) {
    it(`formats ${key} for 1 and 2 in ${locale}`, () => {
      const { t, errors } = translator(locale);
      const countName = key.endsWith("transcript") ? "count" : "limit";

      expect(t(key, { ...values, [countName]: 1 })).toContain(one);
      expect(t(key, { ...values, [countName]: 2 })).toContain(other);
      expect(errors).toEqual([]);
    });
  }

  for (const locale of ["nl", "en"] as const) {
    it(`formats the skipped login warning in ${locale}`, () => {
      const { t, errors } = translator(locale);

      const text = t("diagnosis.warnings.authSkipped.advice", { host: "smtp.provider.example", port: 25 });

      expect(text).toContain("smtp.provider.example");
      expect(text).toContain("25");
      expect(text).toMatch(/587/);
      expect(errors).toEqual([]);
    });
  }
});
