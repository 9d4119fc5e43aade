/** Every course takes place in Denmark; times are shown and stored as Copenhagen clock time. */
export const centreTimeZone = 'Europe/Copenhagen';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: centreTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Minutes Copenhagen is ahead of UTC at `instant` (60 in winter, 120 in summer). */
export function copenhagenOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  const asIfUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asIfUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

function naiveUtc(wallClock: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(wallClock);
  if (!match) throw new Error(`not a Copenhagen time: ${wallClock}`);
  const [year, month, day, hour = '0', minute = '0'] = match.slice(1);
  return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
}

/**
 * The instant a Copenhagen clock shows `wallClock` (`YYYY-MM-DDTHH:MM` or a
 * date, meaning midnight). Computed with Intl, so the server's own time zone
 * never matters. The offset is looked up twice because the first guess can
 * land on the other side of a summer-time change.
 */
export function copenhagenToUtc(wallClock: string): Date {
  const naive = naiveUtc(wallClock);
  const firstGuess = naive - copenhagenOffsetMinutes(new Date(naive)) * 60_000;
  const offset = copenhagenOffsetMinutes(new Date(firstGuess));
  return new Date(naive - offset * 60_000);
}

/** The first instant after the Copenhagen day `date` (YYYY-MM-DD): when a deadline on that day has passed. */
export function endOfCopenhagenDay(date: string): Date {
  const next = new Date(naiveUtc(date) + 24 * 60 * 60_000);
  return copenhagenToUtc(next.toISOString().slice(0, 10));
}

export type DisplayLocale = 'da' | 'en';

const intlLocale: Record<DisplayLocale, string> = { da: 'da-DK', en: 'en-GB' };

/** Formats an instant as it reads in Copenhagen, in the page's language. */
export function formatInCopenhagen(instant: Date, locale: DisplayLocale, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: centreTimeZone }).format(instant);
}

/** e.g. "tirsdag den 2. marts 2027" / "Tuesday, 2 March 2027". */
export function formatLongDate(instant: Date, locale: DisplayLocale): string {
  return formatInCopenhagen(instant, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** e.g. "09.00" / "09:00". */
export function formatClock(instant: Date, locale: DisplayLocale): string {
  return formatInCopenhagen(instant, locale, { hour: '2-digit', minute: '2-digit' });
}

/** A calendar date (YYYY-MM-DD, no time) as a long date, without shifting it through any time zone. */
export function formatCalendarDate(date: string, locale: DisplayLocale): string {
  return formatLongDate(copenhagenToUtc(`${date}T12:00`), locale);
}

/** `2027-03-02T09:00` → `2027-03-02T09:00:00+01:00`: machine-readable yet still Copenhagen time. */
export function copenhagenIso(wallClock: string): string {
  const offset = copenhagenOffsetMinutes(copenhagenToUtc(wallClock));
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${wallClock}:00${sign}${hours}:${minutes}`;
}

/** The days a run spans, e.g. "23. marts – 6. april 2027"; one day when it starts and ends the same day. */
export function formatDateRange(start: Date, end: Date, locale: DisplayLocale): string {
  const format = new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: centreTimeZone,
  });
  return format.formatRange(start, end);
}
