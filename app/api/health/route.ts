/** For a load balancer: the process is up and serving. */
export const dynamic = 'force-static';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
