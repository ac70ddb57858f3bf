/**
 * NASM-dialect tokenizer (one source line at a time).
 *
 * Follows the NASM manual, ch. 3: identifiers may contain letters, digits,
 * `_ $ # @ ~ . ?` and start with a letter, `.`, `_`, `?` (or `$` as an escape);
 * numbers accept prefix (`0x 0h 0d 0t 0o 0q 0b 0y`), suffix (`h x d t o q b y`)
 * and `$`-prefix hex forms with `_` separators; strings are '..', ".." or `..`
 * (backquote strings support C escapes); `;` starts a comment.
 */

export type TokKind = 'id' | 'num' | 'float' | 'str' | 'op' | 'pp';

export interface Token {
  k: TokKind;
  /** Raw text as written (used to re-stringify lines, e.g. for listings). */
  t: string;
  /** 1-based column in the line the token came from. */
  col: number;
  /** Numeric value for 'num' tokens. */
  v?: bigint;
  /** Byte content of 'str' tokens. */
  bytes?: number[];
  /** Float value for 'float' tokens. */
  f?: number;
  /** Set on tokens produced by macro expansion: the token that was replaced. */
  exp?: boolean;
}

export interface LexError { col: number; message: string }

const ID_START = /[A-Za-z_.?@]/;
const ID_CHAR = /[A-Za-z0-9_$#@~.?]/;

/** ASCII membership tables of the two classes (the lexer tests every character). */
const classTable = (re: RegExp) => Uint8Array.from({ length: 128 }, (_, k) => re.test(String.fromCharCode(k)) ? 1 : 0);
const ID_START_T = classTable(ID_START);
const ID_CHAR_T = classTable(ID_CHAR);
const inClass = (t: Uint8Array, re: RegExp, c: string) => {
  if (typeof c !== 'string' || c.length !== 1) return re.test(c);
  const k = c.charCodeAt(0);
  return k < 128 && t[k] === 1;
};

export function isIdStart(c: string): boolean { return inClass(ID_START_T, ID_START, c); }
export function isIdChar(c: string): boolean { return inClass(ID_CHAR_T, ID_CHAR, c); }

function radixLetter(c: string): number {
  switch (c.toLowerCase()) {
    case 'b': case 'y': return 2;
    case 'o': case 'q': return 8;
    case 'd': case 't': return 10;
    case 'h': case 'x': return 16;
    default: return 0;
  }
}

function digitsValid(s: string, radix: number): boolean {
  if (s.length === 0) return false;
  for (const ch of s) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= radix) return false;
  }
  return true;
}

function digitsValue(s: string, radix: number): bigint {
  const R = BigInt(radix);
  let v = 0n;
  for (const ch of s) v = v * R + BigInt(parseInt(ch, 36));
  return BigInt.asUintN(64, v);
}

/** Parse a NASM integer literal (without sign). Returns undefined if invalid. */
export function parseNumber(raw: string): bigint | undefined {
  let s = raw.replace(/_/g, '');
  if (s.startsWith('$')) {
    s = s.slice(1);
    return digitsValid(s, 16) ? digitsValue(s, 16) : undefined;
  }
  // Prefix form wins when the digits after it are valid in that radix
  // (so `0x1b` is hex), else the suffix form (`0B8h` is hex B8).
  if (s.length > 2 && s[0] === '0') {
    const pr = radixLetter(s[1]);
    if (pr && digitsValid(s.slice(2), pr)) return digitsValue(s.slice(2), pr);
  }
  if (s.length > 1) {
    const sr = radixLetter(s[s.length - 1]);
    if (sr && digitsValid(s.slice(0, -1), sr)) return digitsValue(s.slice(0, -1), sr);
  }
  return digitsValid(s, 10) ? digitsValue(s, 10) : undefined;
}

const enc = new TextEncoder();
export function utf8(s: string): number[] { return Array.from(enc.encode(s)); }

