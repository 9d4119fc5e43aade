import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isAtLeast, minimumVersions } from './minimum-versions';

const require = createRequire(import.meta.url);
const installed = (name: string): string => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;

describe('installed framework versions', () => {
  for (const [name, minimum] of Object.entries(minimumVersions)) {
    it(`${name} is ${minimum} or newer (known advisories fixed)`, () => {
      const version = installed(name);
      expect(isAtLeast(version, minimum), `${name} ${version} is older than ${minimum}`).toBe(true);
    });
  }

  it('react and react-dom are the same release', () => {
    expect(installed('react-dom')).toBe(installed('react'));
  });
});

describe('isAtLeast', () => {
  it('compares each part as a number', () => {
    expect(isAtLeast('16.10.0', '16.3.3')).toBe(true);
    expect(isAtLeast('16.3.10', '16.3.3')).toBe(true);
    expect(isAtLeast('16.3.3', '16.3.3')).toBe(true);
    expect(isAtLeast('16.3.2', '16.3.3')).toBe(false);
    expect(isAtLeast('15.9.9', '16.3.3')).toBe(false);
    expect(isAtLeast('19.3.0', '19.2.8')).toBe(true);
  });

  it('counts a pre-release as older than its release', () => {
    expect(isAtLeast('16.3.3-canary.1', '16.3.3')).toBe(false);
    expect(isAtLeast('16.4.0-canary.1', '16.3.3')).toBe(true);
  });

  it('refuses what is not a version', () => {
    expect(() => isAtLeast('latest', '16.3.3')).toThrow(/not a version/);
  });
});
