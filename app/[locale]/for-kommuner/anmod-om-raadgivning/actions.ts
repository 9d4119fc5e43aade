'use server';

import { headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { advicePaths } from '@/lib/advice/paths';
import { adviceChoices, advicePorts } from '@/lib/advice/service';
import { type AdviceFormState, emptyAdviceValues, submitAdvice } from '@/lib/advice/submit';
import { newFormToken } from '@/lib/forms/tokens';
import { localizedPath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site/config';

/**
 * The advice form's send. The bound locale comes back from the browser like any field, so it is
 * checked again here; the rest is lib/advice/submit.ts.
 */
export async function requestAdviceAction(locale: string, _previous: AdviceFormState, form: FormData): Promise<AdviceFormState> {
  const language = String(locale);
  if (!isLocale(language)) return { token: newFormToken(), values: emptyAdviceValues(), errors: {}, refused: 'malformed' };
  const result = await submitAdvice(form, {
    headers: await headers(),
    publicOrigin: siteUrl.origin,
    choices: adviceChoices(),
    ports: advicePorts(language),
  });
  if (result.kind === 'form') return result.state;
  // Post/Redirect/Get: a reload of the receipt does not send the request again (303 for a form post).
  redirect(localizedPath(language, advicePaths.receipt(result.reference)), RedirectType.push);
}
