import { getContent } from '@/lib/content';
import { currentTime } from '@/lib/courses/clock';
import { getDb } from '@/lib/db';
import { rateLimit } from '@/lib/db/rate-limit';
import { type Locale } from '@/lib/i18n/routing';
import { type AdviceChoices } from './form';
import { adviceMails } from './mail';
import { isReference } from './reference';
import { adviceSettings } from './settings';
import { adviceReceipt, type AdviceReceipt, countUndelivered, storeAdviceRequest } from './store';
import { type AdvicePorts } from './submit';

/**
 * Sends per key in ten minutes, across every server. A request takes a while to write, so fewer
 * than registrations: one office may still send several, one address needs few.
 */
export const adviceRateLimits = { ip: { limit: 20, windowMs: 10 * 60_000 }, email: { limit: 5, windowMs: 10 * 60_000 } };

/** The municipalities and offers the form accepts, from the content. */
export function adviceChoices(): AdviceChoices {
  const content = getContent();
  return {
    municipalities: content.concern.municipalities.map((municipality) => municipality.name),
    offers: content.adviceOffers.map((offer) => offer.slug),
  };
}

/** Whether the form can be sent: the centre's inbox is configured. */
export function adviceInboxConfigured(): boolean {
  return adviceSettings().inbox !== undefined;
}

/** The form's way into the database and the outbox. */
export function advicePorts(locale: Locale): AdvicePorts {
  const { inbox } = adviceSettings();
  return {
    configured: inbox !== undefined,
    async allow(key) {
      return rateLimit(await getDb(), `advice:${key}`, { ...adviceRateLimits[key.startsWith('ip:') ? 'ip' : 'email'], now: currentTime() });
    },
    async store(input, idempotencyKey) {
      if (!inbox) throw new Error('advice: no ADVICE_INBOX');
      const { reference } = await storeAdviceRequest(await getDb(), {
        offer: input.offer,
        locale,
        idempotencyKey,
        now: currentTime(),
        compose: adviceMails(input, locale, inbox, getContent().adviceOffers),
      });
      return reference;
    },
  };
}

export async function loadAdviceReceipt(reference: string): Promise<AdviceReceipt | undefined> {
  if (!isReference(reference)) return undefined;
  return adviceReceipt(await getDb(), reference);
}

/** For /api/health: requests not delivered within the alert time. */
export async function adviceHealth(): Promise<{ undelivered: number }> {
  const settings = adviceSettings();
  return { undelivered: await countUndelivered(await getDb(), currentTime(), settings.undeliveredAlertHours) };
}
