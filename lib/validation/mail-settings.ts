import { z } from "zod";
import { isValidEmailAddress } from "./email";
import { checkboxField, emailListField, optionalEmailField, optionalText } from "./form-fields";
import { hostProblem, maxRetentionDays, pdfArchiveModes, smtpSecurityModes } from "./mail-settings-fields";

export {
  hostProblem,
  mailSettingsFieldNames,
  maxRetentionDays,
  pdfArchiveModes,
  securityWarning,
  smtpSecurityModes,
  type HostProblem,
  type MailSettingsDraft,
  type MailSettingsFieldName,
  type PdfArchiveMode,
  type SecurityWarning,
} from "./mail-settings-fields";

const hostField = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .max(253, { error: "validation.tooLong" })
  .superRefine((host, context) => {
    const problem = hostProblem(host);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

/**
 * Parses a whole number typed as text (digits only, so "1e3" and "0x10" are
 * rejected) or given as a number, with z.coerce. Empty text is "validation.required".
 */
function wholeNumber(min: number, max: number) {
  return z
    .union([z.number(), z.string()], { error: "validation.wholeNumber" })
    .refine((value) => typeof value !== "string" || value.trim() !== "", { error: "validation.required", abort: true })
    .refine((value) => typeof value !== "string" || /^-?\d+$/.test(value.trim()), {
      error: "validation.wholeNumber",
      abort: true,
    })
    .pipe(
      z.coerce
        .number<string | number>({ error: "validation.wholeNumber" })
        .int({ error: "validation.wholeNumber" })
        .min(min, { error: "validation.tooSmall" })
        .max(max, { error: "validation.tooLarge" }),
    );
}

const requiredEmailField = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required", abort: true })
  .max(254, { error: "validation.email" })
  .refine(isValidEmailAddress, { error: "validation.email" });

/** An optional limit: empty (or null) means no limit, otherwise a whole number of at least 1. */
const dailyLimitField = z.preprocess(
  (value) =>
    value === null || value === undefined || (typeof value === "string" && value.trim() === "") ? null : value,
  wholeNumber(1, 1_000_000).nullable(),
);

/**
 * The CC or BCC addresses, parsed by emailListField (split on commas,
 * semicolons and white space, line breaks included). An invalid address gets
 * this form's own message, which names those separators as the CC and BCC
 * hints do.
 */
const copyAddressesField = z
  .union([z.string(), z.array(z.string())], { error: "mailSettings.validation.addressList" })
  .default("")
  .transform((value, context) => {
    const parsed = emailListField.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const message = issue.message === "validation.emailList" ? "mailSettings.validation.addressList" : issue.message;
      context.addIssue({ code: "custom", message });
    }
    return z.NEVER;
  });

/** The mail settings, shared by the settings form's action and the test message action. */
export const mailSettingsSchema = z.object({
  host: hostField,
  /** TCP port of the SMTP server: 587 (STARTTLS) and 465 (implicit TLS) are the usual submission ports. */
  port: wholeNumber(1, 65_535),
  security: z.enum(smtpSecurityModes, { error: "validation.invalid_value" }),
  username: optionalText(254),
  // Not trimmed: spaces at either end can be part of a password.
  password: z.string({ error: "validation.invalid_type" }).max(1_000, { error: "validation.tooLong" }).default(""),
  /** Removes the stored password when no new one is typed. */
  clearPassword: checkboxField,
  fromAddress: requiredEmailField,
  /** Empty: messages show the bakery's trade name as the sender's name. */
  fromName: optionalText(200),
  replyTo: optionalEmailField,
  cc: copyAddressesField,
  bcc: copyAddressesField,
  /** Messages per calendar day in the bakery's time zone; null is no limit. */
  dailyLimit: dailyLimitField,
  hideSuccessMessage: checkboxField,
  pdfArchive: z.enum(pdfArchiveModes, { error: "validation.invalid_value" }).default("keep"),
  /** Days a sent PDF stays downloadable when pdfArchive is "keep". */
  pdfRetentionDays: wholeNumber(1, maxRetentionDays).default(90),
});

export type MailSettingsInput = z.input<typeof mailSettingsSchema>;
export type MailSettingsValues = z.output<typeof mailSettingsSchema>;
