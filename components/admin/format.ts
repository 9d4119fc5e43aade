import { formatDateRange, formatInCopenhagen, copenhagenToUtc } from '@/lib/courses/time';

/** Dates as staff read them in the back office: Danish, Copenhagen time. */
export const when = (instant: Date) => formatInCopenhagen(instant, 'da', { dateStyle: 'medium', timeStyle: 'short' });
/** A calendar date (YYYY-MM-DD) as a short Danish date, without shifting it through a time zone. */
export const day = (date: string) => formatInCopenhagen(copenhagenToUtc(`${date}T12:00`), 'da', { dateStyle: 'medium' });
export const dates = (start: Date, end: Date) => formatDateRange(start, end, 'da');
