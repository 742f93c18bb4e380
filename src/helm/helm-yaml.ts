/**
 * Writes YAML the way Helm writes index.yaml (Go's JSON-to-YAML path through yaml.v2): mapping keys sorted in
 * yaml.v2's order, sequences written at their parent key's indentation, two-space indents, strings plain unless they
 * would read back as something else (then double-quoted) or contain YAML indicators (then single-quoted), and long
 * plain or single-quoted strings folded after column 80. Files written by Helm and by Slipway then differ only where
 * the data differs, which keeps the diffs of a Pages branch readable.
 */
export type YamlValue = string | number | boolean | null | undefined | YamlValue[] | { [key: string]: YamlValue };

const BEST_WIDTH = 80;

/** yaml.v2's key order: runs of digits compare as numbers, letters compare by code point, other characters first. */
export function compareKeys(a: string, b: string): number {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]! < br[i]! ? -1 : 1;
    if (al || bl) return bl ? -1 : 1;
    let an = 0n;
    let bn = 0n;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10n + BigInt(ar[ai]!.charCodeAt(0) - 48);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10n + BigInt(br[bi]!.charCodeAt(0) - 48);
    if (an !== bn) return an < bn ? -1 : 1;
    if (ai !== bi) return ai < bi ? -1 : 1;
    return ar[i]! < br[i]! ? -1 : 1;
  }
  return ar.length === br.length ? 0 : ar.length < br.length ? -1 : 1;
}

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

const RESERVED = new Set([
  '', '~', 'null', 'Null', 'NULL', 'y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False',
  'FALSE', 'on', 'On', 'ON', 'off', 'Off', 'OFF', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '.nan', '.NaN',
  '.NAN', '<<',
]);
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/;
const INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)$/;

/** Would this text, written plain, read back as anything but the same string? */
function readsAsOtherType(s: string): boolean {
  if (RESERVED.has(s)) return true;
  const c = s[0]!;
  if (!(isDigit(c) || c === '-' || c === '+' || c === '.')) return false;
  const bare = s.replaceAll('_', '');
  return TIMESTAMP.test(s) || INT.test(bare) || FLOAT.test(bare) || BASE60.test(s) || /^-?0[bB][01]+$/.test(bare);
}

type Style = 'plain' | 'single' | 'double';

const styles = new Map<string, Style>();

/** Index files repeat the same values (apiVersion, type, keywords): their style is worked out once. */
function styleOf(s: string): Style {
  if (s.length > 64) return computeStyle(s);
  let style = styles.get(s);
  if (style === undefined) {
    style = computeStyle(s);
    if (styles.size < 10_000) styles.set(s, style);
  }
  return style;
}

function computeStyle(s: string): Style {
  if (s === '' || readsAsOtherType(s)) return 'double';
  // Control characters, and line breaks (Go would pick a quoted form over several lines; one line reads the same).
  if (/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufeff\u2028\u2029]/.test(s)) return 'double';
  if (/^\s|\s$/.test(s)) return 'single';
  if (s.startsWith('---') || s.startsWith('...')) return 'single';
  if (/^[#,[\]{}&*!|>'"%@`]/.test(s)) return 'single';
  if (/^[-?:](\s|$)/.test(s)) return 'single';
  if (/: |:$| #|\t#/.test(s)) return 'single';
  return 'plain';
}

function double(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff || code === 0x2028 || code === 0x2029) {
      out += code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** A plain or single-quoted scalar that starts at `column`, folded at spaces once past column 80. */
function folded(body: string, column: number, indent: number, quoted: boolean): string {
  // Nothing can fold before column 80 is passed (a character is at least one UTF-16 unit).
  if (column + body.length <= BEST_WIDTH) return body;
  let out = '';
  let col = column;
  const chars = Array.from(body);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === ' ' && chars[i - 1] !== ' ' && col > BEST_WIDTH && chars[i + 1] !== ' ' && (!quoted || (i !== 0 && i !== chars.length - 1))) {
      out += `\n${' '.repeat(indent)}`;
      col = indent;
      continue;
    }
    out += ch;
    col++;
  }
  return out;
}

function scalarText(value: string | number | boolean, column: number, indent: number, key: boolean): string {
  if (typeof value !== 'string') return String(value);
  const style = styleOf(value);
  if (style === 'double') return double(value);
  if (style === 'single') {
    const body = value.replaceAll("'", "''");
    return key ? `'${body}'` : `'${folded(body, column + 1, indent, true)}'`;
  }
  return key ? value : folded(value, column, indent, false);
}

function isEmptyCollection(v: YamlValue): string | undefined {
  if (Array.isArray(v) && v.length === 0) return '[]';
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => x === undefined)) return '{}';
  return undefined;
}

const keyOrders = new Map<string, string[]>();

/** Entries share their set of keys: the yaml.v2 order of each set is computed once. */
function sortedEntries(map: { [key: string]: YamlValue }): [string, YamlValue][] {
  const keys = Object.keys(map).filter((k) => map[k] !== undefined);
  const signature = keys.join('\u0000');
  let order = keyOrders.get(signature);
  if (!order) {
    order = [...keys].sort(compareKeys);
    if (keyOrders.size < 10_000) keyOrders.set(signature, order);
  }
  return order.map((k) => [k, map[k]]);
}

/** Serialises a mapping as a YAML document (ending with a newline). */
export function writeHelmYaml(doc: { [key: string]: YamlValue }, indent = 0): string {
  const out: string[] = [];
  writeMap(doc, indent, out, '');
  return out.join('');
}

function writeMap(map: { [key: string]: YamlValue }, indent: number, out: string[], firstPrefix: string): void {
  let first = true;
  for (const [key, value] of sortedEntries(map)) {
    const lead = first && firstPrefix ? firstPrefix : ' '.repeat(indent);
    first = false;
    const k = scalarText(key, indent, indent, true);
    out.push(lead, k, ':');
    writeValue(value, indent, indent + k.length + 2, out);
  }
}

/** Writes the value of a mapping key whose line is open (the key and its colon are written). */
function writeValue(value: YamlValue, indent: number, column: number, out: string[]): void {
  const empty = isEmptyCollection(value);
  if (empty) {
    out.push(' ', empty, '\n');
  } else if (Array.isArray(value)) {
    out.push('\n');
    writeSeq(value, indent, out);
  } else if (value !== null && typeof value === 'object') {
    out.push('\n');
    writeMap(value, indent + 2, out, '');
  } else if (value === null || value === undefined) {
    out.push(' null\n');
  } else {
    out.push(' ', scalarText(value, column, indent + 2, false), '\n');
  }
}

function writeSeq(items: YamlValue[], indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  for (const item of items) {
    const empty = isEmptyCollection(item);
    if (empty) out.push(pad, '- ', empty, '\n');
    else if (Array.isArray(item)) {
      out.push(pad, '-\n');
      writeSeq(item, indent + 2, out);
    } else if (item !== null && typeof item === 'object') writeMap(item, indent + 2, out, `${pad}- `);
    else if (item === null || item === undefined) out.push(pad, '- null\n');
    else out.push(pad, '- ', scalarText(item, indent + 2, indent + 2, false), '\n');
  }
}
