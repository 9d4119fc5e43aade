import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkConcernContacts, loadConcern, municipalitySlug } from './concern';
import { loadContacts } from './contacts';
import { IssueCollector } from './errors';
import { concernRoutesFileSchema, districtsFileSchema } from './schemas/concern';
import { concernRouteIds } from './vocabulary';
import { validate } from './read';

function load() {
  const issues = new IssueCollector();
  return { concern: loadConcern(issues), issues: issues.issues };
}

function districtsProblems(data: unknown): string[] {
  const issues = new IssueCollector();
  validate('districts.yaml', districtsFileSchema, data, issues);
  return issues.issues.map((issue) => `${issue.field}: ${issue.message}`);
}

function routesProblems(data: unknown): string[] {
  const issues = new IssueCollector();
  validate('routes.yaml', concernRoutesFileSchema, data, issues);
  return issues.issues.map((issue) => `${issue.field}: ${issue.message}`);
}

/** Twelve districts holding 98 made-up municipalities: a valid map to break one way at a time. */
function validMap() {
  return Array.from({ length: 12 }, (_, d) => ({
    slug: `district-${d}`,
    name: `District ${d}`,
    municipalities: Array.from({ length: d < 2 ? 9 : 8 }, (_, m) => `Town ${d}-${m}`),
  }));
}

describe('the real concern data', () => {
  const { concern, issues } = load();

  it('loads without problems', () => {
    expect(issues).toEqual([]);
  });

  it('holds 12 districts and 98 municipalities, each district as many as the facts list', () => {
    expect(concern.districts).toHaveLength(12);
    expect(concern.municipalities).toHaveLength(98);
    const counts = Object.fromEntries(concern.districts.map((d) => [d.slug, d.municipalities.length]));
    expect(counts).toEqual({
      nordjylland: 9,
      oestjylland: 7,
      'midt-og-vestjylland': 11,
      sydoestjylland: 7,
      'syd-og-soenderjylland': 8,
      fyn: 10,
      'sydsjaelland-og-lolland-falster': 7,
      'midt-og-vestsjaelland': 10,
      nordsjaelland: 13,
      'koebenhavns-vestegn': 11,
      koebenhavn: 4,
      bornholm: 1,
    });
  });

  it('places the municipalities the facts single out in the right district', () => {
    const districtOf = (name: string) => concern.municipalities.find((m) => m.name === name)?.district;
    expect(districtOf('Slagelse')).toBe('sydsjaelland-og-lolland-falster');
    expect(districtOf('Sorø')).toBe('sydsjaelland-og-lolland-falster');
    expect(districtOf('Thisted')).toBe('midt-og-vestjylland');
    expect(districtOf('Morsø')).toBe('midt-og-vestjylland');
    expect(districtOf('Gladsaxe')).toBe('koebenhavns-vestegn');
    expect(districtOf('Herlev')).toBe('koebenhavns-vestegn');
  });

  it('lists municipalities A to Å, with Aa under A', () => {
    const names = concern.municipalities.map((m) => m.name);
    expect(names.slice(0, 3)).toEqual(['Aabenraa', 'Aalborg', 'Aarhus']);
    expect(names.at(-1)).toBe('Ærø');
    expect(names.indexOf('Tårnby')).toBeGreaterThan(names.indexOf('Tønder'));
  });

  it('names only contacts that exist', () => {
    const issues = new IssueCollector();
    checkConcernContacts(concern, loadContacts(issues), issues);
    expect(issues.issues).toEqual([]);
  });
});

describe('checkConcernContacts', () => {
  it('reports a route naming a contact that does not exist', () => {
    const { concern } = load();
    const issues = new IssueCollector();
    checkConcernContacts(concern, [], issues);
    expect(issues.issues.map((i) => `${i.field}: ${i.message}`)).toContain('0.contacts: contact "alarm" is not in content/contacts');
  });
});

