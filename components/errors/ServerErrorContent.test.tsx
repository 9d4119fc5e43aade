import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { errorStrings } from '@/lib/i18n/error-strings';
import da from '@/messages/da.json';
import en from '@/messages/en.json';
import { ServerErrorContent } from './ServerErrorContent';

// The prerendered /fejl page (app/[locale]/fejl) answers every failed request.
describe('the 500 page', () => {
  for (const [locale, messages] of Object.entries({ da, en })) {
    it(`says what happened in ${locale}, offers to try again and leads to the front page`, () => {
      const strings = errorStrings((key) => messages.Error[key]);
      const html = renderToStaticMarkup(<ServerErrorContent strings={strings} retry={<a href="">{strings.retry}</a>} />);
      expect(html).toContain(`<main id="main-content" tabindex="-1"><h1>${messages.Error.title}</h1>`);
      expect(html).toContain(messages.Error.lead);
      expect(html).toContain(`<a href="">${messages.Error.retry}</a>`);
      expect(html).toContain(`<a href="${messages.Error.homeHref}">${messages.Error.home}</a>`);
    });
  }
});
