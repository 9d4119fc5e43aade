import { getTranslations } from 'next-intl/server';
import { type LinkKind } from '@/lib/forms/registration-service';
import { type Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/i18n/paths';

const outcomes = ['confirmed', 'already', 'expired', 'unknown', 'cancelled', 'too-late', 'held', 'refused'] as const;
type Outcome = (typeof outcomes)[number];

const texts: Record<
  LinkKind,
  {
    title: 'confirmTitle' | 'cancelTitle' | 'offerTitle';
    lead: 'confirmLead' | 'cancelLead' | 'offerLead';
    button: 'confirmButton' | 'cancelButton' | 'offerButton';
  }
> = {
  confirm: { title: 'confirmTitle', lead: 'confirmLead', button: 'confirmButton' },
  cancel: { title: 'cancelTitle', lead: 'cancelLead', button: 'cancelButton' },
  offer: { title: 'offerTitle', lead: 'offerLead', button: 'offerButton' },
};

export function linkOutcome(value: string | string[] | undefined): Outcome | undefined {
  return outcomes.find((outcome) => outcome === value);
}

interface LinkActionViewProps {
  kind: LinkKind;
  locale: Locale;
  /** The server action bound to this link's kind, language and token. */
  action: () => Promise<void>;
  outcome: Outcome | undefined;
}

/**
 * The page an e-mailed link opens: what pressing the button will do, and the button (a POST
 * form). After the press the same page shows the outcome.
 */
export async function LinkActionView({ kind, locale, action, outcome }: LinkActionViewProps) {
  const t = await getTranslations('Registration');
  const text = texts[kind];
  if (outcome) {
    return (
      <>
        <h1>{t(`link.${text.title}`)}</h1>
        <div
          className={`alert ${outcome === 'confirmed' || outcome === 'cancelled' || outcome === 'held' || outcome === 'already' ? 'alert-success' : 'alert-warning'}`}
          role="status"
        >
          <div className="alert-body">
            <h2 className="alert-heading">{t('link.resultTitle')}</h2>
            <p className="alert-text">{outcome === 'refused' ? t('refused.cross-site') : t(`link.result.${outcome}`)}</p>
          </div>
        </div>
        <p>
          <a href={localizedPath(locale, '/kurser')}>{t('backToCourses')}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t(`link.${text.title}`)}</h1>
      <p className="lead">{t(`link.${text.lead}`)}</p>
      <form action={action}>
        <button className={`button ${kind === 'cancel' ? 'button-secondary' : 'button-primary'}`} type="submit">
          {t(`link.${text.button}`)}
        </button>
      </form>
    </>
  );
}
