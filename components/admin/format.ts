import { formatDateRange, formatInCopenhagen } from '@/lib/courses/time';

/** Dates as staff read them in the back office: Danish, Copenhagen time. */
export const when = (instant: Date) => formatInCopenhagen(instant, 'da', { dateStyle: 'medium', timeStyle: 'short' });
export const day = (instant: Date) => formatInCopenhagen(instant, 'da', { dateStyle: 'medium' });
export const dates = (start: Date, end: Date) => formatDateRange(start, end, 'da');
