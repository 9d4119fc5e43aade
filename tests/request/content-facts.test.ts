import { describe, expect, test } from 'vitest';
import { request, textOf } from './support/http';

/**
 * Each activity heading of the centre's fact sheet, its page, and the facts
 * that identify it, as they must appear in the rendered page in each language.
 */
const activities: { heading: string; path: string; da: (string | RegExp)[]; en: (string | RegExp)[] }[] = [
  {
    heading: 'Rådgivning',
    path: '/indsatser/raadgivning',
    da: [/80\s?%/, '98 kommuner', '2020', 'handlingsplan'],
    en: [/80\s?%/, '98 municipalities', '2020'],
  },
  {
    heading: 'Infohuse',
    path: '/indsatser/infohuse',
    da: ['12 infohuse', 'Infohus kommune', 'Infohus netværk', 'retsplejeloven', 'Rigspolitiet', 'PET'],
    en: ['12', 'Infohus kommune', 'Infohus netværk', 'Rigspolitiet'],
  },
  {
    heading: 'Opmærksomhed og henvendelsesmuligheder',
    path: '/indsatser/opmaerksomhed',
    da: ['Børne- og Undervisningsministeriet', 'SSP', 'Hotline mod radikalisering'],
    en: ['SSP', 'hotline'],
  },
  {
    heading: 'Mentorer og pårørende-/forældrecoaches',
    path: '/indsatser/mentorer-og-foraeldrecoaches',
    da: ['22 kommuner', /lokal koordinator/i],
    en: ['22 municipalities', /local coordinator/i],
  },
  {
    heading: 'Civilsamfundet',
    path: '/indsatser/civilsamfund',
    da: ['negativ social kontrol', /konflikter om ære|æresrelaterede konflikter/, 'netværk'],
    en: ['negative social control', 'network'],
  },
  {
    heading: 'Forebyggelse online',
    path: '/indsatser/forebyggelse-online',
    da: ['Absalon', 'UCL', 'Red Barnet', 'fem dage'],
    en: ['Absalon', 'UCL', 'Red Barnet', /five[- ]day/],
  },
  {
    heading: 'Offentlige sanktionslister',
    path: '/indsatser/sanktionslister',
    da: ['Udlændingestyrelsen', 'udlændinge- og integrationsministeren', 'us.dk'],
    en: ['Udlændingestyrelsen', /Minister for Immigration and Integration/i, 'us.dk'],
  },
  {
    heading: 'Viden og analyse',
    path: '/indsatser/viden-og-analyse',
    da: ['analysemodel', 'podcasts'],
    en: ['analysis model', 'podcasts'],
  },
  {
    heading: 'Kurser, årsmøde og arrangementer',
    path: '/kurser',
    da: ['Årsmøde om Forebyggelse af Ekstremisme', 'to gange om året'],
    en: ['Årsmøde om Forebyggelse af Ekstremisme', 'twice a year'],
  },
  {
    heading: 'National koordinering',
    path: '/indsatser/national-koordinering',
    da: ['National koordinationsgruppe', 'ledernetværk'],
    en: [/National Coordination Group/i, /leaders' network/i],
  },
  {
    heading: 'Internationalt samarbejde',
    path: '/indsatser/internationalt-samarbejde',
    da: ['GCTF', 'RAN', 'Global Counter Terrorism Forum', 'Radicalisation Awareness Network'],
    en: ['GCTF', 'RAN', 'Global Counter Terrorism Forum'],
  },
];

// The facts are in the HTML the server sends; no script needs to run to read them.
describe('every activity of the centre has its page with its facts', () => {
  for (const activity of activities) {
    for (const locale of ['da', 'en'] as const) {
      test(`${activity.heading} (${locale})`, async () => {
        const url = locale === 'da' ? activity.path : `/en${activity.path}`;
        const response = await request(url);
        expect(response.status).toBe(200);
        const text = textOf(response.html.querySelector('main'));
        for (const fact of activity[locale]) {
          if (typeof fact === 'string') expect(text, `${url} should state "${fact}"`).toContain(fact);
          else expect(text, `${url} should state ${fact}`).toMatch(fact);
        }
      });
    }
  }
});
