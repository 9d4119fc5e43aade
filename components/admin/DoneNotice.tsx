import { getTranslations } from 'next-intl/server';
import { isDoneOutcome } from '@/lib/admin/respond';

/** What the last action did, after its redirect (`?udfoert=`); an unknown word shows nothing. */
export async function DoneNotice({ outcome }: { outcome: string | string[] | undefined }) {
  if (!isDoneOutcome(outcome)) return null;
  const t = await getTranslations({ locale: 'da', namespace: 'Admin.done' });
  return (
    <div className="alert alert-success" role="status">
      <p className="alert-text">{t(outcome)}</p>
    </div>
  );
}
