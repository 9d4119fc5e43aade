import { getTranslations } from 'next-intl/server';
import { type ReactNode } from 'react';
import './concern.scss';
import { QuickExit } from './QuickExit';

/** What every page of the guide and the lookup has: the quick exit first, then a back link if there is one. */
export async function GuideFrame({ backHref, children }: { backHref?: string; children: ReactNode }) {
  const t = await getTranslations('Concern');
  return (
    <div className="concern">
      <QuickExit label={t('quickExit.label')} shiftHint={t('quickExit.hint')} />
      {backHref && (
        <a className="back-link" href={backHref}>
          {t('back')}
        </a>
      )}
      {children}
    </div>
  );
}
