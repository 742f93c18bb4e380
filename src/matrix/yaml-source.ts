import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
import type { Diagnostic, SourceLocation } from '../errors/diagnostic.js';

export type PathSegment = string | number;

/**
 * A YAML document that can say where every value came from, so that any check can point at the file, line and column
 * of what it complains about.
 *
 * Reading the data and knowing positions are two speeds: js-yaml reads a large file several times faster than a
 * position-keeping parse, and a valid file rarely needs a position. The `yaml` document with positions is therefore
 * built on first use, which for a valid file is usually never.
 */
export class YamlSource {
  readonly file: string;
  readonly text: string;
  private parsed?: { document: Document.Parsed; lines: LineCounter };

  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
  }

  get document(): Document.Parsed {
    return this.positions().document;
  }

  private positions(): { document: Document.Parsed; lines: LineCounter } {
    if (!this.parsed) {
      const lines = new LineCounter();
      const document = parseDocument(this.text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
      this.parsed = { document, lines };
    }
    return this.parsed;
  }

  /**
   * The data of the document, read fast; undefined when it is not well-formed YAML (then `syntaxErrors` explains).
   * Both parsers read YAML 1.2 with the core schema, so they agree on every value (no timestamps, no merge keys).
   */
  data(): { value: unknown } | undefined {
    try {
      return { value: jsYaml.load(this.text, { schema: jsYaml.CORE_SCHEMA, json: false }) };
    } catch {
      return undefined;
    }
  }

  /** The data of a document already checked with `syntaxErrors`. */
  toJS(): unknown {
    return this.data()?.value ?? this.document.toJS();
  }

  /** Syntax errors and duplicate keys, as diagnostics. */
  syntaxErrors(): Diagnostic[] {
    const errors = this.document.errors.map((e): Diagnostic => {
      const unclosed = e.code === 'MISSING_CHAR' ? /closing (["'])/.exec(e.message)?.[1] : undefined;
      if (unclosed) {
        // The parser notices at the end of the file; the mistake is where the string opens.
        const opening = this.text.lastIndexOf(unclosed, e.pos[0] - 1);
        return {
          code: 'yaml-syntax',
          message: `YAML: this ${unclosed === '"' ? 'double' : 'single'}-quoted string is never closed`,
          location: this.at(opening >= 0 ? opening : e.pos[0]),
          hint: `end it with ${unclosed} on the same line`,
        };
      }
      const offset = e.pos[0];
      const duplicate = e.code === 'DUPLICATE_KEY';
      return {
        code: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
        message: duplicate ? `duplicate key: ${this.keyAt(offset) ?? 'a key'} is given twice in the same mapping` : `YAML: ${firstLine(e.message)}`,
        location: this.at(offset),
        ...(duplicate ? { hint: 'YAML keeps only one of them; remove or rename the other' } : {}),
      };
    });
    if (errors.length > 0) return errors;
    // The fast reader refused what the positional one accepts: report its own words and place.
    try {
      jsYaml.load(this.text, { schema: jsYaml.CORE_SCHEMA, json: false });
      return [];
    } catch (e) {
      const mark = (e as { mark?: { line: number; column: number } }).mark;
      const reason = (e as { reason?: string }).reason ?? (e as Error).message;
      return [{ code: 'yaml-syntax', message: `YAML: ${reason}`, location: { file: this.file, line: (mark?.line ?? 0) + 1, col: (mark?.column ?? 0) + 1 } }];
    }
  }

  at(offset: number): SourceLocation {
    const { line, col } = this.positions().lines.linePos(offset);
    return { file: this.file, line, col };
  }

  /** The node at a path of keys and indexes, or undefined when the path does not exist. */
  node(path: readonly PathSegment[]): Node | undefined {
    let current: unknown = this.document.contents;
    for (const segment of path) {
      if (isMap(current)) {
        const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        current = pair?.value;
      } else if (isSeq(current) && typeof segment === 'number') {
        current = current.items[segment];
      } else {
        return undefined;
      }
    }
    return current as Node | undefined;
  }

  /** Where the key of the last path segment is written (for "unknown key" and "duplicate name" errors). */
  keyLocation(path: readonly PathSegment[]): SourceLocation | undefined {
    const parent = this.node(path.slice(0, -1));
    const last = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(last));
      const key = pair?.key;
      if (isScalar(key) && key.range) return this.at(key.range[0]);
    }
    return this.valueLocation(path);
  }

  /** Where the value at a path is written; falls back to the closest existing parent. */
  valueLocation(path: readonly PathSegment[]): SourceLocation | undefined {
    for (let n = path.length; n >= 0; n--) {
      const node = this.node(path.slice(0, n));
      if (node?.range) return this.at(node.range[0]);
    }
    return undefined;
  }

  /** The characters of a scalar exactly as written, e.g. `1.20` where the parsed value is 1.2. */
  sourceText(path: readonly PathSegment[]): string | undefined {
    const node = this.node(path);
    if (!isScalar(node) || !node.range) return undefined;
    return this.text.slice(node.range[0], node.range[1]).trim();
  }

  private keyAt(offset: number): string | undefined {
    const match = /^[^\s:#]+/.exec(this.text.slice(offset));
    return match ? `"${match[0].replace(/^["']|["']$/g, '')}"` : undefined;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
