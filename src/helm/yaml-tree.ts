import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node } from 'yaml';

/**
 * A YAML document as a tree that keeps where each key and value was written, so that a problem in an index or a
 * Chart.yaml is reported at its line. Scalars keep their source text: a field that Helm reads as a string (a version
 * such as 1.10) keeps what was written, as Go's YAML-to-JSON conversion does.
 */
export interface Position {
  line: number;
  col: number;
}

export interface YScalar {
  kind: 'scalar';
  text: string;
  /** Unquoted: may read as null, a boolean or a number. */
  plain: boolean;
  pos: Position;
}

export interface YPair {
  key: string;
  keyPos: Position;
  value: YNode;
}

export interface YMap {
  kind: 'map';
  pairs: YPair[];
  pos: Position;
}

export interface YSeq {
  kind: 'seq';
  items: YNode[];
  pos: Position;
}

export type YNode = YScalar | YMap | YSeq;

export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: Position,
  ) {
    super(message);
  }
}

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'Yes', 'YES', 'y', 'Y', 'on', 'On', 'ON']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'No', 'NO', 'n', 'N', 'off', 'Off', 'OFF']);

export function isNull(node: YNode | undefined): boolean {
  return node === undefined || (node.kind === 'scalar' && node.plain && NULLS.has(node.text));
}

/** YAML 1.1 booleans, as Go's YAML library reads them. */
export function booleanOf(node: YScalar): boolean | undefined {
  if (!node.plain) return undefined;
  if (TRUE.has(node.text)) return true;
  if (FALSE.has(node.text)) return false;
  return undefined;
}

/** A plain JavaScript value for fields of any type (e.g. a dependency's import-values). */
export function toPlain(node: YNode): unknown {
  if (node.kind === 'map') return Object.fromEntries(node.pairs.map((p) => [p.key, toPlain(p.value)]));
  if (node.kind === 'seq') return node.items.map(toPlain);
  if (!node.plain) return node.text;
  if (NULLS.has(node.text)) return null;
  const b = booleanOf(node);
  if (b !== undefined) return b;
  if (/^[-+]?\d+$/.test(node.text)) return Number(node.text);
  if (/^[-+]?(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?$/.test(node.text)) return Number(node.text);
  return node.text;
}

/** Reads YAML with the `yaml` library (every construct of the language), rejecting duplicate keys. */
export function readWithLibrary(text: string): YNode | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true, version: '1.1' });
  const at = (offset: number | undefined): Position => {
    const p = lines.linePos(offset ?? 0);
    return { line: p.line, col: p.col };
  };
  const first = doc.errors[0];
  if (first) {
    const message = first.code === 'DUPLICATE_KEY' ? 'duplicate key: a mapping key is already set' : first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new YamlSyntaxError(message, at(first.pos[0]));
  }
  if (doc.contents === null) return undefined;
  return convert(doc, doc.contents as Node, at, 0);
}

function convert(doc: Document, node: Node, at: (o: number | undefined) => Position, depth: number): YNode {
  if (depth > 200) throw new YamlSyntaxError('the document nests too deeply', at(node.range?.[0]));
  if (isAlias(node)) {
    const target = node.resolve(doc);
    if (!target) throw new YamlSyntaxError(`unknown alias "${node.source}"`, at(node.range?.[0]));
    return convert(doc, target as Node, at, depth + 1);
  }
  const pos = at(node.range?.[0]);
  if (isMap(node)) {
    return {
      kind: 'map',
      pos,
      pairs: node.items.map((pair) => {
        const key = pair.key as Node | null;
        const keyText = key && isScalar(key) ? String(key.value ?? '') : '';
        const keyPos = at(key?.range?.[0] ?? node.range?.[0]);
        const value: YNode = pair.value ? convert(doc, pair.value as Node, at, depth + 1) : { kind: 'scalar', text: '', plain: true, pos: keyPos };
        return { key: keyText, keyPos, value };
      }),
    };
  }
  if (isSeq(node)) return { kind: 'seq', pos, items: node.items.map((item) => convert(doc, item as Node, at, depth + 1)) };
  if (isScalar(node)) {
    const plain = node.type === Scalar.PLAIN || node.type === undefined;
    const text = plain && typeof node.source === 'string' ? node.source : node.value === null ? '' : String(node.value);
    return { kind: 'scalar', text, plain: plain && typeof node.source === 'string' ? true : plain && node.value === null, pos };
  }
  throw new YamlSyntaxError('unsupported YAML node', pos);
}

/** A JSON document as a tree (JSON carries no lines worth reporting; every node is placed on line 1). */
export function fromJson(value: unknown): YNode {
  const pos = { line: 1, col: 1 };
  if (Array.isArray(value)) return { kind: 'seq', pos, items: value.map(fromJson) };
  if (value !== null && typeof value === 'object') {
    return { kind: 'map', pos, pairs: Object.entries(value).map(([key, v]) => ({ key, keyPos: pos, value: fromJson(v) })) };
  }
  if (value === null) return { kind: 'scalar', text: '', plain: true, pos };
  if (typeof value === 'string') return { kind: 'scalar', text: value, plain: false, pos };
  return { kind: 'scalar', text: String(value), plain: true, pos };
}
