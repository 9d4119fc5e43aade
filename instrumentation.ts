/**
 * Next.js calls register() once when a server process starts. Course registration's background
 * jobs run in the Node.js runtime of a running server, never during `next build`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startRegistrationJobs } = await import('./lib/forms/jobs');
  await startRegistrationJobs();
}
