import { getTranslations } from 'next-intl/server';
import { when } from '@/components/admin/format';
import { StaffBar } from '@/components/admin/StaffBar';
import { adminPaths, runPathOf } from '@/lib/admin/paths';
import { staffContext } from '@/lib/admin/service';
import { AUDIT_PAGE_SIZE, listAudit } from '@/lib/audit/log';
import { registrationSettings } from '@/lib/registration';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  return { title: t('audit.title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every staff action, newest first, a hundred at a time (`?foer=` pages back). */
export default async function AuditLog({ searchParams }: Props) {
  const context = await staffContext();
  const before = (await searchParams).foer;
  const entries = await listAudit(context.db, {
    before: typeof before === 'string' && /^[\d:.TZ-]{10,30}$/.test(before) ? before : undefined,
  });
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  const last = entries.at(-1);
  return (
    <>
      <StaffBar session={context.session} current="audit" />
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.lead', { months: registrationSettings().auditRetentionMonths })}</p>
      {entries.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="table table--compact">
            <caption className="sr-only">{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.when')}</th>
                <th scope="col">{t('columns.who')}</th>
                <th scope="col">{t('columns.what')}</th>
                <th scope="col">{t('columns.about')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr key={index}>
                  <td>{when(entry.at)}</td>
                  <td>{entry.actorName ? `${entry.actorName} (${entry.actor})` : entry.actor}</td>
                  <td>{t(`auditActions.${entry.action}`)}</td>
                  <td>
                    {entry.registrationId ? (
                      entry.participantName ? (
                        <a href={adminPaths.participant(entry.registrationId)}>{entry.participantName}</a>
                      ) : (
                        t('deletedParticipant')
                      )
                    ) : entry.runId ? (
                      <a href={runPathOf(entry.runId)}>{entry.runId}</a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {last && entries.length === AUDIT_PAGE_SIZE && (
        <p>
          <a href={`${adminPaths.audit}?foer=${encodeURIComponent(last.at.toISOString())}`}>{t('audit.older')}</a>
        </p>
      )}
    </>
  );
}
