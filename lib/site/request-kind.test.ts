import { describe, expect, it } from 'vitest';
import { localeOfRequest } from './request-kind';
import { LOCALE_HEADER } from './routes.mjs';

describe('localeOfRequest', () => {
  it('reads the language the server set, Danish when missing or not a language', () => {
    expect(localeOfRequest(new Headers({ [LOCALE_HEADER]: 'en' }))).toBe('en');
    expect(localeOfRequest(new Headers({ [LOCALE_HEADER]: 'da' }))).toBe('da');
    expect(localeOfRequest(new Headers({ [LOCALE_HEADER]: 'xx' }))).toBe('da');
    expect(localeOfRequest(new Headers())).toBe('da');
  });
});
