/**
 * The oldest releases the portal may run, because each older one carries a published
 * vulnerability. The registry here offers no audit, so minimum-versions.test.ts checks the
 * installed packages against this list. Raise a floor when a new advisory names a fixed release.
 */
export const minimumVersions = {
  /**
   * Next.js bundles its own copy of the React Server Components runtime, so its floor also covers
   * the RSC advisories below. 16.3.3 is the first release with every fix listed here:
   * - CVE-2025-55182 / CVE-2025-66478 (Dec 2025): unauthenticated remote code execution through
   *   the RSC "Flight" protocol ("React2Shell"), and its follow-ups CVE-2025-55183 (source
   *   exposure), CVE-2025-55184 and CVE-2025-67779 (denial of service), CVE-2026-23864 (Jan 2026),
   *   CVE-2026-23869 (Apr 2026), CVE-2026-23870 (May 2026), CVE-2026-44907 (Jul 2026).
   * - May 2026 (fixed in 16.2.5/16.2.6): proxy/middleware bypasses CVE-2026-44575
   *   (GHSA-267c-6grr-h53f, segment-prefetch URLs), GHSA-26hh-7cqf-hhc6 (its incomplete fix),
   *   CVE-2026-44574 (GHSA-492v-c6pp-mqqv, dynamic parameter injection); RSC cache poisoning
   *   CVE-2026-44576 (GHSA-wfc6-r584-vfw7); image optimiser memory exhaustion CVE-2026-44577.
   * - August 2026 (fixed in 16.3.3): remote code execution in the image optimiser through AVIF
   *   (GHSA-2xp9-vwfh-vxw4) and on Windows hosts (CVE-2026-75604, GHSA-p293-qw3h-jr36).
   */
  next: '16.3.3',
  /**
   * React's own packages: 19.2.8 (July 2026) is the first release with the fix for
   * CVE-2026-44907 (GHSA-wx67-qw84-cm4g), the last of the RSC advisories above; every earlier
   * 19.x line is affected by at least one of them. 19.3.0 (September 2026) was cut after it.
   */
  react: '19.2.8',
  'react-dom': '19.2.8',
} as const;

type Version = [number, number, number, string];

function parse(version: string): Version {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([\w.-]+))?/.exec(version);
  if (!match) throw new Error(`not a version: ${version}`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] ?? ''];
}

/** Whether `installed` is `minimum` or newer; a pre-release counts as older than its release. */
export function isAtLeast(installed: string, minimum: string): boolean {
  const a = parse(installed);
  const b = parse(minimum);
  for (let i = 0; i < 3; i += 1) {
    if (a[i] !== b[i]) return (a[i] as number) > (b[i] as number);
  }
  return a[3] === '' || b[3] !== '';
}
