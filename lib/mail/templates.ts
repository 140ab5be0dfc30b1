import {
  findPlaceholder,
  placeholdersFor,
  type MessageKind,
  type PlaceholderName,
  type TemplateValues,
} from "./template-placeholders";
import { maxSubjectLength, renderSubjectLine, type MailTemplate } from "./template-render";
import { tokenizeTemplate, type SyntaxProblem } from "./template-syntax";

export {
  isMessageKind,
  messageKinds,
  placeholderNames,
  placeholdersFor,
  type MessageKind,
  type PlaceholderName,
  type TemplateValues,
} from "./template-placeholders";
export {
  escapeHtml,
  maxSubjectLength,
  renderTemplate,
  toHeaderText,
  type MailTemplate,
  type RenderedMessage,
} from "./template-render";

/** Maximum length of a body as written, in characters (Unicode code points). */
export const maxBodyLength = 10_000;

export type TemplateField = "subject" | "body";

export type TemplateErrorCode =
  | SyntaxProblem
  | "unknownPlaceholder"
  | "placeholderNotAvailable"
  | "lineBreakInSubject"
  | "subjectEmpty"
  | "subjectTooLong"
  | "bodyEmpty"
  | "bodyTooLong";

/**
 * One problem in a template. `key` is a next-intl message key and `values` its
 * arguments, so a page shows it with `t(error.key, error.values)`. `index` and `length`
 * locate the problem in the field's text in UTF-16 code units, as an editor selection
 * needs them. `values.line` and `values.column` give the same place for people,
 * counting from 1, with lines split at real newlines.
 */
export type TemplateError = {
  field: TemplateField;
  code: TemplateErrorCode;
  key: `templates.errors.${TemplateErrorCode}`;
  values: Record<string, string | number>;
  index?: number;
  length?: number;
};

export type TemplateValidation = { ok: true } | { ok: false; errors: TemplateError[] };

/**
 * Checks a template of a kind: every placeholder known and available for the kind, every
 * bracket part of a placeholder, subject and body present, the subject on one line and
 * at most maxSubjectLength characters after rendering. That length is measured with
 * `options.sample` (the preview's data) or, without a sample, with empty values.
 */
export function validateTemplate(
  kind: MessageKind,
  template: MailTemplate,
  options: { sample?: TemplateValues } = {},
): TemplateValidation {
  const errors: TemplateError[] = [
    ...checkField(kind, "subject", template.subject),
    ...checkField(kind, "body", template.body),
  ];

  if (template.subject.trim() === "") {
    errors.push(fieldError("subject", "subjectEmpty", {}));
  } else {
    const length = Array.from(renderSubjectLine(template.subject, options.sample ?? {})).length;
    if (length > maxSubjectLength) {
      errors.push(fieldError("subject", "subjectTooLong", { length, max: maxSubjectLength }));
    }
  }

  if (template.body.trim() === "") {
    errors.push(fieldError("body", "bodyEmpty", {}));
  } else {
    const length = Array.from(template.body).length;
    if (length > maxBodyLength) errors.push(fieldError("body", "bodyTooLong", { length, max: maxBodyLength }));
  }

  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

function checkField(kind: MessageKind, field: TemplateField, source: string): TemplateError[] {
  const errors: TemplateError[] = [];
  const available = placeholdersFor(kind);

  for (const token of tokenizeTemplate(source)) {
    const where = { field, ...locate(source, token.index), index: token.index };

    if (token.type === "lineBreak" && field === "subject") {
      errors.push(positionError(where, token.length, "lineBreakInSubject", {}));
    }

    if (token.type === "invalid") {
      const word = firstWord(token.source);
      const quotesText = token.problem === "unclosedBracket" || token.problem === "nestedBracket";
      errors.push(positionError(where, word.length, token.problem, quotesText ? { text: shorten(word) } : {}));
    }

    if (token.type === "placeholder") {
      const name = findPlaceholder(token.name);
      if (name && available.includes(name)) continue;

      const valid = formatNames(available);
      if (name) {
        errors.push(positionError(where, token.length, "placeholderNotAvailable", { name, kind, valid }));
      } else {
        errors.push(positionError(where, token.length, "unknownPlaceholder", { name: token.name, valid }));
      }
    }
  }

  return errors;
}

type Location = { field: TemplateField; line: number; column: number; index: number };

function positionError(
  where: Location,
  length: number,
  code: TemplateErrorCode,
  values: Record<string, string | number>,
): TemplateError {
  const { field, line, column, index } = where;
  return { field, code, key: `templates.errors.${code}`, values: { field, line, column, ...values }, index, length };
}

function fieldError(
  field: TemplateField,
  code: TemplateErrorCode,
  values: Record<string, string | number>,
): TemplateError {
  return { field, code, key: `templates.errors.${code}`, values: { field, ...values } };
}

/** Line and column (from 1, in code points) of a UTF-16 index, with lines split at real newlines. */
function locate(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const lines = before.split(/\r\n|\r|\n/);
  const current = lines[lines.length - 1] ?? "";
  return { line: lines.length, column: Array.from(current).length + 1 };
}

/** Cuts an invalid bracket sequence at its first space, leaving the part an error message quotes. */
function firstWord(source: string): string {
  return source.split(/\s/)[0] ?? source;
}

function shorten(text: string): string {
  const characters = Array.from(text);
  return characters.length > 40 ? characters.slice(0, 39).join("") + "…" : text;
}

function formatNames(names: readonly PlaceholderName[]): string {
  return names.map((name) => `[${name}]`).join(", ");
}
