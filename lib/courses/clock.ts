/**
 * The time the catalogue is seen at. PORTAL_NOW (an ISO time) pins it, so
 * end-to-end tests on fixture content give the same archive on any day.
 */
export function currentTime(env: Partial<Record<string, string>> = process.env): Date {
  const pinned = env.PORTAL_NOW;
  if (pinned) {
    const date = new Date(pinned);
    if (Number.isNaN(date.getTime())) throw new Error(`PORTAL_NOW is not a time: ${pinned}`);
    return date;
  }
  return new Date();
}
