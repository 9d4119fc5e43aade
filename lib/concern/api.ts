import { type Concern, type Municipality } from '@/lib/content/concern';
import { type Contact } from '@/lib/content/schemas/contact';
import { type LookupParam } from './lookup-param';
import { type MunicipalityLookup } from './municipality';
import { LOOKUP_PATH } from './paths';

export interface ApiMessages {
  missing: string;
  tooLong: string;
  notFound: string;
  ambiguous: string;
}

type Localized = { da: string; en: string };

export interface ApiResponse {
  status: 200 | 300 | 400 | 404;
  body: Record<string, unknown>;
}

interface ApiContext {
  lookup: (query: string) => MunicipalityLookup;
  concern: Pick<Concern, 'routes'>;
  contacts: readonly Contact[];
  messages: { da: ApiMessages; en: ApiMessages };
  /** The portal's public address, for links back to the lookup page. */
  siteUrl: URL;
}

function message(context: ApiContext, key: keyof ApiMessages): Localized {
  return { da: context.messages.da[key], en: context.messages.en[key] };
}

function pageLinks(context: ApiContext, name: string): Localized {
  const query = `?kommune=${encodeURIComponent(name)}`;
  return {
    da: new URL(`${LOOKUP_PATH}${query}`, context.siteUrl).href,
    en: new URL(`/en${LOOKUP_PATH}${query}`, context.siteUrl).href,
  };
}

function publicContact(contact: Contact) {
  return {
    id: contact.id,
    name: contact.name,
    phone: contact.phone ?? null,
    phoneInternational: contact.phoneInternational ?? null,
    hours: contact.hours ?? null,
    anonymous: contact.anonymous,
    url: contact.url ?? null,
  };
}

function contactsOfRoute(context: ApiContext, id: string) {
  const route = context.concern.routes.find((candidate) => candidate.id === id);
  const contacts = (route?.contacts ?? []).flatMap((contactId) => context.contacts.find((c) => c.id === contactId) ?? []);
  return { route, contacts: contacts.map(publicContact) };
}

function municipalitySummary(municipality: Municipality) {
  return { name: municipality.name, slug: municipality.slug, district: municipality.district };
}

/**
 * GET /api/infohus?kommune=<name>: the same answer as the lookup page, as
 * JSON for other public sites. docs/concern-guide.md documents the shape.
 */
export function infohusApiResponse(param: LookupParam, context: ApiContext): ApiResponse {
  if (param.kind === 'absent' || (param.kind === 'invalid' && param.reason === 'empty')) {
    return { status: 400, body: { error: 'missing-parameter', message: message(context, 'missing') } };
  }
  if (param.kind === 'invalid') {
    return { status: 400, body: { error: 'invalid-parameter', message: message(context, 'tooLong') } };
  }
  const result = context.lookup(param.query);
  switch (result.kind) {
    case 'found': {
      const { route } = contactsOfRoute(context, 'infohus');
      // No infohus has a number of its own: the way in is the municipality or the police, whose
      // number the guide shows on its own card ("if you suspect a crime") rather than twice.
      const { contacts } = contactsOfRoute(context, 'police-report');
      return {
        status: 200,
        body: {
          query: param.query,
          match: result.match,
          municipality: municipalitySummary(result.municipality),
          district: { slug: result.district.slug, name: result.district.name },
          infohus: {
            how: route?.how ?? null,
            next: route?.next ?? null,
            contacts,
          },
          page: pageLinks(context, result.municipality.name),
        },
      };
    }
    case 'ambiguous':
      return {
        status: 300,
        body: {
          error: 'ambiguous',
          query: param.query,
          message: message(context, 'ambiguous'),
          candidates: result.candidates.map(municipalitySummary),
        },
      };
    case 'not-found':
      return {
        status: 404,
        body: {
          error: 'not-found',
          query: param.query,
          message: message(context, 'notFound'),
          help: [...contactsOfRoute(context, 'hotline').contacts, ...contactsOfRoute(context, 'police-report').contacts],
        },
      };
    case 'invalid':
      return {
        status: 400,
        body: { error: 'invalid-parameter', message: message(context, result.reason === 'empty' ? 'missing' : 'tooLong') },
      };
  }
}
