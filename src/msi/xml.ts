/** Minimal XML writing for the generated WiX sources: escaped attributes, indented elements, stable order. */
export type Attributes = Record<string, string | undefined>;

const NEEDS_ESCAPE = /[&<>"\u0000-\u001f]/;

export function escapeXml(text: string): string {
  // Most names and paths need no escaping: one test instead of five replacements.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Control characters are not allowed in XML 1.0 at all; a tab or newline in an attribute would be normalised away.
    .replace(/[\u0000-\u001f]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  private depth = 0;
  private readonly pads: string[] = [''];

  comment(text: string): this {
    this.lines.push(`${this.pad()}<!-- ${text.replace(/--/g, '- -')} -->`);
    return this;
  }

  /** An element without children. */
  leaf(name: string, attributes: Attributes = {}): this {
    this.lines.push(`${this.pad()}<${name}${attrs(attributes)} />`);
    return this;
  }

  /** An element whose only child is text. */
  text(name: string, attributes: Attributes, text: string): this {
    this.lines.push(`${this.pad()}<${name}${attrs(attributes)}>${escapeXml(text)}</${name}>`);
    return this;
  }

  open(name: string, attributes: Attributes = {}): this {
    this.lines.push(`${this.pad()}<${name}${attrs(attributes)}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.lines.push(`${this.pad()}</${name}>`);
    return this;
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }

  private pad(): string {
    return (this.pads[this.depth] ??= '  '.repeat(this.depth));
  }
}

function attrs(attributes: Attributes): string {
  let out = '';
  for (const k in attributes) {
    const v = attributes[k];
    if (v !== undefined) out += ` ${k}="${escapeXml(v)}"`;
  }
  return out;
}
