import { describe, expect, it } from 'vitest';
import { IssueCollector } from '@/lib/content/errors';
import { loadPublications } from '@/lib/content/publications';
import { procedureLink, procedurePublications } from './procedures';
import { roleAnswers, rolesWithProcedure } from './questions';

const issues = new IssueCollector();
const publications = loadPublications(issues);

describe('the link to a sector’s procedure', () => {
  it('exists for exactly the four sectors that have one, each with its page in the library', () => {
    expect(Object.keys(procedurePublications).sort()).toEqual([...rolesWithProcedure].sort());
    for (const slug of Object.values(procedurePublications)) expect(publications.map((p) => p.slug)).toContain(slug);
  });

  it('leads a psychiatry employee to the psychiatry procedure, in their language', () => {
    const answers = { danger: 'no', topic: 'person', role: 'psychiatry', age: 'adult' } as const;
    expect(procedureLink(answers, publications, 'da')).toEqual({
      href: '/viden/sagsgang-psykiatrien',
      title: 'Sagsgang for bekymringer i psykiatrien',
    });
    expect(procedureLink(answers, publications, 'en')?.href).toBe('/en/viden/sagsgang-psykiatrien');
  });

  it('is never offered to staff of schools, social services, health care or the police, nor to anyone else', () => {
    const without = roleAnswers.filter((role) => !rolesWithProcedure.has(role));
    for (const role of without) expect(procedureLink({ danger: 'no', topic: 'person', role }, publications, 'da')).toBeUndefined();
  });
});
