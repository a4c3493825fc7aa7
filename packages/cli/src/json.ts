/**
 * JSON text helpers the parser does not give: where a syntax error is (line
 * and column, the same in every Node version), where each element of a
 * top-level array starts, and where the value at a path is, so that a
 * problem can be shown at its line.
 */

/** A position in a text: 1-based line and column (in UTF-16 code units). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** A syntax error: where it is (offset, line, column) and what was expected. */
export interface JsonSyntaxError extends TextPosition {
  readonly offset: number;
  readonly message: Said;
}

const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function skipWs(text: string, i: number): number {
  while (i < text.length && isWs(text.charCodeAt(i))) i++;
  return i;
}

/** The line and column of `offset` in `text`, counted from `base` (the position of `start`). */
export function positionOf(text: string, offset: number, start = 0, base: TextPosition = { line: 1, column: 1 }): TextPosition {
  let line = base.line;
  let column = base.column;
  for (let i = start; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

/** A message in both languages. */
export interface Said {
  readonly en: string;
  readonly sv: string;
}

function describe(text: string, i: number): Said {
  if (i >= text.length) return { en: "the end of the input", sv: "slutet av texten" };
  const c = text.codePointAt(i) ?? 0;
  if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) {
    const code = `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
    return { en: `the control character ${code}`, sv: `styrtecknet ${code}` };
  }
  const shown = c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ? `U+${c.toString(16).toUpperCase()}` : JSON.stringify(String.fromCodePoint(c));
  return { en: shown, sv: shown };
}

/** "unexpected X": the character at `i` as the subject of the message, or that the input ends there. */
function unexpected(text: string, i: number): Said {
  if (i >= text.length) return { en: "the input ends", sv: "texten tar slut" };
  const c = text.codePointAt(i) ?? 0;
  if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) {
    const code = `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
    return { en: `unexpected control character ${code}`, sv: `oväntat styrtecken ${code}` };
  }
  const d = describe(text, i);
  return { en: `unexpected ${d.en}`, sv: `oväntat ${d.sv}` };
}

class SyntaxFailure {
  constructor(
    readonly offset: number,
    readonly message: Said,
  ) {}
}

const say = (en: string, sv: string): Said => ({ en, sv });

function scanString(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    if (j >= text.length) throw new SyntaxFailure(i, say('a string that is never closed (missing ")', 'en sträng som aldrig avslutas (" saknas)'));
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c === 0x5c) {
      const e = text.charCodeAt(j + 1);
      if (e === 0x75) {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) throw new SyntaxFailure(j, say("a \\u escape without four hexadecimal digits", "en \\u-kod utan fyra hexadecimala siffror"));
        j += 6;
      } else if ('"\\/bfnrt'.includes(String.fromCharCode(e)) && j + 1 < text.length) {
        j += 2;
      } else {
        const shown = j + 1 < text.length ? describe(text, j + 1) : { en: "the end", sv: "slutet" };
        throw new SyntaxFailure(j, say(`an invalid escape in a string: a backslash followed by ${shown.en}`, `en ogiltig kod i en sträng: ett omvänt snedstreck följt av ${shown.sv}`));
      }
      continue;
    }
    if (c < 0x20) {
      const d = describe(text, j);
      throw new SyntaxFailure(j, say(`${d.en} inside a string (write it escaped, e.g. \\n)`, `${d.sv} i en sträng (skriv det som kod, t.ex. \\n)`));
    }
    j++;
  }
}

