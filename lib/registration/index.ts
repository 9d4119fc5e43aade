/**
 * Course registration: seats, holds, the waiting list, e-mail links and the
 * scheduled job. The pages call only what is exported here.
 */
export { register, type RegisterOptions } from './register';
export { acceptOffer, cancel, confirm, type CancelOptions } from './links';
export { runMaintenance, deletePastRetention, type MaintenanceOptions, type MaintenanceReport } from './maintenance';
export { availability, availabilityState, receiptStatus, type AvailabilityState, type RunAvailability } from './queries';
export { startBackgroundJobs, type BackgroundJobOptions, type BackgroundJobs } from './jobs';
export { registrationSettings, type RegistrationSettings } from './settings';
export { runKey } from './runs';
export { rateLimit, type RateLimitOptions } from '@/lib/db/rate-limit';
export { getDb, closeDb, migrateToLatest } from '@/lib/db';
export type * from './types';
