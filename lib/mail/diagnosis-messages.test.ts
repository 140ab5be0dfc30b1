import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { diagnosisMessages } from "@/lib/testing/diagnosis-messages";
import { diagnosisKinds } from "./diagnosis";

function leafKeys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

const values = {
  host: "smtp.provider.example",
  port: 587,
  domain: "bakkerij.example",
  address: "192.0.2.10",
  record: "v=spf1 include:spf.protection.outlook.com ~all",
  added: "include:spf.protection.outlook.com",
  policy: "reject",
};

describe("diagnosis messages", () => {
  it("have the same keys in Dutch and English", () => {
    expect(leafKeys(diagnosisMessages.en).sort()).toEqual(leafKeys(diagnosisMessages.nl).sort());
  });

  for (const locale of ["nl", "en"] as const) {
    it(`give every kind a title and advice in ${locale}`, () => {
      const kinds = diagnosisMessages[locale].kinds as Record<string, { title?: unknown; advice?: unknown }>;
      for (const kind of diagnosisKinds) {
        expect(kinds[kind]?.title, `${kind}.title`).toBeTypeOf("string");
        expect(kinds[kind]?.advice, `${kind}.advice`).toBeTypeOf("string");
      }
      expect(Object.keys(kinds).sort()).toEqual([...diagnosisKinds].sort());
    });

    it(`format without errors in ${locale}`, () => {
      const errors: string[] = [];
      const t = createTranslator({
        locale,
        messages: { diagnosis: diagnosisMessages[locale] },
        onError: (error) => errors.push(error.message),
      });

      for (const key of leafKeys(diagnosisMessages[locale])) {
        const text = t(`diagnosis.${key}` as never, values as never) as string;
        expect(text, key).not.toMatch(/[{}]/);
        expect(text.length, key).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
    });
  }

  it("name the host and port where a port is advised", () => {
    const t = createTranslator({ locale: "en", messages: { diagnosis: diagnosisMessages.en } });

    expect(t("diagnosis.kinds.tls_mismatch.plainOnImplicitPort", values)).toContain(
      "Port 587 of smtp.provider.example",
    );
  });
});
