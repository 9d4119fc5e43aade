import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getContent } from '@/lib/content';
import { splitRunKey } from '@/lib/registration/runs';
import { loadParticipant, loadParticipants, waitingList } from './participants';
import { findPortalRun, loadStoredRuns, runRow } from './runs';
import { staffContext, type StaffContext } from './service';

/** A registration with its run, for the participant pages; unknown → 404. Once per request. */
export const loadParticipantOr404 = cache(async (id: string) => {
  const context = await staffContext();
  const participant = await loadParticipant(context.db, id);
  if (!participant) notFound();
  const { courseSlug, runId } = splitRunKey(participant.runKey);
  const found = findPortalRun(getContent().courses, courseSlug, runId);
  if (!found) notFound();
  const stored = await loadStoredRuns(context.db);
  const row = runRow(found.course, found.run, stored.get(participant.runKey));
  return { participant, row };
});

/** The people who could take over a seat this person frees: the run's waiting list, in order. */
export async function successorsOf(context: StaffContext, runKey: string) {
  return waitingList(await loadParticipants(context.db, runKey));
}

const active = new Set(['held', 'confirmed', 'waiting', 'offered']);

/** Which actions fit a registration in its state. */
export function availableActions(status: string): { cancel: boolean; offer: boolean; resend: boolean } {
  return { cancel: active.has(status), offer: status === 'waiting', resend: active.has(status) };
}
