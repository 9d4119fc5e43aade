import { getTranslations } from 'next-intl/server';
import { DoneNotice } from '@/components/admin/DoneNotice';
import { dates, when } from '@/components/admin/format';
import { HistoryTable } from '@/components/admin/HistoryTable';
import { StaffBar } from '@/components/admin/StaffBar';
import { availableActions, loadParticipantOr404 } from '@/lib/admin/participant-page';
import { adminPaths } from '@/lib/admin/paths';
import { staffContext } from '@/lib/admin/service';
import { registrationHistory } from '@/lib/registration/history';
import { placeInLine } from '@/lib/registration/queries';
import da from '@/messages/da.json' with { type: 'json' };

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { participant, row } = await loadParticipantOr404((await params).id);
  return { title: `${participant.name}, ${row.courseTitle}` };
}

export default async function ParticipantPage({ params, searchParams }: Props) {
  const context = await staffContext();
  const { participant, row } = await loadParticipantOr404((await params).id);
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  const history = await registrationHistory(context.db, participant.id);
  const place =
    participant.status === 'waiting' && participant.waitingSeq !== null
      ? await placeInLine(context.db, participant.runKey, participant.waitingSeq)
      : 0;
  const actions = availableActions(participant.status);
  const kinds = da.Registration.organisationKinds as Record<string, string>;
  const details: [string, string | null][] = [
    [t('columns.status'), t(`status.${participant.status}`) + (place ? ` (${t('columns.place').toLowerCase()}: ${place})` : '')],
    [t('columns.email'), participant.email],
    [t('columns.phone'), participant.phone],
    [t('columns.organisationKind'), kinds[participant.organisationKind] ?? participant.organisationKind],
    [t('columns.organisation'), participant.organisation],
    [t('columns.role'), participant.role],
    [t('columns.note'), participant.note],
    [t('columns.registered'), when(participant.registeredAt)],
  ];
  return (
    <>
      <StaffBar session={context.session} current="runs" />
      <p>
        <a href={adminPaths.run(row.courseSlug, row.runId)}>
          {t('participant.backToRun')}: {row.courseTitle}, {dates(row.start, row.end)}
        </a>
      </p>
      <h1>{participant.name}</h1>
      <DoneNotice outcome={(await searchParams).udfoert} />
      <h2>{t('participant.details')}</h2>
      <dl className="admin-figures">
        {details
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <h2>{t('participant.actions')}</h2>
      {actions.cancel || actions.offer || actions.resend ? (
        <ul className="admin-links">
          {actions.cancel && (
            <li>
              <a href={adminPaths.participantAction(participant.id, 'afmeld')}>{t('actions.cancel.link')}</a>
            </li>
          )}
          {actions.offer && (
            <li>
              <a href={adminPaths.participantAction(participant.id, 'tilbyd')}>{t('actions.offer.link')}</a>
            </li>
          )}
          {actions.resend && (
            <li>
              <a href={adminPaths.participantAction(participant.id, 'send-igen')}>{t('actions.resend.link')}</a>
            </li>
          )}
        </ul>
      ) : (
        <p>{t('participant.noActions')}</p>
      )}
      <h2>{t('participant.history')}</h2>
      <HistoryTable history={history} />
    </>
  );
}