describe('municipalitySlug', () => {
  it('writes Danish letters as two and hyphens between words', () => {
    expect(municipalitySlug('Lyngby-Taarbæk')).toBe('lyngby-taarbaek');
    expect(municipalitySlug('Høje-Taastrup')).toBe('hoeje-taastrup');
    expect(municipalitySlug('Ærø')).toBe('aeroe');
    expect(municipalitySlug('Tårnby')).toBe('taarnby');
  });
});

describe('the districts file check', () => {
  it('accepts a map of 12 districts and 98 municipalities', () => {
    expect(districtsProblems(validMap())).toEqual([]);
  });

  it('refuses 11 districts and 97 or 99 municipalities', () => {
    expect(districtsProblems(validMap().slice(1))).toEqual([
      ': must list exactly 12 districts, found 11',
      ': must list exactly 98 municipalities, found 89',
    ]);
    const extra = validMap();
    extra[0]!.municipalities.push('One Too Many');
    expect(districtsProblems(extra)).toEqual([': must list exactly 98 municipalities, found 99']);
  });

  it('refuses a municipality in two districts, naming both', () => {
    const twice = validMap();
    twice[5]!.municipalities[0] = 'Town 0-0';
    expect(districtsProblems(twice)).toEqual([
      '5.municipalities.0: "Town 0-0" is already in district-0; a municipality lies in exactly one district',
    ]);
  });

  it('refuses a repeated district slug and a slug with Danish letters', () => {
    const map = validMap();
    map[1]!.slug = 'district-0';
    map[2]!.slug = 'østjylland';
    const problems = districtsProblems(map);
    expect(problems).toContain('1.slug: "district-0" is used twice');
    expect(problems.some((p) => p.startsWith('2.slug: must be lower case'))).toBe(true);
  });

  it('accepts aliases for a municipality', () => {
    const map = validMap();
    (map[0]!.municipalities as unknown[])[0] = { name: 'Town 0-0', aliases: ['Old Town'] };
    expect(districtsProblems(map)).toEqual([]);
  });
});

describe('the routes file check', () => {
  const route = (id: string) => ({
    id,
    title: { da: 'Titel', en: 'Title' },
    how: { da: 'Sådan', en: 'How' },
    next: { da: 'Så', en: 'Then' },
  });
  const allIds = [...concernRouteIds];

  it('accepts every route once', () => {
    expect(routesProblems(allIds.map(route))).toEqual([]);
  });

  it('refuses an unknown route', () => {
    const problems = routesProblems([...allIds, 'helpdesk'].map(route));
    expect(problems).toContain(
      '9.id: Invalid option: expected one of "emergency"|"duty-to-notify"|"workplace-procedure"|"infohus"|"self-help"|"platform"|"police-report"|"hotline"|"parent-coach"',
    );
  });

  it('names a repeated and a missing route', () => {
    const problems = routesProblems([...allIds.filter((id) => id !== 'hotline'), 'infohus'].map(route));
    expect(problems).toEqual(['8.id: "infohus" is listed twice', ': route "hotline" is missing']);
  });

  it('allows the {district} placeholder only in titleWithDistrict, and requires it there', () => {
    const routes = allIds.map(route);
    routes[3] = { ...route('infohus'), how: { da: 'Ring til {district}', en: 'Call {district}' } };
    (routes[4] as Record<string, unknown>).titleWithDistrict = { da: 'Hjælp', en: 'Help in {district}' };
    expect(routesProblems(routes)).toEqual([
      '3.how: must not contain { or }: only titleWithDistrict takes a placeholder',
      '4.titleWithDistrict: must contain {district} in both languages',
    ]);
  });
});

describe('loading from other content roots', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('lets a small test tree leave the guide data out', () => {
    vi.stubEnv('PORTAL_CONTENT_ROOTS', 'tests/fixtures/broken-content');
    const { concern, issues } = load();
    expect(issues).toEqual([]);
    expect(concern.municipalities).toEqual([]);
  });
});
