import { getTranslations } from 'next-intl/server';
import { ConfirmForm } from '@/components/admin/ConfirmForm';
import { dates } from '@/components/admin/format';
import { StaffBar } from '@/components/admin/StaffBar';
import { adminPaths } from '@/lib/admin/paths';
import { loadRunPage } from '@/lib/admin/run-page';
import { staffContext } from '@/lib/admin/service';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ course: string; run: string }> };

async function load(props: Props) {
  const context = await staffContext();
  const { row } = await loadRunPage(props.params);
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.actions' });
  return { context, row, t, title: t('cancelRun.title', { course: row.courseTitle, dates: dates(row.start, row.end) }) };
}

export async function generateMetadata(props: Props) {
  return { title: (await load(props)).title };
}

export default async function ConfirmCancelRun(props: Props) {
  const { context, row, t, title } = await load(props);
  const here = adminPaths.cancelRun(row.courseSlug, row.runId);
  const people = row.counts.confirmed + row.counts.held + row.counts.offered + row.counts.waiting;
  return (
    <>
      <StaffBar session={context.session} current="runs" />
      <h1>{title}</h1>
      <p>{t('cancelRun.text', { count: people })}</p>
      <ConfirmForm
        action={adminPaths.perform(here)}
        session={context.session}
        button={t('cancelRun.button')}
        back={{ href: adminPaths.run(row.courseSlug, row.runId), label: t('back') }}
      />
    </>
  );
}
