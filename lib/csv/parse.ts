export const csvDelimiters = [";", ",", "\t"] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

export type CsvRecord = {
  /** 1-based line of the file on which the record starts. */
  line: number;
  fields: string[];
};

export type CsvParseIssue = {
  line: number;
  reason: "csv.parse.textAfterQuote" | "csv.parse.unterminatedQuote";
};

export type CsvParseResult = {
  records: CsvRecord[];
  issues: CsvParseIssue[];
};

/**
 * Parse CSV text as RFC 4180 describes it, with the delimiter given:
 * fields in double quotes may contain the delimiter, quotes written as "" and
 * line breaks; records end with CRLF, LF or CR. Records whose fields are all
 * empty (blank lines, or only delimiters) are skipped.
 *
 * Quoting errors are reported with the line they occur on. Text after a
 * closing quote makes that record an issue and parsing goes on with the next
 * line. A quote that is never closed swallows the rest of the file, so it is
 * reported with the line where the quoted field started and parsing stops.
 * A quote inside an unquoted field is kept as a literal character.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter): CsvParseResult {
  const records: CsvRecord[] = [];
  const issues: CsvParseIssue[] = [];

  let line = 1;
  let position = 0;
  let fields: string[] = [];
  let field = "";
  let recordLine = 1;
  let recordBroken = false;

  const endRecord = () => {
    fields.push(field);
    if (!recordBroken && fields.some((value) => value.trim() !== "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    recordBroken = false;
  };

  while (position < text.length) {
    const character = text[position]!;

    if (character === '"' && field === "") {
      const quoteLine = line;
      const closed = readQuotedField(text, position + 1);
      line += closed.lineBreaks;
      if (closed.end === null) {
        issues.push({ line: quoteLine, reason: "csv.parse.unterminatedQuote" });
        return { records, issues };
      }
      field = closed.value;
      position = closed.end;
      const next = text[position];
      if (next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") {
        issues.push({ line, reason: "csv.parse.textAfterQuote" });
        recordBroken = true;
        position = skipToLineEnd(text, position);
      }
      continue;
    }

    if (character === delimiter) {
      fields.push(field);
      field = "";
      position += 1;
      continue;
    }

    if (character === "\r" || character === "\n") {
      endRecord();
      position += character === "\r" && text[position + 1] === "\n" ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }

    field += character;
    position += 1;
  }

  if (field !== "" || fields.length > 0) endRecord();
  return { records, issues };
}

/**
 * Read a quoted field whose opening quote is just before `start`. Returns the
 * unescaped value, the position after the closing quote (null when the field
 * never closes) and the number of line breaks inside.
 */
function readQuotedField(text: string, start: number): { value: string; end: number | null; lineBreaks: number } {
  let value = "";
  let lineBreaks = 0;
  let position = start;
  while (position < text.length) {
    const character = text[position]!;
    if (character === '"') {
      if (text[position + 1] === '"') {
        value += '"';
        position += 2;
        continue;
      }
      return { value, end: position + 1, lineBreaks };
    }
    if (character === "\n" || (character === "\r" && text[position + 1] !== "\n")) lineBreaks += 1;
    value += character;
    position += 1;
  }
  return { value, end: null, lineBreaks };
}

function skipToLineEnd(text: string, start: number): number {
  let position = start;
  while (position < text.length && text[position] !== "\r" && text[position] !== "\n") position += 1;
  return position;
}

/**
 * Guess the delimiter from the first non-empty line: the candidate that occurs
 * most often outside quotes. A tie, or a line with none, gives ";", which
 * Excel writes in Dutch locales.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(csvDelimiters.map((delimiter) => [delimiter, 0]));
  let inQuotes = false;
  let seenContent = false;

  for (const character of text) {
    if (character === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (character === "\n" || character === "\r")) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(character as CsvDelimiter)) {
      counts.set(character as CsvDelimiter, counts.get(character as CsvDelimiter)! + 1);
      seenContent = true;
    } else if (character.trim() !== "") {
      seenContent = true;
    }
  }

  let best: CsvDelimiter = ";";
  for (const delimiter of csvDelimiters) {
    if (counts.get(delimiter)! > counts.get(best)!) best = delimiter;
  }
  return best;
}
