import enMessages from "@/messages/en/diagnosis.json";
import nlMessages from "@/messages/nl/diagnosis.json";

export const diagnosisMessages = { nl: nlMessages, en: enMessages } as const;

/** Looks up the message at a full key such as "diagnosis.kinds.auth_failed.advice" (undefined when missing). */
export function diagnosisMessage(locale: keyof typeof diagnosisMessages, key: string): unknown {
  return key
    .replace(/^diagnosis\./, "")
    .split(".")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      diagnosisMessages[locale],
    );
}
