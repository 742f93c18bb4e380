import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import schema from '../../schema/compatibility.schema.json' with { type: 'json' };
import { EXAMPLE, EXAMPLE_CONFIG, matrixFrom } from '../helpers/example.js';
import { ROOT } from '../helpers/run-cli.js';

describe('compatibility.yaml, the model', () => {
  it('fills defaults and resolves paths against the file', () => {
    const m = matrixFrom(`apiVersion: slipway/v1
release: { name: demo, version: 1.0.0 }
components:
  - { name: core, kind: chart, version: 0.1.0, source: charts/gateway }
`);
    expect(m.release).toMatchObject({ name: 'demo', version: '1.0.0', tagPrefix: 'v' });
    expect(m.components[0]!.source).toBe(path.join(EXAMPLE, 'charts/gateway'));
    expect(m.targets).toEqual({ assets: { name: '{bundle}-{version}' } });
    expect(m.bundles).toEqual([]);
  });

  it('keeps where each requirement and platform version is written', () => {
    const m = matrixFrom(readFileSync(EXAMPLE_CONFIG, 'utf8'));
    const gateway = m.components.find((c) => c.name === 'gateway')!;
    expect(gateway.requires.find((r) => r.target === 'kubernetes')).toEqual({
      target: 'kubernetes', range: '>=1.29.0 <1.32.0', location: { file: 'compatibility.yaml', line: 45, col: 19 },
    });
    expect(m.platforms[0]!.versions[1]).toEqual({ version: '1.30', semver: '1.30.0', location: { file: 'compatibility.yaml', line: 14, col: 24 } });
    expect(m.targets.pages).toEqual({ branch: 'gh-pages', url: 'https://acme.github.io/platform/charts', path: 'charts' });
    expect(m.targets.ghcr).toEqual({ registry: 'ghcr.io', owner: 'acme' });
  });

  it('accepts prereleases of components within plain ranges', () => {
    expect(() => matrixFrom(`apiVersion: slipway/v1
release: { name: demo, version: 2.0.0-rc.1 }
components:
  - { name: a, kind: image, version: 1.5.0-rc.1 }
  - { name: b, kind: chart, version: 1.0.0, requires: { a: ">=1.4.0 <2.0.0" } }
`)).not.toThrow();
  });
});

describe('the published JSON Schema', () => {
  it('is a valid draft-07 schema that the example satisfies', () => {
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(schema);
    expect(validate(parse(readFileSync(EXAMPLE_CONFIG, 'utf8')))).toBe(true);
  });

  it('is what the example points editors at', () => {
    expect(readFileSync(EXAMPLE_CONFIG, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/compatibility.schema.json');
    expect(path.resolve(EXAMPLE, '../../schema/compatibility.schema.json')).toBe(path.join(ROOT, 'schema/compatibility.schema.json'));
  });
});

describe('defaults', () => {
  it('defaults.image.platforms applies to image components that name no platforms of their own', async () => {
    const { buildPlan } = await import('../../src/release/plan.js');
    const m = matrixFrom(`apiVersion: slipway/v1
release: { name: demo, version: 1.0.0 }
defaults:
  image:
    platforms: [linux/amd64, linux/arm64]
components:
  - { name: a, kind: image, version: 1.0.0 }
  - { name: b, kind: image, version: 1.0.0, image: { platforms: [linux/s390x] } }
`);
    const plan = buildPlan(m, { version: '1.0.0', tag: 'v1.0.0', prerelease: false, draft: false, source: 'config' }, EXAMPLE);
    expect(plan.jobs.image.map((j) => j.id)).toEqual(['image-a-linux-amd64', 'image-a-linux-arm64', 'image-b-linux-s390x']);
    expect(plan.jobs.image[2]!.runner).toBe('ubuntu-latest');
  });
});
