// Cold start: `slipway --version` against `node -e 0`, the floor any Node CLI pays. Goal: under 150 ms more.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { both, measureCommand, ms, report } from './measure.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const node = measureCommand(process.execPath, ['-e', '0'], { runs: 21 });
const slipway = measureCommand(process.execPath, [path.join(root, 'bin/slipway.js'), '--version'], { runs: 21 });
const help = measureCommand(process.execPath, [path.join(root, 'bin/slipway.js'), '--help'], { runs: 21 });
const extra = slipway.wall - node.wall;
report('startup (median of 21 runs)', [
  ['node -e 0', both(node)],
  ['slipway --version', both(slipway)],
  ['slipway --help', both(help)],
  ['slipway --version minus node -e 0 (goal < 150 ms)', `${ms(extra)} ${extra < 150 ? 'ok' : 'OVER GOAL'}`],
  ['ratio slipway --version / node -e 0 (wall)', `${(slipway.wall / node.wall).toFixed(2)}x`],
]);
