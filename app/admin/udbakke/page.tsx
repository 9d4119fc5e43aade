import { getTranslations } from 'next-intl/server';
import { DoneNotice } from '@/components/admin/DoneNotice';
import { OutboxTable } from '@/components/admin/OutboxTable';
import { StaffBar } from '@/components/admin/StaffBar';
import { loadOutbox } from '@/lib/admin/outbox';
import { staffContext } from '@/lib/admin/service';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return { title: t('outbox.title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Outbox({ searchParams }: Props) {
  const context = await staffContext();
  const outbox = await loadOutbox(context.db);
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  const parts = [
    { kind: 'failed', heading: t('outbox.failed'), messages: outbox.failed },
    { kind: 'waiting', heading: t('outbox.waiting'), messages: outbox.waiting },
    { kind: 'sent', heading: t('outbox.sent'), messages: outbox.sent },
  ] as const;
  return (
    <>
      <StaffBar session={context.session} current="outbox" />
      <h1>{t('outbox.title')}</h1>
      <DoneNotice outcome={(await searchParams).udfoert} />
      <p>{t('outbox.lead')}</p>
      {parts.map((part) => (
        <section key={part.kind} aria-labelledby={`outbox-${part.kind}`}>
          <h2 id={`outbox-${part.kind}`}>
            {part.heading} ({part.messages.length})
          </h2>
          <OutboxTable heading={part.heading} messages={[...part.messages]} session={context.session} kind={part.kind} />
        </section>
      ))}
    </>
  );
}
