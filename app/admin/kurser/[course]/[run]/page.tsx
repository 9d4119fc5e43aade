import { getTranslations } from 'next-intl/server';
import { dates } from '@/components/admin/format';
import { DoneNotice } from '@/components/admin/DoneNotice';
import { ParticipantFilter } from '@/components/admin/ParticipantFilter';
import { ParticipantTable } from '@/components/admin/ParticipantTable';
import { RunFigures } from '@/components/admin/RunFigures';
import { StaffBar } from '@/components/admin/StaffBar';
import { loadParticipants, parseParticipantQuery, selectParticipants } from '@/lib/admin/participants';
import { adminPaths } from '@/lib/admin/paths';
import { loadRunPage } from '@/lib/admin/run-page';
import { staffContext } from '@/lib/admin/service';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ course: string; run: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { row } = await loadRunPage(params);
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.run' });
  return { title: t('title', { course: row.courseTitle, dates: dates(row.start, row.end) }) };
}

export default async function RunParticipants({ params, searchParams }: Props) {
  const context = await staffContext();
  const { row } = await loadRunPage(params);
  const search = await searchParams;
  const query = parseParticipantQuery(search);
  const everyone = await loadParticipants(context.db, row.key);
  const shown = selectParticipants(everyone, query);
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.run' });
  const here = adminPaths.run(row.courseSlug, row.runId);
  return (
    <>
      <StaffBar session={context.session} current="runs" />
      <p>
        <a href={adminPaths.overview}>{t('back')}</a>
      </p>
      <h1>{t('title', { course: row.courseTitle, dates: dates(row.start, row.end) })}</h1>
      <DoneNotice outcome={search.udfoert} />
      {row.cancelled && (
        <div className="alert alert-warning" role="note">
          <p className="alert-text">{t('cancelledNotice')}</p>
        </div>
      )}
      <RunFigures row={row} />
      <ul className="admin-links">
        <li>
          <a href={adminPaths.runCsv(row.courseSlug, row.runId)} download>
            {t('export')}
          </a>
        </li>
        {!row.cancelled && row.end > context.options.now && (
          <li>
            <a href={adminPaths.cancelRun(row.courseSlug, row.runId)}>{t('cancelRun')}</a>
          </li>
        )}
      </ul>
      <h2>{t('participants')}</h2>
      <ParticipantFilter action={here} query={query} />
      <p role="status">{t('count', { shown: shown.length, total: everyone.length })}</p>
      {shown.length > 0 ? <ParticipantTable participants={shown} query={query} /> : <p>{t('none')}</p>}
    </>
  );
}
