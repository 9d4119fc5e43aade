import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ConfirmForm } from '@/components/admin/ConfirmForm';
import { StaffBar } from '@/components/admin/StaffBar';
import { SuccessorChoice } from '@/components/admin/SuccessorChoice';
import { availableActions, loadParticipantOr404, successorsOf } from '@/lib/admin/participant-page';
import { adminPaths, isParticipantAction } from '@/lib/admin/paths';
import { hasFreeSeat } from '@/lib/admin/runs';
import { staffContext } from '@/lib/admin/service';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string; handling: string }> };

const keyOf = { afmeld: 'cancel', tilbyd: 'offer', 'send-igen': 'resend' } as const;

async function load(props: Props) {
  const { id, handling } = await props.params;
  if (!isParticipantAction(handling)) notFound();
  const context = await staffContext();
  const { participant, row } = await loadParticipantOr404(id);
  const key = keyOf[handling];
  // An action that does not fit the registration's state is not there to confirm.
  if (!availableActions(participant.status)[key]) notFound();
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return { context, participant, row, handling, key, t, title: t(`actions.${key}.title`, { name: participant.name }) };
}

export async function generateMetadata(props: Props) {
  return { title: (await load(props)).title };
}

export default async function ConfirmParticipantAction(props: Props) {
  const { context, participant, row, handling, key, t, title } = await load(props);
  const here = adminPaths.participantAction(participant.id, handling);
  const back = { href: adminPaths.participant(participant.id), label: t('actions.back') };
  const holdsSeat = participant.status !== 'waiting';
  const successors = key === 'cancel' && holdsSeat ? await successorsOf(context, participant.runKey) : [];
  if (key === 'offer' && !hasFreeSeat(row)) {
    return (
      <>
        <StaffBar session={context.session} current="runs" />
        <h1>{title}</h1>
        <p>{t('actions.offer.full')}</p>
        <p>
          <a href={back.href}>{back.label}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <StaffBar session={context.session} current="runs" />
      <h1>{title}</h1>
      <p>{t(`actions.${key}.text`, { name: participant.name, status: t(`status.${participant.status}`) })}</p>
      <ConfirmForm action={adminPaths.perform(here)} session={context.session} button={t(`actions.${key}.button`)} back={back}>
        {successors.length > 0 && <SuccessorChoice successors={successors} />}
      </ConfirmForm>
    </>
  );
}
