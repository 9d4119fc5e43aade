import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fullPolicy, inlineScriptHashes, loadPolicy, scriptPolicy, securityHeaders } from './security-headers.mjs';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline script, attributes ignored, in document order', () => {
    const html =
      '<head><script id="_R_">boot()</script></head><body><script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
      '<script>self.__next_f.push([1,"a\\u003c/b"])\n</script></body>';
    expect(inlineScriptHashes(html)).toEqual([
      sha256('boot()'),
      sha256('(self.__next_f=self.__next_f||[]).push([0])'),
      sha256('self.__next_f.push([1,"a\\u003c/b"])\n'),
    ]);
  });

  it('skips scripts loaded from a file and data blocks such as JSON-LD, which CSP does not govern', () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script><script type="application/ld+json">{"@type":"Course"}</script>' +
      '<script type="module">run()</script><SCRIPT type="text/javascript">old()</SCRIPT>';
    expect(inlineScriptHashes(html)).toEqual([sha256('run()'), sha256('old()')]);
  });

  it('names a repeated script once', () => {
    expect(inlineScriptHashes('<script>x()</script><p></p><script>x()</script>')).toEqual([sha256('x()')]);
  });

  it('gives no hash to a page without inline scripts', () => {
    expect(inlineScriptHashes('<p>Ingen scripts</p>')).toEqual([]);
  });
});

describe('policies', () => {
  it('never allows inline scripts by a blanket rule', () => {
    for (const policy of [loadPolicy, scriptPolicy(["'sha256-x'"]), fullPolicy(["'nonce-y'"])]) {
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    }
  });

  it('keeps the load policy free of script rules, so that `next dev` can run its inline scripts', () => {
    const load = directives(loadPolicy);
    expect(load.has('script-src')).toBe(false);
    expect(load.has('default-src')).toBe(false);
    expect(load.get('script-src-attr')).toEqual(["'none'"]);
    expect(load.get('frame-ancestors')).toEqual(["'none'"]);
    expect(load.get('object-src')).toEqual(["'none'"]);
    expect(load.get('base-uri')).toEqual(["'none'"]);
  });

  it('allows the site itself plus exactly the given sources', () => {
    expect(scriptPolicy(["'sha256-a'", "'sha256-b'"])).toBe("script-src 'self' 'sha256-a' 'sha256-b'");
    expect(scriptPolicy([])).toBe("script-src 'self'");
  });

  it('puts script-src first in the full policy, then the load policy', () => {
    const policy = fullPolicy(["'sha256-abc'"]);
    expect(policy.startsWith("script-src 'self' 'sha256-abc';")).toBe(true);
    expect(policy).toContain(loadPolicy);
  });
});

describe('securityHeaders', () => {
  const header = (name: string) => securityHeaders.find(({ key }) => key.toLowerCase() === name)?.value ?? '';

  it('asks for HTTPS for at least six months', () => {
    const maxAge = Number(/max-age=(\d+)/.exec(header('strict-transport-security'))?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(183 * 24 * 3600);
  });

  it('sends the rest of the set the issue asks for', () => {
    expect(header('x-content-type-options')).toBe('nosniff');
    expect(header('referrer-policy')).toBe('no-referrer');
    expect(header('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    // One policy that names the site itself as the only source of scripts: no inline script runs.
    expect(header('content-security-policy')).toBe(fullPolicy([]));
    expect(header('content-security-policy').startsWith("script-src 'self';")).toBe(true);
  });
});
