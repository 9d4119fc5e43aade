import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorStringsProvider } from '@/components/errors/ErrorStrings';
import da from '@/messages/da.json';
import en from '@/messages/en.json';
import ErrorPage from './error';

// The 500 page renders inside the [locale] layout, which hands it the strings of its language.
describe('the 500 page', () => {
  for (const [locale, messages] of Object.entries({ da, en })) {
    it(`says what happened in ${locale}, offers to try again and leads to the front page`, () => {
      const html = renderToStaticMarkup(
        <ErrorStringsProvider strings={messages.Error}>
          <ErrorPage error={new Error('boom')} reset={() => {}} />
        </ErrorStringsProvider>,
      );
      expect(html).toContain(`<main id="main-content" tabindex="-1"><h1>${messages.Error.title}</h1>`);
      expect(html).toContain(messages.Error.lead);
      expect(html).toContain(`<button type="button" class="button button-secondary">${messages.Error.retry}</button>`);
      expect(html).toContain(`<a href="${messages.Error.homeHref}">${messages.Error.home}</a>`);
      expect(html).not.toContain('boom');
    });
  }
});
