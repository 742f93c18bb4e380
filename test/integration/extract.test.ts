import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeRawTarGz, type RawEntry } from '../helpers/hostile-tar.js';
import { runCli } from '../helpers/run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'slipway-extract-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
function attempt(entries: RawEntry[]) {
  const dir = path.join(tmp, `case-${++n}`);
  mkdirSync(dir);
  const archive = path.join(dir, 'hostile.tar.gz');
  writeRawTarGz(archive, entries);
  const dest = path.join(dir, 'dest');
  const r = runCli(['extract', archive, '--dest', dest, '--json']);
  return { r, dir, dest };
}

const file = (p: string, body = 'x'): RawEntry => ({ path: p, type: 'File', body });

describe('slipway extract refuses hostile archives whole', () => {
  const cases: [string, RawEntry[], string, string][] = [
    ['a path climbing out with ../', [file('top/ok.txt'), file('top/../../evil.txt')], 'extract-path-escape', '"top/../../evil.txt" climbs out of the destination'],
    ['an absolute path', [file('/tmp/evil-absolute.txt')], 'extract-absolute-path', '"/tmp/evil-absolute.txt" is an absolute path'],
    ['a symlink escaping the destination', [{ path: 'top/etc', type: 'SymbolicLink', linkpath: '../../../etc' }], 'extract-link-escape', '"top/etc" is a link to "../../../etc", outside the destination'],
    ['an absolute symlink', [{ path: 'top/passwd', type: 'SymbolicLink', linkpath: '/etc/passwd' }], 'extract-link-escape', 'is a link to "/etc/passwd"'],
    ['a write through a symlink', [{ path: 'top/here', type: 'SymbolicLink', linkpath: '.' }, file('top/here/x.txt')], 'extract-link-escape', '"top/here/x.txt" would be written through the link top/here'],
    ['a symlink leading out through another link', [{ path: 'a', type: 'SymbolicLink', linkpath: '.' }, { path: 'b', type: 'SymbolicLink', linkpath: 'a/..' }], 'extract-link-escape', '"b" leads outside the destination through other links'],
    ['a hard link escaping the destination', [{ path: 'top/shadow', type: 'Link', linkpath: '../../etc/shadow' }], 'extract-path-escape', '"top/shadow" climbs out'],
    ['a hard link to an absolute path', [{ path: 'top/shadow', type: 'Link', linkpath: '/etc/shadow' }], 'extract-absolute-path', '"top/shadow" is an absolute path'],
    ['a device file', [file('top/ok.txt'), { path: 'top/null', type: 'CharacterDevice' }], 'extract-special-file', '"top/null" is a CharacterDevice entry, which is never extracted'],
    ['a FIFO', [{ path: 'top/pipe', type: 'FIFO' }], 'extract-special-file', '"top/pipe" is a FIFO entry'],
  ];
  for (const [name, entries, code, message] of cases) {
    it(name, () => {
      const { r, dir, dest } = attempt(entries);
      expect(r.code).toBe(1);
      const errors = JSON.parse(r.stdout).errors;
      expect(errors[0].code).toBe(code);
      expect(errors[0].message).toContain(message);
      // Nothing was extracted, not even the harmless entries before the hostile one, and nothing is left over.
      expect(existsSync(dest)).toBe(false);
      expect(readdirSync(dir)).toEqual(['hostile.tar.gz']);
      expect(existsSync(path.join(tmp, 'evil.txt'))).toBe(false);
    });
  }

  it('extracts links that stay inside', () => {
    const { r, dest } = attempt([
      { path: 'top/', type: 'Directory' },
      file('top/a.txt', 'hello'),
      { path: 'top/b.txt', type: 'SymbolicLink', linkpath: 'a.txt' },
      { path: 'top/c.txt', type: 'Link', linkpath: 'top/a.txt' },
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ dest, files: 1, directories: 1, links: 2 });
  });
});
