import type { Locale } from "@/i18n/messages";
import { findPlaceholder, placeholderText, type TemplateValues } from "./template-placeholders";
import { tokenizeTemplate } from "./template-syntax";

/** A tenant's email text for one message kind, as the user wrote it. */
export type MailTemplate = { subject: string; body: string };

/** A filled-in message: a one-line subject, a text/plain body with "\n" line breaks, and its HTML form. */
export type RenderedMessage = { subject: string; text: string; html: string };

/** Maximum length of a rendered subject, in characters (Unicode code points). */
export const maxSubjectLength = 200;

// Every C0 and C1 control character (CR, LF, TAB, NEL among them) and the Unicode line
// and paragraph separators, which some clients also treat as line ends.
const headerBreakingCharacters = /[\p{Cc}\u2028\u2029]+/gu;

/**
 * Makes text safe for a header value: control characters and line or paragraph
 * separators become one space, runs of spaces shrink to one, and the ends are trimmed.
 * The result is one line, so it cannot start a header of its own.
 */
export function toHeaderText(value: string): string {
  return value.replace(headerBreakingCharacters, " ").replace(/ {2,}/g, " ").trim();
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Fills a template with values. Placeholders are matched in any case; unknown names and
 * invalid brackets (which validateTemplate reports) stay in the output as written. Each
 * value is put on one line (see toHeaderText), and values and the template's own text are
 * escaped in the HTML, so markup in either shows as text. A subject longer than
 * maxSubjectLength is cut off with "…".
 *
 * @throws RangeError when a delivery date is not a valid "yyyy-mm-dd" date.
 */
export function renderTemplate(
  template: MailTemplate,
  values: TemplateValues,
  options: { locale?: Locale } = {},
): RenderedMessage {
  const subject = truncate(renderSubjectLine(template.subject, values), maxSubjectLength);
  const text = toBodyText(fill(template.body, values, "\n"));
  return { subject, text, html: htmlDocument(subject, text, options.locale) };
}

/** Fills in a subject and makes it safe for the header, without cutting it to maxSubjectLength. */
export function renderSubjectLine(subject: string, values: TemplateValues): string {
  return toHeaderText(fill(subject, values, " "));
}

/** Fills in every known placeholder and writes each line break as `lineBreak`. */
function fill(source: string, values: TemplateValues, lineBreak: string): string {
  let output = "";
  for (const token of tokenizeTemplate(source)) {
    if (token.type === "text") output += token.text;
    if (token.type === "lineBreak") output += lineBreak;
    if (token.type === "invalid") output += token.source;
    if (token.type === "placeholder") {
      const name = findPlaceholder(token.name);
      // A value is one line wherever it goes, so only the template decides the layout.
      output += name ? toHeaderText(placeholderText(name, values)) : `[${token.name}]`;
    }
  }
  return output;
}

/** Normalises a body to "\n" line ends and drops the other control characters, except TAB. */
function toBodyText(value: string): string {
  return value
    .replace(/\r\n|[\r\u0085\u2028\u2029]/g, "\n")
    .replace(/[\p{Cc}]/gu, (character) => (character === "\n" || character === "\t" ? character : ""));
}

function truncate(value: string, maxLength: number): string {
  const characters = Array.from(value);
  if (characters.length <= maxLength) return value;
  return (
    characters
      .slice(0, maxLength - 1)
      .join("")
      .trimEnd() + "…"
  );
}

function htmlDocument(subject: string, text: string, locale: Locale | undefined): string {
  const body = text.split("\n").map(escapeHtml).join("<br>\n");
  const lang = locale ? ` lang="${locale}"` : "";
  return [
    "<!DOCTYPE html>",
    `<html${lang}>`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    "</head>",
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.5; color: #1f2937;">',
    body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
