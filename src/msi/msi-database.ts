import { fail } from '../errors/diagnostic.js';
import { CompoundFile } from './compound-file.js';

/**
 * The tables of an MSI, read in this process from its compound file: the string pool, the catalog (_Tables and
 * _Columns) and the column-major table streams. One open file answers every table, where a tool would cost a process
 * per table. Rows come as msiinfo exports them: every cell a string, null as "".
 */
export type Row = Record<string, string>;

/** Column type bits (msidbColumnType*, as the _Columns table stores them). */
const TYPE_STRING = 0x0800;
const TYPE_WIDTH = 0x00ff;
/** A binary (stream) column: a string-typed column without a width, stored as a 2-byte value. */
const TYPE_BINARY = TYPE_STRING | 0x0100;
const TYPE_NULLABLE = 0x1000;
const TYPE_KEY = 0x2000;
/** _StringPool's first word carries the codepage; its top bit says string references take 3 bytes instead of 2. */
const LONG_STRING_REFS = 0x80000000;

interface Column {
  name: string;
  type: number;
}

/** The fixed layout of the catalog tables, which describe every other table but not themselves. */
const CATALOG: Record<string, Column[]> = {
  _Tables: [{ name: 'Name', type: TYPE_STRING | 64 }],
  _Columns: [
    { name: 'Table', type: TYPE_STRING | 64 },
    { name: 'Number', type: 2 },
    { name: 'Name', type: TYPE_STRING | 64 },
    { name: 'Type', type: 2 },
  ],
};

/**
 * Stream names are compressed: a table's stream starts with U+4840, and two characters of [0-9A-Za-z._] share one
 * UTF-16 unit from U+3800 on (one alone takes a unit from U+4800 on).
 */
const NAME_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._';
const TABLE_MARK = 0x4840;

export function decodeStreamName(raw: string): string {
  let out = '';
  for (const ch of raw) {
    const c = ch.charCodeAt(0);
    if (c >= 0x3800 && c < 0x4800) out += NAME_ALPHABET[(c - 0x3800) & 0x3f]! + NAME_ALPHABET[((c - 0x3800) >> 6) & 0x3f]!;
    else if (c >= 0x4800 && c < TABLE_MARK) out += NAME_ALPHABET[c - 0x4800]!;
    else if (c === TABLE_MARK) out += '!';
    else out += ch;
  }
  return out;
}

/**
 * The code page of an MSI's strings: the neutral 0 is read as Windows-1252 (what wixl writes under it, and what
 * msiinfo assumes), 65001 as UTF-8, others by their Windows code page.
 */
function decoderFor(codepage: number): TextDecoder {
  if (codepage === 65001) return new TextDecoder('utf-8');
  try {
    return new TextDecoder(`windows-${codepage === 0 ? 1252 : codepage}`);
  } catch {
    // A code page this Node has no decoder for: the bytes are read as UTF-8, which is right for ASCII at least.
    return new TextDecoder('utf-8');
  }
}

const isBinary = (type: number) => (type & ~(TYPE_NULLABLE | TYPE_KEY) & 0xffff) === TYPE_BINARY;

export class MsiDatabase {
  private constructor(
    private readonly file: string,
    private readonly streams: Map<string, Buffer>,
    private readonly strings: string[],
    private readonly refSize: number,
    private readonly columns: Map<string, Column[]>,
  ) {}