/** Decode the body of a backquoted string (NASM manual 3.4.2). */
function unescapeBackquote(body: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') { out.push(...utf8(c)); continue; }
    const n = body[++i];
    if (n === undefined) break;
    switch (n) {
      case 'n': out.push(10); break;
      case 't': out.push(9); break;
      case 'r': out.push(13); break;
      case 'a': out.push(7); break;
      case 'b': out.push(8); break;
      case 'f': out.push(12); break;
      case 'v': out.push(11); break;
      case 'e': out.push(27); break;
      case '\'': case '"': case '`': case '\\': case '?': out.push(n.charCodeAt(0)); break;
      case 'x': {
        let h = '';
        while (h.length < 2 && /[0-9a-fA-F]/.test(body[i + 1] ?? '')) h += body[++i];
        out.push(h ? parseInt(h, 16) : 0);
        break;
      }
      case 'u': case 'U': {
        const len = n === 'u' ? 4 : 8;
        let h = '';
        while (h.length < len && /[0-9a-fA-F]/.test(body[i + 1] ?? '')) h += body[++i];
        const cp = h ? parseInt(h, 16) : 0;
        try { out.push(...utf8(String.fromCodePoint(cp))); } catch { /* invalid code point */ }
        break;
      }
      default:
        if (/[0-7]/.test(n)) {
          let o = n;
          while (o.length < 3 && /[0-7]/.test(body[i + 1] ?? '')) o += body[++i];
          out.push(parseInt(o, 8) & 0xff);
        } else out.push(...utf8(n));
    }
  }
  return out;
}

// Longest operators first.
const OPS = ['<<<', '>>>', '<=>', '//', '%%', '<<', '>>', '==', '!=', '<>', '<=', '>=', '&&', '||', '^^',
  '+', '-', '*', '/', '%', '&', '|', '^', '~', '!', '(', ')', '[', ']', ',', ':', '<', '>', '=', '{', '}', '?', '\\', '#', '@'];
/** OPS by first character, longest first. */
const OPS_BY_CHAR = new Map<string, string[]>();
for (const op of OPS) { const l = OPS_BY_CHAR.get(op[0]); if (l) l.push(op); else OPS_BY_CHAR.set(op[0], [op]); }

export interface LexResult { tokens: Token[]; errors: LexError[] }

