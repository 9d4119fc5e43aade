'use server';

import { headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { getContent } from '@/lib/content';
import { colleagueQuery } from '@/lib/forms/colleague';
import { registrationPaths } from '@/lib/forms/paths';
import { registrationPorts } from '@/lib/forms/registration-service';
import { emptyValues, type RegistrationFormState, submitRegistration } from '@/lib/forms/submit-registration';
import { newFormToken } from '@/lib/forms/tokens';
import { localizedPath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { findRun } from '@/lib/mail/templates';
import { siteUrl } from '@/lib/site/config';

/**
 * The registration form's send. The bound arguments come back from the browser like any field,
 * so they are checked again here; the rest is lib/forms/submit-registration.ts.
 */
export async function registerAction(
  locale: string,
  slug: string,
  runId: string,
  _previous: RegistrationFormState,
  form: FormData,
): Promise<RegistrationFormState> {
  const found = findRun(getContent(), String(slug), String(runId));
  const language = String(locale);
  if (!isLocale(language) || !found) return { token: newFormToken(), values: emptyValues(), errors: {}, refused: 'malformed' };
  const municipalities = getContent().concern.municipalities.map((municipality) => municipality.name);
  const result = await submitRegistration(form, {
    headers: await headers(),
    publicOrigin: siteUrl.origin,
    municipalities,
    ports: registrationPorts(found.course, found.run, language),
  });
  if (result.kind === 'form') return result.state;
  // Post/Redirect/Get: a reload of the receipt does not send the form again (303 for a form post).
  redirect(localizedPath(language, registrationPaths.receipt(result.receipt)) + colleagueQuery(form, municipalities), RedirectType.push);
}
