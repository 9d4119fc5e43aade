import { adviceHealth } from '@/lib/advice/service';

/**
 * For a load balancer: the process is up and serving, so always 200. The details say what needs
 * a person: advice requests whose e-mails have not been accepted within the alert time make the
 * status `degraded` (the log has their references). Read per request from the database.
 */
export const dynamic = 'force-dynamic';

export async function GET() {
  let advice: { undelivered: number } | { error: string };
  try {
    advice = await adviceHealth();
  } catch (error) {
    // The process still serves pages; a database it cannot reach is a detail, not a failed check.
    console.error('health: advice requests could not be counted', error);
    advice = { error: 'database unavailable' };
  }
  const degraded = 'error' in advice || advice.undelivered > 0;
  return Response.json({ status: degraded ? 'degraded' : 'ok', details: { advice } }, { headers: { 'Cache-Control': 'no-store' } });
}
