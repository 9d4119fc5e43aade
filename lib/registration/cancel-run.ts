import type { Transaction } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { enqueueMail } from '@/lib/mail/outbox';
import { recordEvent } from './history';
import { splitRunKey } from './runs';
import type { ComposeMail } from './types';

const active = ['held', 'confirmed', 'waiting', 'offered'] as const;

/**
 * Ends every registration on a cancelled run and tells each person, in the caller's transaction
 * (which holds the run's row). The run's counters go to zero: nobody holds a seat on it now.
 * `actor` is the staff member who cancelled it, or null when the content did.
 */
export async function cancelEveryoneOnRun(
  trx: Transaction<Database>,
  key: string,
  context: { now: Date; mail: ComposeMail; actor: string | null },
): Promise<number> {
  const stamp = context.now.toISOString();
  const people = await trx
    .selectFrom('registrations')
    .select(['id', 'name', 'email', 'locale'])
    .where('run_id', '=', key)
    .where('status', 'in', active)
    .orderBy('created_at')
    .execute();
  await trx
    .updateTable('registrations')
    .set({ status: 'cancelled', ended_at: stamp })
    .where('run_id', '=', key)
    .where('status', 'in', active)
    .execute();
  await trx.updateTable('runs').set({ cancelled: 1, taken: 0, waiting: 0 }).where('id', '=', key).execute();
  const { courseSlug, runId } = splitRunKey(key);
  for (const person of people) {
    const mail = context.mail({ kind: 'run-cancelled', locale: person.locale, name: person.name, courseSlug, runId });
    await enqueueMail(trx, person.email, mail, context.now, person.id);
    await recordEvent(trx, person.id, 'run-cancelled', context.now, context.actor);
  }
  return people.length;
}