function scanNumber(text: string, i: number): number {
  let j = i;
  if (text.charCodeAt(j) === 0x2d) j++;
  if (!isDigit(text.charCodeAt(j))) {
    const d = describe(text, j);
    throw new SyntaxFailure(j, say(`${d.en} where a digit was expected`, `${d.sv} där en siffra väntades`));
  }
  if (text.charCodeAt(j) === 0x30) {
    j++;
    if (isDigit(text.charCodeAt(j))) throw new SyntaxFailure(j, say("a number with a leading zero", "ett tal med inledande nolla"));
  } else while (isDigit(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 0x2e) {
    j++;
    if (!isDigit(text.charCodeAt(j))) {
      const d = describe(text, j);
      throw new SyntaxFailure(j, say(`${d.en} where a digit after the decimal point was expected`, `${d.sv} där en siffra efter decimalpunkten väntades`));
    }
    while (isDigit(text.charCodeAt(j))) j++;
  }
  const e = text.charCodeAt(j);
  if (e === 0x65 || e === 0x45) {
    j++;
    const s = text.charCodeAt(j);
    if (s === 0x2b || s === 0x2d) j++;
    if (!isDigit(text.charCodeAt(j))) {
      const d = describe(text, j);
      throw new SyntaxFailure(j, say(`${d.en} where a digit of the exponent was expected`, `${d.sv} där en siffra i exponenten väntades`));
    }
    while (isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}

/**
 * Scans JSON text without building values: `undefined` when it is valid,
 * else the first syntax error. `onTopElement` is called with the offset of
 * each element of a top-level array.
 */
function scan(text: string, onTopElement?: (offset: number) => void): SyntaxFailure | undefined {
  const stack: number[] = []; // 0x5d "]" or 0x7d "}": the closer each open container expects
  let state: "value" | "key" | "after" = "value";
  let i = 0;
  try {
    for (;;) {
      i = skipWs(text, i);
      if (state === "value") {
        if (i >= text.length) return new SyntaxFailure(i, say("the input ends where a value was expected", "texten tar slut där ett värde väntades"));
        if (stack.length === 1 && stack[0] === 0x5d) onTopElement?.(i);
        const c = text.charCodeAt(i);
        if (c === 0x7b || c === 0x5b) {
          const closer = c === 0x7b ? 0x7d : 0x5d;
          i = skipWs(text, i + 1);
          if (text.charCodeAt(i) === closer) {
            i++;
            state = "after";
          } else {
            stack.push(closer);
            state = c === 0x7b ? "key" : "value";
          }
        } else if (c === 0x22) {
          i = scanString(text, i);
          state = "after";
        } else if (c === 0x2d || isDigit(c)) {
          i = scanNumber(text, i);
          state = "after";
        } else {
          const word = ["true", "false", "null"].find((w) => text.startsWith(w, i));
          if (word === undefined) {
            const d = unexpected(text, i);
            const hint = c === 0x27 ? say(" (strings need double quotes)", " (strängar skrivs inom dubbla citattecken)") : c === 0x5d || c === 0x7d ? say(" (a trailing comma?)", " (ett kommatecken för mycket?)") : say("", "");
            return new SyntaxFailure(i, say(`${d.en} where a value was expected${hint.en}`, `${d.sv} där ett värde väntades${hint.sv}`));
          }
          i += word.length;
          state = "after";
        }
      } else if (state === "key") {
        if (text.charCodeAt(i) !== 0x22) {
          const d = unexpected(text, i);
          const hint = text.charCodeAt(i) === 0x7d ? say(" (a trailing comma?)", " (ett kommatecken för mycket?)") : say("", "");
          return new SyntaxFailure(i, say(`${d.en} where a property name in double quotes was expected${hint.en}`, `${d.sv} där ett fältnamn inom dubbla citattecken väntades${hint.sv}`));
        }
        i = skipWs(text, scanString(text, i));
        if (text.charCodeAt(i) !== 0x3a) {
          const d = unexpected(text, i);
          return new SyntaxFailure(i, say(`${d.en} where ":" after a property name was expected`, `${d.sv} där ":" efter ett fältnamn väntades`));
        }
        i++;
        state = "value";
      } else {
        const closer = stack.at(-1);
        if (closer === undefined) {
          if (i >= text.length) return undefined;
          const d = unexpected(text, i);
          return new SyntaxFailure(i, say(`${d.en} after the end of the JSON value`, `${d.sv} efter JSON-värdets slut`));
        }
        const c = text.charCodeAt(i);
        if (c === 0x2c) {
          i++;
          state = closer === 0x7d ? "key" : "value";
        } else if (c === closer) {
          stack.pop();
          i++;
        } else {
          const d = unexpected(text, i);
          const close = String.fromCharCode(closer);
          return new SyntaxFailure(i, say(`${d.en} where "," or "${close}" was expected`, `${d.sv} där "," eller "${close}" väntades`));
        }
      }
    }
  } catch (error) {
    if (error instanceof SyntaxFailure) return error;
    throw error;
  }
}

/**
 * The first syntax error of a JSON text, with its line and column, or
 * `undefined` when the text is valid JSON. `base` is the position of the
 * text's first character (e.g. the line of an NDJSON record).
 */
export function findJsonSyntaxError(text: string, base?: TextPosition): JsonSyntaxError | undefined {
  const failure = scan(text);
  if (failure === undefined) return undefined;
  return { offset: failure.offset, message: failure.message, ...positionOf(text, failure.offset, 0, base) };
}

/** The offsets at which the elements of a top-level JSON array start (the text must be valid JSON). */
export function topLevelElementOffsets(text: string): number[] {
  const out: number[] = [];
  scan(text, (offset) => out.push(offset));
  return out;
}

/** The end of the (valid) JSON value that starts at `i`. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return scanString(text, i);
  if (c !== 0x7b && c !== 0x5b) {
    let j = i;
    while (j < text.length && !isWs(text.charCodeAt(j)) && !",]}".includes(text.charAt(j))) j++;
    return j;
  }
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d === 0x22) {
      j = scanString(text, j);
      continue;
    }
    if (d === 0x7b || d === 0x5b) depth++;
    else if (d === 0x7d || d === 0x5d) {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return j;
}

/**
 * The offset of the value at `path` inside the valid JSON value that starts
 * at `start`: of the key itself for the last segment of an object path (an
 * unknown key is shown where it is written), and of the deepest existing
 * value when the path goes further than the data (a missing key is shown at
 * its object).
 */
export function locatePath(text: string, path: readonly (string | number)[], start = 0): number {
  let at = skipWs(text, start);
  for (let k = 0; k < path.length; k++) {
    const segment = path[k];
    const c = text.charCodeAt(at);
    let found = -1;
    let keyAt = -1;
    if (c === 0x7b && typeof segment === "string") {
      let i = skipWs(text, at + 1);
      while (text.charCodeAt(i) === 0x22) {
        const end = scanString(text, i);
        let key: unknown;
        try {
          key = JSON.parse(text.slice(i, end));
        } catch {
          return at;
        }
        const colon = skipWs(text, end);
        const value = skipWs(text, colon + 1);
        if (key === segment) {
          keyAt = i;
          found = value;
          break;
        }
        i = skipWs(text, skipValue(text, value));
        if (text.charCodeAt(i) !== 0x2c) break;
        i = skipWs(text, i + 1);
      }
    } else if (c === 0x5b && typeof segment === "number") {
      let i = skipWs(text, at + 1);
      for (let n = 0; text.charCodeAt(i) !== 0x5d && i < text.length; n++) {
        if (n === segment) {
          found = i;
          break;
        }
        i = skipWs(text, skipValue(text, i));
        if (text.charCodeAt(i) !== 0x2c) break;
        i = skipWs(text, i + 1);
      }
    }
    if (found < 0) return at;
    if (k === path.length - 1 && keyAt >= 0) return keyAt;
    at = found;
  }
  return at;
}