/** Tokenize one line. Never throws; bad characters produce errors. */
export function lexLine(line: string): LexResult {
  const tokens: Token[] = [];
  const errors: LexError[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    const c = line[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') { i++; continue; }
    if (c === ';') break;
    const start = i;
    const col = i + 1;
    if (c === '\'' || c === '"' || c === '`') {
      let j = i + 1;
      let body = '';
      let closed = false;
      while (j < n) {
        const d = line[j];
        if (c === '`' && d === '\\' && j + 1 < n) { body += d + line[j + 1]; j += 2; continue; }
        if (d === c) { closed = true; j++; break; }
        body += d; j++;
      }
      if (!closed) errors.push({ col, message: 'unterminated string' });
      const bytes = c === '`' ? unescapeBackquote(body) : utf8(body);
      tokens.push({ k: 'str', t: line.slice(start, j), col, bytes });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '$' && /[0-9]/.test(line[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < n && /[0-9A-Za-z_.]/.test(line[j])) {
        // exponent sign in a decimal float: 1.5e+3
        if ((line[j] === 'e' || line[j] === 'E') && (line[j + 1] === '+' || line[j + 1] === '-') &&
          /^[0-9_]*\.?[0-9_]*$/.test(line.slice(i, j)) && line.slice(i, j).includes('.')) j += 2;
        else j++;
      }
      const text = line.slice(i, j);
      if (/^1to\d+$/i.test(text)) { tokens.push({ k: 'id', t: text, col }); i = j; continue; }
      const v = text.includes('.') ? undefined : parseNumber(text);
      if (v !== undefined) tokens.push({ k: 'num', t: text, col, v });
      else {
        const f = parseFloatLiteral(text);
        if (f !== undefined) tokens.push({ k: 'float', t: text, col, f });
        else {
          errors.push({ col, message: `invalid number \`${text}'` });
          tokens.push({ k: 'num', t: text, col, v: 0n });
        }
      }
      i = j;
      continue;
    }
    if (c === '%') {
      const d = line[i + 1] ?? '';
      // %% followed by an identifier is a macro-local label; %%<space> is signed modulo
      if (d === '%' && isIdChar(line[i + 2] ?? '') && line[i + 2] !== undefined) {
        let j = i + 2;
        while (j < n && isIdChar(line[j])) j++;
        tokens.push({ k: 'pp', t: line.slice(i, j), col });
        i = j; continue;
      }
      if (/[A-Za-z_.$?!]/.test(d) || /[0-9]/.test(d)) {
        let j = i + 1;
        if (d === '$') { j++; while (line[j] === '$') j++; }
        else if (d === '?') { j++; if (line[j] === '?') j++; tokens.push({ k: 'pp', t: line.slice(i, j), col }); i = j; continue; }
        else if (d === '!') j++;
        if (/[0-9]/.test(d)) { while (j < n && /[0-9]/.test(line[j])) j++; }
        else while (j < n && isIdChar(line[j])) j++;
        tokens.push({ k: 'pp', t: line.slice(i, j), col });
        i = j; continue;
      }
      if (d === '-' && /[0-9]/.test(line[i + 2] ?? '') && tokens.length > 0 && tokens[tokens.length - 1].t === ',') {
        // %-1 : reversed condition code of param (rare); lex as pp
        let j = i + 2;
        while (j < n && /[0-9]/.test(line[j])) j++;
        tokens.push({ k: 'pp', t: line.slice(i, j), col });
        i = j; continue;
      }
      if (d === '+' && tokens.length > 0) { tokens.push({ k: 'pp', t: '%+', col }); i += 2; continue; }
      if (d === '{') {
        const close = line.indexOf('}', i);
        if (close > 0) { tokens.push({ k: 'pp', t: line.slice(i, close + 1), col }); i = close + 1; continue; }
      }
    }
    if (c === '$') {
      if (line[i + 1] === '$') { tokens.push({ k: 'op', t: '$$', col }); i += 2; continue; }
      if (isIdStart(line[i + 1] ?? '') || /[A-Za-z_]/.test(line[i + 1] ?? '')) {
        // $name: identifier escaped from being a keyword/register
        let j = i + 1;
        while (j < n && isIdChar(line[j])) j++;
        tokens.push({ k: 'id', t: line.slice(i, j), col });
        i = j; continue;
      }
      tokens.push({ k: 'op', t: '$', col }); i++; continue;
    }
    if (isIdStart(c)) {
      let j = i + 1;
      while (j < n && isIdChar(line[j])) j++;
      tokens.push({ k: 'id', t: line.slice(i, j), col });
      i = j; continue;
    }
    let matched = false;
    for (const op of OPS_BY_CHAR.get(c) ?? []) {
      if (line.startsWith(op, i)) {
        tokens.push({ k: 'op', t: op, col });
        i += op.length; matched = true; break;
      }
    }
    if (!matched) {
      errors.push({ col, message: `unexpected character \`${c}'` });
      i++;
    }
  }
  return { tokens, errors };
}

export function parseFloatLiteral(text: string): number | undefined {
  const s = text.replace(/_/g, '');
  if (/^[0-9]*\.?[0-9]*([eE][+-]?[0-9]+)?$/.test(s) && /[0-9]/.test(s)) {
    const f = Number(s);
    return Number.isFinite(f) ? f : undefined;
  }
  if (/^0x[0-9a-f]*\.?[0-9a-f]*(p[+-]?[0-9]+)?$/i.test(s)) {
    const m = /^0x([0-9a-f]*)\.?([0-9a-f]*)(?:p([+-]?[0-9]+))?$/i.exec(s);
    if (!m) return undefined;
    const intPart = m[1] ? parseInt(m[1], 16) : 0;
    const frac = m[2] ? parseInt(m[2], 16) / Math.pow(16, m[2].length) : 0;
    const exp = m[3] ? parseInt(m[3], 10) : 0;
    return (intPart + frac) * Math.pow(2, exp);
  }
  return undefined;
}

/** Re-join tokens into source-like text (for listings, %defstr, error messages). */
export function tokensToText(toks: Token[]): string {
  let out = '';
  // last character kept aside: indexing a string built by += flattens it each time (quadratic on long lines)
  let last = '';
  let prevEnd = -1;
  for (const t of toks) {
    if (out && (t.col > prevEnd || t.exp) && needsSpace(last, t.t[0])) { out += ' '; last = ' '; }
    out += t.t;
    if (t.t) last = t.t[t.t.length - 1];
    prevEnd = t.col + t.t.length;
  }
  return out;
}

function needsSpace(a: string, b: string): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === ',') return true;
  return isIdChar(a) && isIdChar(b);
}
