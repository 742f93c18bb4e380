import type { Diagnostic, SourceLocation } from '../errors/diagnostic.js';
import type { YamlValue } from './helm-yaml.js';
import { booleanOf, isNull, toPlain, type Position, type YMap, type YNode } from './yaml-tree.js';

/**
 * Typed reading of a YAML tree against the fields Helm knows, as Go reads YAML into structs: a scalar fills a string
 * field whatever it looks like, a mapping or a list where a string belongs is an error, and (when strict, as Helm is
 * for index files) a field Helm does not know is an error. Every error carries the line it is on.
 */
export type FieldKind = 'string' | 'bool' | 'strings' | 'stringMap' | 'any' | 'anyMap' | { list: FieldSchema } | { object: FieldSchema };
export type FieldSchema = Record<string, FieldKind>;

export type Record_ = { [key: string]: YamlValue };

export interface Decoded {
  value: Record_;
  /** Where each field was written. */
  where: Record<string, Position>;
}

export class Decoder {
  readonly errors: Diagnostic[] = [];
  constructor(
    readonly file: string,
    readonly strict: boolean,
  ) {}

  at(pos: Position): SourceLocation {
    return { file: this.file, line: pos.line, col: pos.col };
  }

  error(code: string, message: string, pos: Position, hint?: string): void {
    this.errors.push({ code, message, location: this.at(pos), ...(hint ? { hint } : {}) });
  }

  object(node: YMap, schema: FieldSchema, context: string): Decoded {
    const value: Record_ = {};
    const where: Record<string, Position> = {};
    for (const pair of node.pairs) {
      const kind = schema[pair.key];
      if (kind === undefined) {
        if (this.strict) this.error('helm-unknown-field', `unknown field "${pair.key}" in ${context}`, pair.keyPos, 'Helm refuses fields it does not know in an index');
        continue;
      }
      where[pair.key] = pair.keyPos;
      const v = this.field(pair.value, kind, `${context}.${pair.key}`);
      if (v !== undefined) value[pair.key] = v;
    }
    return { value, where };
  }

  field(node: YNode, kind: FieldKind, context: string): YamlValue {
    if (isNull(node)) return undefined;
    if (kind === 'any') return toPlain(node) as YamlValue;
    if (kind === 'string') {
      if (node.kind !== 'scalar') return this.typeError(node, context, 'a string');
      return node.text;
    }
    if (kind === 'bool') {
      const b = node.kind === 'scalar' ? booleanOf(node) : undefined;
      if (b === undefined) return this.typeError(node, context, 'true or false');
      return b;
    }
    if (kind === 'strings') {
      if (node.kind !== 'seq') return this.typeError(node, context, 'a list of strings');
      return node.items.map((item, i) => (item.kind === 'scalar' ? (isNull(item) ? '' : item.text) : this.typeError(item, `${context}[${i}]`, 'a string') ?? ''));
    }
    if (kind === 'stringMap' || kind === 'anyMap') {
      if (node.kind !== 'map') return this.typeError(node, context, 'a mapping');
      const out: Record_ = {};
      for (const p of node.pairs) {
        if (kind === 'anyMap') out[p.key] = toPlain(p.value) as YamlValue;
        else if (p.value.kind !== 'scalar') this.typeError(p.value, `${context}.${p.key}`, 'a string');
        else out[p.key] = isNull(p.value) ? '' : p.value.text;
      }
      return out;
    }
    if ('list' in kind) {
      if (node.kind !== 'seq') return this.typeError(node, context, 'a list');
      return node.items.map((item, i) => {
        if (isNull(item)) return null;
        if (item.kind !== 'map') return this.typeError(item, `${context}[${i}]`, 'a mapping') ?? null;
        return this.object(item, kind.list, `${context}[${i}]`).value;
      });
    }
    if (node.kind !== 'map') return this.typeError(node, context, 'a mapping');
    return this.object(node, kind.object, context).value;
  }

  private typeError(node: YNode, context: string, expected: string): undefined {
    const got = node.kind === 'map' ? 'a mapping' : node.kind === 'seq' ? 'a list' : `"${node.kind === 'scalar' ? node.text : ''}"`;
    this.error('helm-field-type', `${context} must be ${expected}, not ${got}`, node.pos);
    return undefined;
  }
}
