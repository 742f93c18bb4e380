import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const DIR = path.join(ROOT, 'test/fixtures/compatibility/invalid');

/**
 * Every malformed file and the exact lines `slipway validate` prints for it: file:line:col, the message and the hint.
 * Each line was checked by hand against the fixture: the position is that of the value or key at fault.
 */
const EXPECTED: [string, string[]][] = [
  ['asset-placeholder', [
    'asset-placeholder.yaml:11:11: targets.assets.name uses the unknown placeholder {tag} (hint: use {release}, {bundle}, {version})',
  ]],
  ['bad-component-name', [
    'bad-component-name.yaml:6:11: components[0].name "Core_API" must be lowercase letters, digits and dashes, starting and ending with a letter or digit (at most 63 characters)',
  ]],
  ['bad-range', [
    'bad-range.yaml:10:18: component "core": requirement on llm-serve ">=banana" is not a SemVer range (hint: write a range such as ">=1.2.0 <2.0.0", "^1.2" or "~1.29")',
  ]],
  ['bundle-file-escapes', [
    'bundle-file-escapes.yaml:13:15: bundle "kubernetes": files[0].from "../secrets.txt" is outside the project (hint: paths are relative to compatibility.yaml and stay below it)',
  ]],
  ['bundle-unknown-component', [
    'bundle-unknown-component.yaml:11:24: bundle "kubernetes" lists "cor", which is not a component (hint: did you mean "core"?)',
  ]],
  ['components-not-a-list', [
    'components-not-a-list.yaml:6:3: components must be a list, but is a mapping',
  ]],
  ['duplicate-bundle', [
    'duplicate-bundle.yaml:12:11: bundle "kubernetes" is declared twice (first at duplicate-bundle.yaml:10:11) (hint: bundle names are unique: rename or remove one)',
  ]],
  ['duplicate-component', [
    'duplicate-component.yaml:9:11: component "core" is declared twice (first at duplicate-component.yaml:6:11) (hint: component names are unique: rename or remove one)',
  ]],
  ['duplicate-key', [
    'duplicate-key.yaml:9:5: duplicate key: "version" is given twice in the same mapping (hint: YAML keeps only one of them; remove or rename the other)',
  ]],
  ['empty', [
    'empty.yaml:1:1: the file is empty (hint: start with apiVersion: slipway/v1)',
  ]],
  ['ghcr-owner-uppercase', [
    'ghcr-owner-uppercase.yaml:11:12: targets.ghcr.owner "Acme" must be lowercase: GHCR rejects image names with capitals',
  ]],
  ['image-platform-format', [
    'image-platform-format.yaml:10:19: components[0].image.platforms[0] "amd64" must be OS/ARCH[/VARIANT], e.g. linux/amd64',
  ]],
  ['many-errors', [
    'many-errors.yaml:6:16: kubernetes 1.28 does not satisfy core\'s requirement >=1.29.0 (many-errors.yaml:13:19) (hint: remove 1.28 from platforms.kubernetes or widen core\'s range)',
    'many-errors.yaml:6:24: platforms.kubernetes[1] is written 1.30, which YAML reads as the number 1.3 (hint: quote it: "1.30")',
    'many-errors.yaml:16:14: llm-serve 0.4.0 does not satisfy core\'s requirement >=0.3.0 <0.4.0 (many-errors.yaml:12:18) (hint: change llm-serve\'s version or core\'s range)',
    'many-errors.yaml:17:5: unknown key "descripton" in components[1] (hint: did you mean "description"?)',
  ]],
  ['missing-release-name', [
    'missing-release-name.yaml:3:3: release is missing the required key "name"',
  ]],
  ['missing-source', [
    `missing-source.yaml:9:13: component "core": source "charts/core" does not exist (hint: looked for ${path.join(DIR, 'charts/core')})`,
  ]],
  ['no-components', [
    'no-components.yaml:5:13: components must not be empty',
  ]],
  ['pages-url', [
    'pages-url.yaml:11:10: targets.pages.url "not a url" is not a URL (hint: write an absolute URL, e.g. https://acme.github.io/platform)',
  ]],
  ['platform-component-clash', [
    'platform-component-clash.yaml:6:3: "core" is both a platform and a component (hint: a requirement names one or the other: rename one of them)',
  ]],
  ['platform-version-twice', [
    'platform-version-twice.yaml:6:24: platforms.kubernetes lists 1.30.0 twice',
  ]],
  ['platform-versions-unquoted', [
    'platform-versions-unquoted.yaml:6:16: platforms.kubernetes[0] must be a string, but YAML reads 1.29 as a number (hint: quote it: "1.29")',
    'platform-versions-unquoted.yaml:6:22: platforms.kubernetes[1] is written 1.30, which YAML reads as the number 1.3 (hint: quote it: "1.30")',
  ]],
  ['range-read-as-number', [
    'range-read-as-number.yaml:12:19: components[0].requires.kubernetes must be a string, but YAML reads 1.29 as a number (hint: quote it: "1.29")',
  ]],
  ['release-version-not-semver', [
    'release-version-not-semver.yaml:4:12: release.version "latest" is not a SemVer version (hint: a version is MAJOR.MINOR.PATCH, optionally followed by -prerelease and +build (SemVer 2); or write "tag" to take it from the release tag)',
  ]],
  ['self-requirement', [
    'self-requirement.yaml:10:7: component "core" requires itself (hint: remove this requirement)',
  ]],
  ['settings-of-other-kind', [
    'settings-of-other-kind.yaml:9:5: component "core" is of kind chart, but has "image" settings, which only an image component takes (hint: remove "image" or change kind to image)',
  ]],
  ['tab-indentation', [
    'tab-indentation.yaml:7:1: YAML: Tabs are not allowed as indentation',
  ]],
  ['unknown-component-key', [
    'unknown-component-key.yaml:6:5: components[0] is missing the required key "version"',
    'unknown-component-key.yaml:8:5: unknown key "verison" in components[0] (hint: did you mean "version"?)',
  ]],
  ['unknown-kind', [
    'unknown-kind.yaml:7:11: components[0].kind is "imag", which is not one of: chart, image, compose, terraform, files, installer (hint: did you mean "image"?)',
  ]],
  ['unknown-reference', [
    'unknown-reference.yaml:10:7: component "core" requires "llm-serv", which is neither a component nor a platform (hint: did you mean "llm-serve"?)',
  ]],
  ['unknown-top-level-key', [
    'unknown-top-level-key.yaml:1:1: the file is missing the required key "components"',
    'unknown-top-level-key.yaml:5:1: unknown key "componets" in the file (hint: did you mean "components"?)',
  ]],
  ['unsatisfied-component', [
    'unsatisfied-component.yaml:13:14: llm-serve 0.4.0 does not satisfy core\'s requirement >=0.3.0 <0.4.0 (unsatisfied-component.yaml:10:18) (hint: change llm-serve\'s version or core\'s range)',
  ]],
  ['unsatisfied-platform', [
    'unsatisfied-platform.yaml:6:16: kubernetes 1.28 does not satisfy core\'s requirement >=1.29.0 (unsatisfied-platform.yaml:12:19) (hint: remove 1.28 from platforms.kubernetes or widen core\'s range)',
  ]],
  ['upgrade-code', [
    'upgrade-code.yaml:10:20: components[0].installer.upgradeCode "not-a-guid" must be a GUID such as 8f9e6a52-3c1b-4d55-9a0e-2b7f0c6d1e43',
  ]],
  ['version-read-as-number', [
    'version-read-as-number.yaml:8:14: components[0].version is written 1.10, which YAML reads as the number 1.1 (hint: quote it: "1.10")',
  ]],
  ['version-two-parts', [
    'version-two-parts.yaml:8:14: component "core": version "1.2" is not a SemVer version (hint: a component version needs three parts: 1.2.0)',
  ]],
  ['version-with-v', [
    'version-with-v.yaml:8:14: component "core": version "v1.2.3" is not a SemVer version (hint: drop the leading "v": 1.2.3)',
  ]],
  ['wrong-api-version', [
    'wrong-api-version.yaml:1:13: apiVersion is "slipway/v2", which is not one of: slipway/v1 (hint: did you mean "slipway/v1"?)',
  ]],
  ['yaml-syntax', [
    'yaml-syntax.yaml:8:14: YAML: this double-quoted string is never closed (hint: end it with " on the same line)',
  ]],
];

describe('slipway validate on malformed compatibility files', () => {
  it('has an expectation for every fixture, and at least 25 of them', () => {
    const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
    expect(EXPECTED.map(([name]) => name).sort()).toEqual(fixtures);
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  it.each(EXPECTED)('%s', (name, lines) => {
    const r = runCli(['validate', '--config', `${name}.yaml`], { cwd: DIR });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${lines.join('\n')}\n`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports the same problems as JSON with --json, with code, location and hint', () => {
    const r = runCli(['validate', '--config', 'unsatisfied-component.yaml', '--json'], { cwd: DIR });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      errors: [
        {
          code: 'unsatisfied',
          message: "llm-serve 0.4.0 does not satisfy core's requirement >=0.3.0 <0.4.0 (unsatisfied-component.yaml:10:18)",
          location: { file: 'unsatisfied-component.yaml', line: 13, col: 14 },
          hint: "change llm-serve's version or core's range",
        },
      ],
    });
  });
});
