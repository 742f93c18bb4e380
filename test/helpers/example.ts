import path from 'node:path';
import { parseMatrix } from '../../src/matrix/load.js';
import type { Matrix } from '../../src/matrix/model.js';
import { ROOT } from './run-cli.js';

export const EXAMPLE = path.join(ROOT, 'examples/platform');
export const EXAMPLE_CONFIG = path.join(EXAMPLE, 'compatibility.yaml');

/** Parses a compatibility file written inline in a test, as if it lived at `dir`/compatibility.yaml. */
export function matrixFrom(text: string, dir = EXAMPLE): Matrix {
  const result = parseMatrix(path.join(dir, 'compatibility.yaml'), text, 'compatibility.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.value;
}
