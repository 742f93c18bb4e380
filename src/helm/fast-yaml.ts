import { readWithLibrary, YamlSyntaxError, type Position, type YMap, type YNode, type YScalar, type YSeq } from './yaml-tree.js';

/**
 * Index files grow to tens of thousands of entries, and a general YAML parser spends seconds and hundreds of
 * megabytes on one. Indexes are written in a small part of YAML (block mappings and sequences of one-line scalars),
 * so that part is read here line by line. Anything outside it (anchors, block scalars, scalars over several lines,
 * nested flow collections, documents markers) sends the whole text to the general parser instead, so every valid
 * document reads the same either way.
 */
class OutsideSubset extends Error {}

interface Line {
  indent: number;
  text: string;
  no: number;
  /** A blank or comment line came just before: it would end or break a scalar written over several lines. */
  gap: boolean;
}

export function readYaml(text: string): YNode | undefined {
  try {
    return new FastReader(text).read();
  } catch (e) {
    if (e instanceof OutsideSubset) return readWithLibrary(text);
    throw e;
  }
}

const BLOCK_START = /^[&*!|>%@`]/;

class FastReader {
  private readonly lines: Line[] = [];
  private i = 0;

  constructor(text: string) {
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let start = 0;
    let no = 0;
    let gap = false;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      no++;
      let line = text.slice(start, end);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      start = end + 1;
      let indent = 0;
      while (line.charCodeAt(indent) === 32) indent++;
      const rest = line.slice(indent);
      if (rest === '' || rest.startsWith('#')) {
        gap = true;
        continue;
      }
      if (rest.startsWith('\t')) throw new OutsideSubset();
      if (indent === 0 && (rest.startsWith('---') || rest.startsWith('...') || rest.startsWith('%'))) throw new OutsideSubset();
      this.lines.push({ indent, text: rest, no, gap });
      gap = false;
    }
  }

  read(): YNode | undefined {
    if (this.lines.length === 0) return undefined;
    const first = this.lines[0]!;
    const node = this.block(first.indent);
    if (this.i < this.lines.length) throw new OutsideSubset();
    return node;
  }

  private block(indent: number): YNode {
    const line = this.lines[this.i]!;
    if (isSeqItem(line.text)) return this.seq(indent);
    return this.map(indent);
  }

  private seq(indent: number): YSeq {
    const start = this.lines[this.i]!;
    const node: YSeq = { kind: 'seq', items: [], pos: { line: start.no, col: indent + 1 } };
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.indent !== indent || !isSeqItem(line.text)) break;
      let offset = 1;
      while (line.text.charCodeAt(offset) === 32) offset++;
      const rest = line.text.slice(offset);
      const col = indent + offset;
      if (rest === '' || rest.startsWith('#')) {
        this.i++;
        const next = this.lines[this.i];
        if (next && next.indent > indent) node.items.push(this.block(next.indent));
        else node.items.push({ kind: 'scalar', text: '', plain: true, pos: { line: line.no, col: col + 1 } });
        continue;
      }
      if (isSeqItem(rest)) throw new OutsideSubset();
      if (keyEnd(rest) !== -1) {
        // `- key: value`: a mapping whose first key sits on the item's line.
        this.lines[this.i] = { indent: col, text: rest, no: line.no, gap: line.gap };
        node.items.push(this.map(col));
        continue;
      }
      this.i++;
      node.items.push(this.scalarOrFlow(rest, { line: line.no, col: col + 1 }, indent));
    }
    return node;
  }

  private map(indent: number): YMap {
    const start = this.lines[this.i]!;
    const node: YMap = { kind: 'map', pairs: [], pos: { line: start.no, col: indent + 1 } };
    const seen = new Set<string>();
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.indent !== indent) {
        if (line.indent > indent) throw new OutsideSubset();
        break;
      }
      if (isSeqItem(line.text)) break;
      const end = keyEnd(line.text);
      if (end === -1) throw new OutsideSubset();
      const keyPos = { line: line.no, col: indent + 1 };
      const key = keyText(line.text.slice(0, end));
      if (seen.has(key)) throw new YamlSyntaxError(`duplicate key: "${key}" is already set in this mapping`, keyPos);
      seen.add(key);
      let rest = line.text.slice(end + 1);
      const spaces = rest.length - rest.trimStart().length;
      rest = rest.trimStart();
      this.i++;
      let value: YNode;
      if (rest === '' || rest.startsWith('#')) {
        const next = this.lines[this.i];
        if (next && next.indent > indent) value = this.block(next.indent);
        else if (next && next.indent === indent && isSeqItem(next.text)) value = this.seq(indent);
        else value = { kind: 'scalar', text: '', plain: true, pos: keyPos };
      } else {
        value = this.scalarOrFlow(rest, { line: line.no, col: indent + end + 2 + spaces }, indent);
      }
      node.pairs.push({ key, keyPos, value });
    }
    return node;
  }

  /**
   * A scalar or a flat flow sequence. A plain scalar may go on over more-indented lines (Helm folds long descriptions
   * that way): the lines join with single spaces.
   */
  private scalarOrFlow(text: string, pos: Position, indent: number): YNode {
    const next = this.lines[this.i];
    if (next && next.indent > indent) {
      const first = scalarAt(text, pos);
      if (!first.scalar.plain || first.rest.trim() !== '') throw new OutsideSubset();
      let value = first.scalar.text;
      while (this.i < this.lines.length && this.lines[this.i]!.indent > indent) {
        const line = this.lines[this.i]!;
        if (line.gap || /: |:$| #|^[-?:](\s|$)|\t/.test(line.text)) throw new OutsideSubset();
        value += ` ${line.text.trimEnd()}`;
        this.i++;
      }
      return { kind: 'scalar', text: value, plain: true, pos };
    }
    if (text.startsWith('[')) return flowSeq(text, pos);
    if (text.startsWith('{')) {
      if (/^\{\s*\}\s*(#.*)?$/.test(text)) return { kind: 'map', pairs: [], pos };
      throw new OutsideSubset();
    }
    const { scalar, rest } = scalarAt(text, pos);
    if (rest.trim() !== '' && !/^\s+#/.test(rest)) throw new OutsideSubset();
    return scalar;
  }
}

function isSeqItem(text: string): boolean {
  return text.charCodeAt(0) === 45 /* - */ && (text.length === 1 || text.charCodeAt(1) === 32);
}

/** Where the `:` of `key: value` is, or -1 when the line is not a mapping entry of this subset. */
function keyEnd(text: string): number {
  const c = text.charCodeAt(0);
  if (c === 34 /* " */ || c === 39 /* ' */) {
    const close = closingQuote(text, 0);
    if (close === -1) throw new OutsideSubset();
    if (text.charCodeAt(close + 1) !== 58) return -1;
    const after = text.charCodeAt(close + 2);
    return Number.isNaN(after) || after === 32 ? close + 1 : -1;
  }
  if (BLOCK_START.test(text) || text.startsWith('? ') || text.startsWith('[') || text.startsWith('{')) throw new OutsideSubset();
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 35 /* # */ && i > 0 && text.charCodeAt(i - 1) === 32) return -1;
    if (ch === 58 /* : */ && (i + 1 === text.length || text.charCodeAt(i + 1) === 32)) return i;
  }
  return -1;
}

function keyText(raw: string): string {
  const c = raw.charCodeAt(0);
  if (c === 34 || c === 39) return scalarAt(raw, { line: 0, col: 0 }).scalar.text;
  return raw.trimEnd();
}

function closingQuote(text: string, start: number): number {
  const q = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (q === '"' && ch === '\\') {
      i++;
      continue;
    }
    if (ch === q) {
      if (q === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
  }
  return -1;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

function unescapeDouble(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = body[++i] ?? '';
    const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (width > 0) {
      const hex = body.slice(i + 1, i + 1 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) throw new OutsideSubset();
      out += String.fromCodePoint(parseInt(hex, 16));
      i += width;
    } else if (e in ESCAPES) out += ESCAPES[e];
    else throw new OutsideSubset();
  }
  return out;
}

function scalarAt(text: string, pos: Position): { scalar: YScalar; rest: string } {
  const c = text[0];
  if (c === '"' || c === "'") {
    const close = closingQuote(text, 0);
    if (close === -1) throw new OutsideSubset();
    const body = text.slice(1, close);
    const value = c === '"' ? unescapeDouble(body) : body.replaceAll("''", "'");
    return { scalar: { kind: 'scalar', text: value, plain: false, pos }, rest: text.slice(close + 1) };
  }
  if (BLOCK_START.test(text) || text.startsWith('? ') || text.startsWith(': ') || isSeqItem(text) || text.startsWith(']') || text.startsWith('}')) throw new OutsideSubset();
  let end = text.length;
  const hash = text.indexOf(' #');
  if (hash !== -1) end = hash;
  const value = text.slice(0, end).trimEnd();
  if (value.includes(': ') || value.endsWith(':') || value.includes('\t#')) throw new OutsideSubset();
  return { scalar: { kind: 'scalar', text: value, plain: true, pos }, rest: text.slice(end) };
}

/** `[a, "b", c]` of scalars only; anything richer goes to the general parser. */
function flowSeq(text: string, pos: Position): YSeq {
  const node: YSeq = { kind: 'seq', items: [], pos };
  let rest = text.slice(1).trimStart();
  if (rest.startsWith(']')) {
    if (rest.slice(1).trim() !== '' && !/^\s+#/.test(rest.slice(1))) throw new OutsideSubset();
    return node;
  }
  for (;;) {
    let item: YScalar;
    if (rest[0] === '"' || rest[0] === "'") {
      const r = scalarAt(rest, pos);
      item = r.scalar;
      rest = r.rest.trimStart();
    } else {
      const m = /^([^,[\]{}#"'&*!|>%@`]*?)\s*([,\]])/.exec(rest);
      if (!m || m[1]!.includes(': ')) throw new OutsideSubset();
      item = { kind: 'scalar', text: m[1]!, plain: true, pos };
      rest = rest.slice(m[1]!.length).trimStart();
    }
    node.items.push(item);
    if (rest[0] === ',') {
      rest = rest.slice(1).trimStart();
      continue;
    }
    if (rest[0] === ']') {
      const tail = rest.slice(1);
      if (tail.trim() !== '' && !/^\s+#/.test(tail)) throw new OutsideSubset();
      return node;
    }
    throw new OutsideSubset();
  }
}
