import { z } from "zod";
import { parseEurosToCents } from "@/lib/money";
import { isValidEmailAddress, splitAddressList } from "./email";

/**
 * Zod building blocks for values that arrive as form or CSV text. Each one
 * reports a "validation.…" message key that the form shows next to the field.
 */

const maxInteger = 2_147_483_647;

/**
 * Whether `text` contains a character that a single-line field rejects: a C0
 * control (CR, LF, tab and the rest of U+0000–U+001F), DEL, a C1 control
 * (U+0080–U+009F) or the Unicode line or paragraph separator. A text input
 * cannot produce them, and in a name or address they would break lists, PDF
 * lines and mail subjects.
 */
export function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/** The message of a single-line field with a control character; its `{field}` is the field's label. */
export const controlCharacterMessage = "formFields.controlCharacter";

/** Trimmed single-line text of at most `max` characters, which may be empty. */
export function optionalText(max: number) {
  return z
    .string({ error: "validation.invalid_type" })
    .trim()
    .max(max, { error: "validation.tooLong" })
    .refine((text) => !hasControlCharacter(text), { error: controlCharacterMessage })
    .default("");
}

/** Trimmed single-line text of 1 to `max` characters. */
export function requiredText(max: number) {
  return z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .max(max, { error: "validation.tooLong" })
    .refine((text) => !hasControlCharacter(text), { error: controlCharacterMessage });
}

/**
 * A whole number typed as text (or given as a number) between `min` and `max`.
 * Missing or empty input is "validation.required".
 */
export function integerField(min: number, max: number = maxInteger) {
  return z.union([z.string(), z.number()], { error: "validation.required" }).transform((value, context) => {
    const text = typeof value === "number" ? String(value) : value.trim();
    const issue = integerIssue(text, min, max);
    if (issue) {
      context.addIssue({ code: "custom", message: issue });
      return z.NEVER;
    }
    return Number(text);
  });
}

function integerIssue(text: string, min: number, max: number): string | null {
  if (text === "") return "validation.required";
  if (!/^-?\d+$/.test(text)) return "validation.wholeNumber";
  if (Number(text) < min) return "validation.tooSmall";
  if (Number(text) > max) return "validation.tooLarge";
  return null;
}

/** The number of a customer or product: 1 or more, unique per tenant (checked by the data layer). */
export const recordNumberField = integerField(1);

function checkboxValue(value: unknown): unknown {
  if (value === null) return false;
  if (typeof value !== "string") return value;
  const text = value.trim().toLowerCase();
  if (["on", "true", "1"].includes(text)) return true;
  if (["", "off", "false", "0"].includes(text)) return false;
  return value;
}

/**
 * A checkbox: true for true, "on", "true" and "1"; false for false, "",
 * "off", "false" and "0" (what FormData and our own forms send). A missing
 * value is `missing`.
 */
export function checkbox(missing: boolean = false) {
  return z
    .preprocess(checkboxValue, z.boolean({ error: "validation.invalid_value" }))
    .optional()
    .transform((value) => value ?? missing);
}

/** A checkbox that is false when missing. */
export const checkboxField = checkbox(false);

/**
 * A non-negative euro amount typed with a comma ("2,50") or a point, returned
 * in integer cents. Empty input returns `emptyValue`, or is "validation.required"
 * when `emptyValue` is undefined.
 */
export function moneyField<Empty extends number | null | undefined = undefined>(emptyValue?: Empty) {
  return z
    .string({ error: "validation.money" })
    .trim()
    .default("")
    .transform((text, context): number | Exclude<Empty, undefined> => {
      if (text === "" && emptyValue !== undefined) return emptyValue as Exclude<Empty, undefined>;
      const issue = moneyIssue(text);
      if (issue) {
        context.addIssue({ code: "custom", message: issue });
        return z.NEVER;
      }
      return parseEurosToCents(text)!;
    });
}

function moneyIssue(text: string): string | null {
  if (text === "") return "validation.required";
  const cents = parseEurosToCents(text);
  if (cents === null) return "validation.money";
  if (cents < 0 || cents > maxInteger) return "validation.moneyRange";
  return null;
}

/** An optional email address; empty is allowed. */
export const optionalEmailField = z
  .string({ error: "validation.email" })
  .trim()
  .max(254, { error: "validation.email" })
  .default("")
  .refine((value) => value === "" || isValidEmailAddress(value), { error: "validation.email" });

/**
 * A list of email addresses, typed as one text (separated by commas,
 * semicolons or white space) or given as an array. Returns the addresses
 * without duplicates; an invalid one is "validation.emailList".
 */
export const emailListField = z
  .union([z.string(), z.array(z.string())], { error: "validation.emailList" })
  .default("")
  .transform((value, context) => {
    const addresses = (Array.isArray(value) ? value : [value]).flatMap(splitAddressList);
    const unique = [...new Map(addresses.map((address) => [address.toLowerCase(), address])).values()];
    if (unique.length > 20) {
      context.addIssue({ code: "custom", message: "validation.emailListTooLong" });
      return z.NEVER;
    }
    if (!unique.every(isValidEmailAddress)) {
      context.addIssue({ code: "custom", message: "validation.emailList" });
      return z.NEVER;
    }
    return unique;
  });

/** A time of day "HH:MM" (or "HH:MM:SS"), returned as "HH:MM"; empty returns null. */
export const optionalTimeOfDayField = z
  .string({ error: "validation.timeOfDay" })
  .trim()
  .default("")
  .transform((text, context) => {
    if (text === "") return null;
    const match = /^([01]?\d|2[0-3])[:.]([0-5]\d)(?::([0-5]\d))?$/.exec(text);
    if (!match) {
      context.addIssue({ code: "custom", message: "validation.timeOfDay" });
      return z.NEVER;
    }
    return `${match[1]!.padStart(2, "0")}:${match[2]}`;
  });

/** An optional row id from a form: empty means a new row. */
export const optionalRowIdField = z
  .union([z.literal(""), z.uuid({ error: "validation.invalid_value" })])
  .optional()
  .transform((value) => (value ? value : undefined));

/** Cents as the text a money field shows and accepts: 123456 → "1234,56", with no thousands separator. */
export function centsToEuroText(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)},${String(absolute % 100).padStart(2, "0")}`;
}
