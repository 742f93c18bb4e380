import { SlipwayError, type Diagnostic } from '../errors/diagnostic.js';
import { METADATA_SCHEMA, validateMetadata, type ChartMetadata } from './chart-metadata.js';
import { sortNewestFirst } from './chart-version.js';
import { Decoder, type FieldSchema, type Record_ } from './decode.js';
import { readYaml } from './fast-yaml.js';
import { compareKeys, writeHelmYaml, type YamlValue } from './helm-yaml.js';
import { fromJson, isNull, YamlSyntaxError, type Position, type YNode } from './yaml-tree.js';

/**
 * A chart repository index (index.yaml), read and written with Helm's semantics (pkg/repo index.go): apiVersion v1,
 * entries by chart name, each chart's versions newest first, invalid entries skipped with a warning, and Helm's strict
 * reading (an unknown field or a duplicate key makes the file unreadable), reported here with its line.
 */
export interface IndexEntry extends ChartMetadata {
  name: string;
  version: string;
  urls?: string[];
  created?: string;
  digest?: string;
}

export interface IndexFile {
  apiVersion: string;
  generated?: string;
  entries: Map<string, IndexEntry[]>;
  annotations?: Record<string, string>;
  publicKeys?: string[];
  serverInfo?: Record_;
}

export interface LoadedIndex {
  index: IndexFile;
  warnings: Diagnostic[];
  /** Where each entry was written, for messages about it. */
  where: WeakMap<IndexEntry, Position>;
}

const ENTRY_SCHEMA: FieldSchema = {
  ...METADATA_SCHEMA,
  urls: 'strings',
  created: 'string',
  removed: 'bool',
  digest: 'string',
  checksum: 'string',
  engine: 'string',
  tillerVersion: 'string',
  url: 'string',
};
const INDEX_FIELDS = new Set(['serverInfo', 'apiVersion', 'generated', 'entries', 'publicKeys', 'annotations']);
const TIME = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:[Zz]|[-+]\d{1,2}(?::?\d{2})?))?)?$/;

export function emptyIndex(): IndexFile {
  return { apiVersion: 'v1', entries: new Map() };
}

export function parseIndex(text: string, file: string): LoadedIndex {
  const fail = (message: string, pos: Position = { line: 1, col: 1 }, hint?: string): never => {
    throw new SlipwayError({ code: 'helm-index', message, location: { file, line: pos.line, col: pos.col }, ...(hint ? { hint } : {}) });
  };
  if (text.trim() === '') fail('empty index.yaml file');
  let root: YNode | undefined;
  let strict = true;
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      // Helm reads a JSON index with Go's JSON decoder, which ignores unknown fields.
      root = fromJson(JSON.parse(text));
      strict = false;
    } catch {
      root = undefined;
    }
  }
  if (!root) {
    try {
      root = readYaml(text);
    } catch (e) {
      if (e instanceof YamlSyntaxError) fail(`the index is not valid YAML: ${e.message}`, e.pos, 'Helm cannot load this file either');
      throw e;
    }
  }
  if (!root || root.kind !== 'map') return fail('an index must be a mapping with apiVersion and entries', root?.pos);

  const decoder = new Decoder(file, strict);
  const warnings: Diagnostic[] = [];
  const where = new WeakMap<IndexEntry, Position>();
  const index: IndexFile = { apiVersion: '', entries: new Map() };
  for (const pair of root.pairs) {
    const { key, value } = pair;
    if (!INDEX_FIELDS.has(key)) {
      if (strict) decoder.error('helm-unknown-field', `unknown field "${key}" in the index`, pair.keyPos, 'Helm refuses fields it does not know in an index');
      continue;
    }
    if (key === 'entries') {
      readEntries(value, decoder, warnings, where, index);
      continue;
    }
    const v = decoder.field(value, key === 'serverInfo' ? 'anyMap' : key === 'publicKeys' ? 'strings' : key === 'annotations' ? 'stringMap' : 'string', key);
    if (v === undefined) continue;
    if (key === 'apiVersion') index.apiVersion = v as string;
    else if (key === 'generated') {
      if (!TIME.test(v as string)) decoder.error('helm-index-time', `generated "${String(v)}" is not a time (RFC 3339)`, value.pos);
      index.generated = v as string;
    } else if (key === 'annotations') index.annotations = v as Record<string, string>;
    else if (key === 'publicKeys') index.publicKeys = v as string[];
    else index.serverInfo = v as Record_;
  }
  if (decoder.errors.length > 0) throw new SlipwayError(decoder.errors);
  if (!index.apiVersion) fail('no API version specified', root.pos, 'an index starts with "apiVersion: v1"');
  for (const [name, list] of index.entries) index.entries.set(name, sortNewestFirst(list, (e) => e.version));
  return { index, warnings, where };
}

