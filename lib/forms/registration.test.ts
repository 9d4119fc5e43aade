import { describe, expect, it } from 'vitest';
import { readForm, hasForbiddenCharacters } from './form-data';
import { registrationFields, type RegistrationValues, validateRegistration } from './registration';
import { originVerdict, siteOrigins } from './same-origin';
import { caughtByHoneypot, isFormToken, newFormToken } from './tokens';

const municipalities = ['Aarhus', 'Lyngby-Taarbæk'];
const valid: RegistrationValues = {
  name: 'Test Person',
  email: 'test.person@example.org',
  organisationKind: 'municipality',
  municipality: 'Aarhus',
  organisation: '',
  role: 'SSP-koordinator',
  phone: '',
  note: '',
};

describe('validateRegistration', () => {
  it('accepts a complete form and names the municipality as an organisation', () => {
    const result = validateRegistration(valid, municipalities);
    expect(result).toEqual({
      ok: true,
      input: {
        name: 'Test Person',
        email: 'test.person@example.org',
        organisationKind: 'municipality',
        organisation: 'Aarhus Kommune',
        role: 'SSP-koordinator',
        phone: undefined,
        note: undefined,
      },
    });
  });

  it('reports every missing required field, in page order', () => {
    const empty = Object.fromEntries(registrationFields.map((field) => [field, ''])) as RegistrationValues;
    const result = validateRegistration(empty, municipalities);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.entries(result.errors)).toEqual([
        ['name', 'required'],
        ['email', 'required'],
        ['organisationKind', 'required'],
        ['role', 'required'],
      ]);
  });

  it('asks for the municipality from the list, and for a typed organisation otherwise', () => {
    const noMunicipality = validateRegistration({ ...valid, municipality: '' }, municipalities);
    const unknown = validateRegistration({ ...valid, municipality: 'Atlantis' }, municipalities);
    const otherKind = validateRegistration({ ...valid, organisationKind: 'police', municipality: '' }, municipalities);
    expect(noMunicipality.ok || noMunicipality.errors).toEqual({ municipality: 'required' });
    expect(unknown.ok || unknown.errors).toEqual({ municipality: 'invalid' });
    expect(otherKind.ok || otherKind.errors).toEqual({ organisation: 'required' });
    const typed = validateRegistration({ ...valid, organisationKind: 'police', organisation: 'Østjyllands Politi' }, municipalities);
    expect(typed.ok && typed.input.organisation).toBe('Østjyllands Politi');
  });

  it('refuses an unknown organisation kind, a malformed e-mail and phone', () => {
    const result = validateRegistration({ ...valid, organisationKind: 'pirates', email: 'no-at-sign', phone: 'call me' }, municipalities);
    expect(result.ok || result.errors).toEqual({ email: 'invalid', organisationKind: 'invalid', phone: 'invalid' });
  });

  it('refuses control characters and direction overrides, but keeps line breaks in the note', () => {
    expect(validateRegistration({ ...valid, name: 'Test\u0000Person' }, municipalities).ok).toBe(false);
    expect(validateRegistration({ ...valid, role: 'abc\u202Edef' }, municipalities).ok).toBe(false);
    const note = validateRegistration({ ...valid, note: 'Første linje\nAnden linje' }, municipalities);
    expect(note.ok && note.input.note).toBe('Første linje\nAnden linje');
  });

  it('refuses fields past their length', () => {
    const result = validateRegistration({ ...valid, name: 'x'.repeat(121), note: 'y'.repeat(1001) }, municipalities);
    expect(result.ok || result.errors).toEqual({ name: 'too-long', note: 'too-long' });
  });

  it('keeps markup as text: it is data, escaped where shown', () => {
    const result = validateRegistration({ ...valid, name: '<script>alert(1)</script>' }, municipalities);
    expect(result.ok && result.input.name).toBe('<script>alert(1)</script>');
  });
});

describe('readForm', () => {
  it('reads each field once, NFC-normalised, with missing fields empty', () => {
    const form = new FormData();
    form.set('name', 'Ane\u0301');
    const read = readForm(form, ['name', 'role'], 50);
    expect(read).toEqual({ ok: true, values: { name: 'Ané', role: '' } });
  });

  it('refuses a repeated field and a file, and cuts what it keeps', () => {
    const twice = new FormData();
    twice.append('name', 'a');
    twice.append('name', 'b');
    expect(readForm(twice, ['name'], 50)).toMatchObject({ ok: false, problem: 'repeated-field', field: 'name' });
    const file = new FormData();
    file.set('name', new Blob(['x']), 'x.txt');
    expect(readForm(file, ['name'], 50)).toMatchObject({ ok: false, problem: 'not-text' });
    const long = new FormData();
    long.set('note', 'z'.repeat(100_000));
    const read = readForm(long, ['note'], 2000);
    expect(read).toMatchObject({ ok: false, problem: 'too-long' });
    expect(read.values.note).toHaveLength(2000);
  });

  it('finds forbidden characters', () => {
    expect(hasForbiddenCharacters('a\u0007b')).toBe(true);
    expect(hasForbiddenCharacters('a\nb')).toBe(true);
    expect(hasForbiddenCharacters('a\nb', true)).toBe(false);
    expect(hasForbiddenCharacters('Ærø – “ok” 👍')).toBe(false);
  });
});

describe('originVerdict', () => {
  const origins = siteOrigins(new Headers({ host: 'localhost:3000' }), 'https://example.dk');
  it('accepts the site itself by Origin or Sec-Fetch-Site', () => {
    expect(originVerdict(new Headers({ origin: 'http://localhost:3000' }), origins)).toBe('same-origin');
    expect(originVerdict(new Headers({ origin: 'https://example.dk', 'sec-fetch-site': 'same-origin' }), origins)).toBe('same-origin');
    expect(originVerdict(new Headers({ 'sec-fetch-site': 'same-origin' }), origins)).toBe('same-origin');
    // Chromium under Referrer-Policy: no-referrer.
    expect(originVerdict(new Headers({ origin: 'null', 'sec-fetch-site': 'same-origin' }), origins)).toBe('same-origin');
  });
  it('refuses another site, a null origin and a request with neither header', () => {
    expect(originVerdict(new Headers({ origin: 'https://evil.example' }), origins)).toBe('cross-site');
    expect(originVerdict(new Headers({ origin: 'null' }), origins)).toBe('cross-site');
    expect(originVerdict(new Headers({ origin: 'http://localhost:3000', 'sec-fetch-site': 'cross-site' }), origins)).toBe('cross-site');
    expect(originVerdict(new Headers({}), origins)).toBe('unknown');
  });
});

describe('tokens', () => {
  it('makes a fresh 128-bit form token each time, and recognises only that shape', () => {
    const a = newFormToken();
    expect(isFormToken(a)).toBe(true);
    expect(a).not.toBe(newFormToken());
    expect(isFormToken('short')).toBe(false);
    expect(isFormToken(`${a}<`)).toBe(false);
  });
  it('catches a filled honeypot', () => {
    const form = new FormData();
    form.set('website', '');
    expect(caughtByHoneypot(form)).toBe(false);
    form.set('website', 'http://spam.example');
    expect(caughtByHoneypot(form)).toBe(true);
  });
});
