import { describe, expect, it } from 'vitest';
import { day, makeCourse } from '@/lib/courses/testing';
import { renderMail } from './index';

const course = makeCourse('basis', {}, [{ id: 'hold-1', sessions: [day('2027-03-02'), day('2027-03-09')], place: 'Odense', capacity: 20 }]);
const site = { content: { courses: [course] }, siteUrl: new URL('https://portal.example') };
const base = { name: 'Test Person', courseSlug: 'basis', runId: 'hold-1' } as const;

describe('renderMail', () => {
  it('asks for confirmation with the link, the run, the deadline, a cancel link and the calendar file', () => {
    const mail = renderMail(
      {
        ...base,
        locale: 'da',
        kind: 'confirm',
        confirmToken: 'C'.repeat(22),
        cancelToken: 'X'.repeat(22),
        holdExpiresAt: new Date('2027-01-03T11:00:00Z'),
      },
      site,
    );
    expect(mail.subject).toBe('Bekræft din tilmelding: Kursus basis');
    expect(mail.text).toContain('Kære Test Person');
    expect(mail.text).toContain(`https://portal.example/kurser/tilmelding/bekraeft/${'C'.repeat(22)}`);
    expect(mail.text).toContain(`https://portal.example/kurser/tilmelding/afmeld/${'X'.repeat(22)}`);
    expect(mail.text).toContain('3. januar 2027');
    expect(mail.text).toContain('12.00');
    expect(mail.text).toContain('Odense');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.content).toContain('DTSTART:20270302T080000Z');
    expect(mail.attachments[0]!.content.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('tells the waiting-list place, in English under /en', () => {
    const mail = renderMail({ ...base, locale: 'en', kind: 'waiting', place: 7, cancelToken: 'X'.repeat(22) }, site);
    expect(mail.subject).toBe('You are on the waiting list: Course basis');
    expect(mail.text).toContain('number 7 on the waiting list');
    expect(mail.text).toContain(`https://portal.example/en/kurser/tilmelding/afmeld/${'X'.repeat(22)}`);
    expect(mail.attachments).toEqual([]);
  });

  it('offers a seat with its time limit and an accept link', () => {
    const mail = renderMail(
      {
        ...base,
        locale: 'da',
        kind: 'offer',
        acceptToken: 'A'.repeat(22),
        cancelToken: 'X'.repeat(22),
        offerExpiresAt: new Date('2027-01-05T08:30:00Z'),
      },
      site,
    );
    expect(mail.text).toContain(`/kurser/tilmelding/tilbud/${'A'.repeat(22)}`);
    expect(mail.text).toContain('5. januar 2027');
    expect(mail.text).toContain('/kurser/tilmelding/afmeld/');
  });

  it('writes the cancellation receipt and the cancelled run without links to act on', () => {
    for (const kind of ['cancelled', 'run-cancelled'] as const) {
      const mail = renderMail({ ...base, locale: 'da', kind }, site);
      expect(mail.text).not.toContain('/kurser/tilmelding/');
      expect(mail.text).toContain('https://portal.example/kurser/basis');
    }
  });

  it('refuses a run the content does not have', () => {
    expect(() => renderMail({ ...base, runId: 'nope', locale: 'da', kind: 'cancelled' }, site)).toThrow(/no run/);
  });
});
