/** The back office's addresses, in one place (lib/site/routes.mjs lists them for the server). */
export const adminPaths = {
  overview: '/admin',
  outbox: '/admin/udbakke',
  audit: '/admin/log',
  run: (course: string, run: string) => `/admin/kurser/${encodeURIComponent(course)}/${encodeURIComponent(run)}`,
  runCsv: (course: string, run: string) => `${adminPaths.run(course, run)}/deltagere.csv`,
  cancelRun: (course: string, run: string) => `${adminPaths.run(course, run)}/aflys`,
  participant: (id: string) => `/admin/tilmeldinger/${encodeURIComponent(id)}`,
  participantAction: (id: string, action: ParticipantAction) => `${adminPaths.participant(id)}/${action}`,
  retry: (id: string) => `/admin/udbakke/${encodeURIComponent(id)}/proev-igen`,
  /** The POST address behind a confirmation page. */
  perform: (confirmPage: string) => `${confirmPage}/udfoer`,
};

export const participantActions = ['afmeld', 'tilbyd', 'send-igen'] as const;
export type ParticipantAction = (typeof participantActions)[number];

export function isParticipantAction(value: string): value is ParticipantAction {
  return (participantActions as readonly string[]).includes(value);
}

/** A run's key (`<course>/<run>`) as its back-office address. */
export function runPathOf(runKey: string): string {
  const slash = runKey.indexOf('/');
  return adminPaths.run(runKey.slice(0, slash), runKey.slice(slash + 1));
}