  /** Opens an MSI and reads its catalog and the tables' streams (not the cabinet or other binary streams). */
  static open(file: string): MsiDatabase {
    const cf = CompoundFile.open(file);
    try {
      const streams = new Map<string, Buffer>();
      // Only table streams are read: they are what the catalog describes, and they are small.
      const tableStreams = cf.streams().filter((s) => s.name.charCodeAt(0) === TABLE_MARK);
      for (const s of tableStreams) streams.set(decodeStreamName(s.name).slice(1), cf.read(s));

      const pool = streams.get('_StringPool');
      const data = streams.get('_StringData');
      if (!pool || !data || pool.length < 4) fail('msi-unreadable', `${file} has no string pool`, { hint: 'the build tool wrote an incomplete MSI' });
      const header = pool.readUInt32LE(0);
      const decoder = decoderFor(header & ~LONG_STRING_REFS);
      // String ids start at 1; an entry is (length, reference count); a length over 64 KiB takes two entries.
      const strings = [''];
      let offset = 0;
      for (let i = 4; i + 4 <= pool.length; i += 4) {
        let length = pool.readUInt16LE(i);
        const refs = pool.readUInt16LE(i + 2);
        if (length === 0 && refs !== 0 && i + 8 <= pool.length) {
          length = pool.readUInt16LE(i + 4) + pool.readUInt16LE(i + 6) * 0x10000;
          i += 4;
        }
        if (offset + length > data.length) fail('msi-unreadable', `${file} has a damaged string pool`, { hint: 'the build tool wrote an incomplete MSI' });
        strings.push(decoder.decode(data.subarray(offset, offset + length)));
        offset += length;
      }
      const db = new MsiDatabase(file, streams, strings, header & LONG_STRING_REFS ? 3 : 2, new Map(Object.entries(CATALOG)));
      const byTable = new Map<string, { number: number; column: Column }[]>();
      for (const r of db.rows('_Columns')) {
        const list = byTable.get(r.Table!) ?? [];
        list.push({ number: Number(r.Number), column: { name: r.Name!, type: Number(r.Type) } });
        byTable.set(r.Table!, list);
      }
      for (const [table, list] of byTable) db.columns.set(table, list.sort((a, b) => a.number - b.number).map((c) => c.column));
      return db;
    } finally {
      cf.close();
    }
  }

  /** The names of the tables, as _Tables lists them. */
  tables(): string[] {
    return this.rows('_Tables').map((r) => r.Name!);
  }

  /** The rows of a table, in stored order; a table the MSI does not have is an error, one without rows is empty. */
  rows(table: string): Row[] {
    const columns = this.columns.get(table);
    if (!columns) fail('msi-unreadable', `${this.file} has no table ${table}`, { hint: 'check the table name' });
    const widths = columns.map((c) => this.width(c.type));
    const rowSize = widths.reduce((a, b) => a + b, 0);
    const stream = this.streams.get(table) ?? Buffer.alloc(0);
    if (stream.length % rowSize !== 0) fail('msi-unreadable', `${this.file}: the ${table} table's stream does not hold whole rows`, { hint: 'the build tool wrote a damaged MSI' });
    const count = stream.length / rowSize;
    const rows: Row[] = Array.from({ length: count }, () => ({}));
    // Column-major: all the values of the first column, then all of the second, and so on.
    // A binary cell names its stream as msiinfo does: the table and the row's key values, joined by dots.
    const keys = columns.filter((c) => c.type & TYPE_KEY).map((c) => c.name);
    const binaries: { name: string; offset: number }[] = [];
    let offset = 0;
    columns.forEach((c, k) => {
      const width = widths[k]!;
      if (isBinary(c.type)) binaries.push({ name: c.name, offset });
      else for (let i = 0; i < count; i++) rows[i]![c.name] = this.cell(c.type, width, stream, offset + i * width);
      offset += count * width;
    });
    for (const b of binaries) {
      rows.forEach((row, i) => {
        row[b.name] = stream.readUInt16LE(b.offset + i * 2) === 0 ? '' : [table, ...keys.map((k) => row[k])].join('.');
      });
    }
    // Cells in the order of the table's columns, as an export lists them.
    return binaries.length === 0 ? rows : rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, row[c.name]!])));
  }

  private width(type: number): number {
    if (isBinary(type)) return 2;
    if (type & TYPE_STRING) return this.refSize;
    return (type & TYPE_WIDTH) === 4 ? 4 : 2;
  }

  private cell(type: number, width: number, stream: Buffer, offset: number): string {
    if (type & TYPE_STRING) {
      const ref = width === 3 ? stream.readUIntLE(offset, 3) : stream.readUInt16LE(offset);
      const text = this.strings[ref];
      if (text === undefined) fail('msi-unreadable', `${this.file} refers to string ${ref}, which its pool does not have`, { hint: 'the build tool wrote a damaged MSI' });
      return text;
    }
    // Integers are stored offset by half their range, so that 0 can mean null.
    if (width === 4) {
      const raw = stream.readUInt32LE(offset);
      return raw === 0 ? '' : String((raw ^ 0x80000000) | 0);
    }
    const raw = stream.readUInt16LE(offset);
    return raw === 0 ? '' : String(raw - 0x8000);
  }
}
