import { describe, expect, it } from 'vitest';
import { renderDiagnostic, wantsColor } from '../../src/cli/terminal.js';

const tty = { isTTY: true } as NodeJS.WriteStream;
const pipe = { isTTY: false } as NodeJS.WriteStream;

describe('colours', () => {
  it('only on a terminal, never with NO_COLOR, --no-color or TERM=dumb', () => {
    expect(wantsColor(tty, {}, true)).toBe(true);
    expect(wantsColor(pipe, {}, true)).toBe(false);
    expect(wantsColor(tty, { NO_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor(tty, {}, false)).toBe(false);
    expect(wantsColor(tty, { TERM: 'dumb' }, true)).toBe(false);
  });

  it('the same words with and without colour', () => {
    const d = { code: 'x', message: 'bad', location: { file: 'f.yaml', line: 2, col: 3 }, hint: 'fix it' };
    expect(renderDiagnostic(d, false)).toBe('f.yaml:2:3: bad (hint: fix it)');
    expect(renderDiagnostic(d, true).replace(/\u001b\[\d+m/g, '')).toBe('f.yaml:2:3: bad (hint: fix it)');
  });
});
