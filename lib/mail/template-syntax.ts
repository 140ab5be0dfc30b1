/**
 * The syntax of an email text: plain text, line breaks written as a real newline or as
 * `<br/>` (also `<br>` and `<br />`, in any case), and placeholders in square brackets.
 * Square brackets are reserved for placeholders, so a bracket that does not form one is
 * a syntax error that validation reports.
 */

export type SyntaxProblem = "unclosedBracket" | "emptyPlaceholder" | "nestedBracket" | "unmatchedClosingBracket";

/** A piece of a template. `index` and `length` locate its source text, in UTF-16 code units. */
export type TemplateToken =
  | { type: "text"; index: number; length: number; text: string }
  | { type: "lineBreak"; index: number; length: number }
  | { type: "placeholder"; index: number; length: number; name: string }
  | { type: "invalid"; index: number; length: number; problem: SyntaxProblem; source: string };

// A `<br/>` directly followed by a newline is one line break, because users who put
// each `<br/>` at the end of a line in the editor mean one break, not two.
const lineBreakPattern = /<br\s*\/?>(?:[ \t]*(?:\r\n|\r|\n))?|\r\n|\r|\n/iy;

function lineBreakLengthAt(source: string, index: number): number {
  lineBreakPattern.lastIndex = index;
  const match = lineBreakPattern.exec(source);
  return match ? match[0].length : 0;
}

/** Splits a template into text, line breaks, placeholders and invalid bracket sequences. */
export function tokenizeTemplate(source: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let textStart = 0;
  let index = 0;

  const flushText = () => {
    if (index > textStart) {
      tokens.push({ type: "text", index: textStart, length: index - textStart, text: source.slice(textStart, index) });
    }
  };

  while (index < source.length) {
    const character = source[index];
    const lineBreakLength = lineBreakLengthAt(source, index);

    if (lineBreakLength > 0) {
      flushText();
      tokens.push({ type: "lineBreak", index, length: lineBreakLength });
      index += lineBreakLength;
      textStart = index;
    } else if (character === "[") {
      flushText();
      const token = readBracket(source, index);
      tokens.push(token);
      index += token.length;
      textStart = index;
    } else if (character === "]") {
      flushText();
      tokens.push({ type: "invalid", index, length: 1, problem: "unmatchedClosingBracket", source: "]" });
      index += 1;
      textStart = index;
    } else {
      index += 1;
    }
  }

  flushText();
  return tokens;
}

/** Reads the bracket sequence that starts at `start`, where source[start] is "[". */
function readBracket(source: string, start: number): TemplateToken {
  const stop = findBracketStop(source, start + 1);

  if (stop.character === "]") {
    const length = stop.index + 1 - start;
    if (length === 2) return invalid(source, start, length, "emptyPlaceholder");
    return { type: "placeholder", index: start, length, name: source.slice(start + 1, stop.index) };
  }

  if (stop.character === "[") return readNested(source, start, stop.index);

  // No closing bracket before the line ends. The token covers the rest of the line, so
  // its text renders unchanged. The error message quotes only the word the bracket opens.
  return invalid(source, start, stop.index - start, "unclosedBracket");
}

/**
 * Reads "[" followed by another "[" at `inner` before any "]". "[[NAME]]" and
 * "[NA[ME]]" are nested brackets. "[NAME text [CITY]" never closes its first bracket,
 * so only "[NAME text " is invalid (unclosed), and "[CITY]" is read on its own.
 */
function readNested(source: string, start: number, inner: number): TemplateToken {
  let depth = 1;
  let index = start + 1;
  let lastClose = -1;

  while (index < source.length && lineBreakLengthAt(source, index) === 0) {
    if (source[index] === "[") depth += 1;
    if (source[index] === "]") {
      depth -= 1;
      lastClose = index;
      if (depth === 0) return invalid(source, start, index + 1 - start, "nestedBracket");
    }
    index += 1;
  }

  if (inner === start + 1) {
    // "[[NAME]" and a bare "[[" are reported as nested, because the doubled bracket is the likely typo.
    const end = lastClose >= 0 ? lastClose + 1 : inner + 1;
    return invalid(source, start, end - start, "nestedBracket");
  }
  return invalid(source, start, inner - start, "unclosedBracket");
}

function findBracketStop(source: string, from: number): { index: number; character: "[" | "]" | "end" } {
  for (let index = from; index < source.length; index += 1) {
    const character = source[index];
    if (character === "[" || character === "]") return { index, character };
    if (lineBreakLengthAt(source, index) > 0) return { index, character: "end" };
  }
  return { index: source.length, character: "end" };
}

function invalid(source: string, index: number, length: number, problem: SyntaxProblem): TemplateToken {
  return { type: "invalid", index, length, problem, source: source.slice(index, index + length) };
}
