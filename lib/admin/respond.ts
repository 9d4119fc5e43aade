import { plainPage } from '@/lib/auth/plain-page';
import { seeOther } from '@/lib/auth/see-other';
import da from '@/messages/da.json' with { type: 'json' };

/** After an action: back to the page it was done from, with a word about what happened. */
export function doneRedirect(path: string, outcome: keyof typeof da.Admin.done): Response {
  return seeOther(`${path}?udfoert=${encodeURIComponent(outcome)}`);
}

/** An action on a registration, run or message that does not exist (or no longer does). */
export function notFoundPage(): Response {
  return plainPage({
    status: 404,
    title: da.Admin.notFound.title,
    text: da.Admin.notFound.text,
    next: { kind: 'link', href: '/admin', label: da.Admin.backToOverview },
  });
}

export function isDoneOutcome(value: unknown): value is keyof typeof da.Admin.done {
  return typeof value === 'string' && Object.hasOwn(da.Admin.done, value);
}