function readEntries(node: YNode, decoder: Decoder, warnings: Diagnostic[], where: WeakMap<IndexEntry, Position>, index: IndexFile): void {
  if (isNull(node)) return;
  if (node.kind !== 'map') {
    decoder.error('helm-field-type', 'entries must be a mapping of chart names to lists of versions', node.pos);
    return;
  }
  for (const pair of node.pairs) {
    const list: IndexEntry[] = [];
    index.entries.set(pair.key, list);
    if (isNull(pair.value)) continue;
    if (pair.value.kind !== 'seq') {
      decoder.error('helm-field-type', `entries.${pair.key} must be a list of chart versions`, pair.value.pos);
      continue;
    }
    for (const item of pair.value.items) {
      const skip = (why: string) =>
        warnings.push({ code: 'helm-index-entry-skipped', message: `skipping loading invalid entry for chart "${pair.key}": ${why}`, location: decoder.at(item.pos) });
      if (isNull(item)) {
        skip('empty entry');
        continue;
      }
      if (item.kind !== 'map') {
        decoder.error('helm-field-type', `entries.${pair.key} items must be mappings`, item.pos);
        continue;
      }
      const before = decoder.errors.length;
      const { value, where: fields } = decoder.object(item, ENTRY_SCHEMA, `entries.${pair.key}`);
      const entry = value as IndexEntry;
      if (typeof entry.created === 'string' && !TIME.test(entry.created)) {
        decoder.error('helm-index-time', `created "${entry.created}" is not a time (RFC 3339)`, fields.created ?? item.pos);
      }
      if (decoder.errors.length > before) continue;
      if (!entry.apiVersion) entry.apiVersion = 'v1';
      const problem = validateMetadata(entry);
      // Some registries strip aliases; Helm lets those entries through, and so do we.
      if (problem && !problem.startsWith('more than one dependency with name or alias')) {
        skip(`version "${entry.version ?? ''}": validation: ${problem}`);
        continue;
      }
      where.set(entry, item.pos);
      list.push(entry);
    }
  }
}

/** The index as Helm writes it (see helm-yaml.ts for the layout). */
export function serializeIndex(index: IndexFile): string {
  return [...indexChunks(index)].join('');
}

/**
 * The same text, one chart at a time, for writing as a stream: a large index is never held twice in memory. Keys are
 * in yaml.v2 order: annotations, apiVersion, entries, generated, publicKeys, serverInfo.
 */
export function* indexChunks(index: IndexFile): Generator<string> {
  const before: { [key: string]: YamlValue } = { apiVersion: index.apiVersion };
  if (index.annotations && Object.keys(index.annotations).length > 0) before.annotations = index.annotations;
  yield writeHelmYaml(before);
  const names = [...index.entries.keys()].sort(compareKeys);
  if (names.length === 0) yield 'entries: {}\n';
  else {
    yield 'entries:\n';
    for (const name of names) yield writeHelmYaml({ [name]: index.entries.get(name)! as unknown as YamlValue[] }, 2);
  }
  const after: { [key: string]: YamlValue } = { generated: index.generated };
  if (index.publicKeys && index.publicKeys.length > 0) after.publicKeys = index.publicKeys;
  if (index.serverInfo && Object.keys(index.serverInfo).length > 0) after.serverInfo = index.serverInfo;
  yield writeHelmYaml(after);
}

/** Go's time.Time as JSON (RFC 3339 with nanoseconds, trailing zeros dropped), in UTC. */
export function helmTime(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z').replace(/(\.\d*?)0+Z$/, '$1Z');
}
