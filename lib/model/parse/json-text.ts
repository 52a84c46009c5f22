// The text of a file before it is JSON: what a file that is not text looks like, and where
// the first JSON syntax error is (line and column), since browsers word JSON.parse errors
// differently and recent V8 no longer gives a position.
import { refuse, type Lookalike, type Refusal } from './refusals';

/** Recognises files that are not text at all, so the user hears what they picked. */
export function sniffBinary(text: string): Lookalike | null {
  const head = text.slice(0, 1024);
  // file.text() decodes the PNG signature byte 0x89 as U+FFFD.
  if (/^[\uFFFD\u0089]PNG\r?\n?/.test(head)) return 'png';
  if (/^\uFFFD\uFFFD\uFFFD/.test(head) || head.startsWith('\u00FF\u00D8\u00FF')) return 'jpeg';
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'gif';
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'zip';
  if (/^\s*<(\?xml|svg|!doctype|html)/i.test(head)) return 'markup';
  if (head.includes('\u0000')) return 'utf16';
  return null;
}

/** The refusal for text JSON.parse rejected, saying where the problem is. */
export function describeJsonError(text: string, error: unknown): Refusal {
  // Only on the failure path, so locating the error costs nothing normally.
  const found = locateJsonSyntaxError(text);
  if (!found) return refuse('json-invalid', error instanceof Error ? error.message : String(error));
  const { line, column } = lineAndColumn(text, found.offset);
  if (found.truncated) return refuse('json-truncated', line, column);
  return refuse('json-syntax', found.problem, line, column);
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

type SyntaxProblem = { offset: number; problem: string; truncated: boolean };

/**
 * A small JSON syntax checker that reports where the first error is. Iterative, with an
 * explicit stack, so a file of a million nested brackets cannot overflow the call stack.
 * Returns null when the text is valid JSON.
 */
export function locateJsonSyntaxError(text: string): SyntaxProblem | null {
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  let i = 0;
  type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value';
  let state: State = 'value';
  const fail = (problem: string, at = i): SyntaxProblem => ({ offset: at, problem, truncated: false });
  const truncated = (): SyntaxProblem => ({ offset: n, problem: 'the file ends too early', truncated: true });
  const describe = (at: number): string => {
    const rest = text.slice(at, at + 9);
    for (const word of ['NaN', '-Infinity', 'Infinity', 'undefined']) {
      if (rest.startsWith(word)) return `${word} is not allowed in JSON`;
    }
    if (rest[0] === "'") return 'strings must use double quotes';
    return `unexpected character ${JSON.stringify(text[at])}`;
  };

  const scanString = (): SyntaxProblem | null => {
    i++; // opening quote
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 34) {
        i++;
        return null;
      }
      if (code === 92) {
        const next = text[i + 1];
        if (next === undefined) return truncated();
        if ('"\\/bfnrt'.includes(next)) {
          i += 2;
        } else if (next === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (hex.length < 4 && i + 2 + hex.length >= n) return truncated();
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail('invalid \\u escape in a string');
          i += 6;
        } else {
          return fail('invalid escape in a string');
        }
      } else if (code < 0x20) {
        return fail('a line break or control character inside a string (missing closing quote?)');
      } else {
        i++;
      }
    }
    return truncated();
  };
  const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
    if (i >= n) return state === 'after-value' && stack.length === 0 ? null : truncated();
    const ch = text[i];
    switch (state) {
      case 'value-or-close':
        if (ch === ']') {
          stack.pop();
          i++;
          state = 'after-value';
          break;
        }
      // falls through
      case 'value': {
        if (ch === '{') {
          stack.push('{');
          i++;
          state = 'key-or-close';
        } else if (ch === '[') {
          stack.push('[');
          i++;
          state = 'value-or-close';
        } else if (ch === '"') {
          const problem = scanString();
          if (problem) return problem;
          state = 'after-value';
        } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
          numberPattern.lastIndex = i;
          const match = numberPattern.exec(text);
          if (!match) return i + 1 >= n ? truncated() : fail(describe(i));
          i += match[0].length;
          // "1." or "1e" at the very end of the text is a cut-off number.
          if (i < n && /[.eE]/.test(text[i]) && i + 1 >= n) return truncated();
          state = 'after-value';
        } else {
          const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
          if (literal) {
            i += literal.length;
            state = 'after-value';
          } else if (['true', 'false', 'null'].some((word) => word.startsWith(text.slice(i)))) {
            return truncated();
          } else if (ch === ']' && state === 'value' && stack[stack.length - 1] === '[') {
            return fail("a trailing comma before ']'");
          } else {
            return fail(describe(i));
          }
        }
        break;
      }
      case 'key-or-close':
        if (ch === '}') {
          stack.pop();
          i++;
          state = 'after-value';
          break;
        }
      // falls through
      case 'key': {
        if (ch === '}') return fail("a trailing comma before '}'");
        if (ch !== '"') return fail(`expected a property name in double quotes, found ${JSON.stringify(ch)}`);
        const problem = scanString();
        if (problem) return problem;
        state = 'colon';
        break;
      }
      case 'colon':
        if (ch !== ':') return fail(`expected ':' after a property name, found ${JSON.stringify(ch)}`);
        i++;
        state = 'value';
        break;
      case 'after-value': {
        const top = stack[stack.length - 1];
        if (!top) return fail('unexpected text after the end of the JSON');
        const close = top === '{' ? '}' : ']';
        if (ch === ',') {
          i++;
          state = top === '{' ? 'key' : 'value';
        } else if (ch === close) {
          stack.pop();
          i++;
        } else {
          return fail(`expected ',' or '${close}', found ${JSON.stringify(ch)}`);
        }
        break;
      }
    }
  }
}
