import { forbidden } from 'next/navigation';

// proxy.ts sends a signed-in person without the right here; the answer is 403 (app/admin/forbidden.tsx).
export const dynamic = 'force-dynamic';

export default function NoAccess() {
  forbidden();
}
