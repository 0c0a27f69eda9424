/**
 * The built-in hotline directory.
 *
 * Every fact here comes from the project's research file (shared/reference/domain.md §3), which cites
 * the operators' pages. `verified` is the date a record was last checked against that source.
 * Facts the research marks unconfirmed ([U]) or contradictory ([!]) are left out on purpose:
 * a wrong number harms someone. 116 006 is never offered as EU-wide. See docs/hotline-data.md.
 */
import type {CountryEntry} from './hotline-types.js';

const V = '2026-11-29';
/** A phone: its E.164 or short-code `tel`, and how the operator writes it (a short code: its digits). */
const P = (tel: string, display = tel) => ({tel, display});

export const HOTLINES: readonly CountryEntry[] = [
  {
    country: 'US',
    dedicated: true,
    emergency: '911',
    emergencySource: 'https://airforceamy.org/resources',
    lines: [
      {
        organisation: 'Polaris',
        name: 'National Human Trafficking Hotline',
        scope: 'trafficking',
        phone: P('+18883737888', '1-888-373-7888'),
        sms: {number: P('233733'), keyword: 'HELP'},
        website: 'https://humantraffickinghotline.org/',
        tty: P('711'),
        hours: '24/7',
        languages: {phone: ['en', 'es'], text: ['en', 'es'], interpreters: true},
        spoofed: 'https://www.acf.hhs.gov/otip/news/spoofing-national-human-trafficking-hotline',
        source: 'https://humantraffickinghotline.org/about-us/what-we-do',
        verified: V,
      },
      {
        organisation: 'U.S. Immigration and Customs Enforcement',
        name: 'HSI Tip Line',
        scope: 'law-enforcement',
        phone: P('+18663472423', '1-866-347-2423'),
        phoneAbroad: P('+18028726199', '+1-802-872-6199'),
        report: 'https://www.ice.gov/tips',
        hours: '24/7',
        source: 'https://airforceamy.org/resources',
        verified: V,
      },
    ],
  },
  {
    country: 'CA',
    dedicated: true,
    lines: [
      {
        organisation: 'Canadian Centre to End Human Trafficking',
        name: 'Canadian Human Trafficking Hotline',
        scope: 'trafficking',
        phone: P('+18339001010', '1-833-900-1010'),
        chat: 'https://www.canadianhumantraffickinghotline.ca/chat/',
        chatTimeouts: true,
        tty: true,
        hours: '24/7',
        languages: {phone: ['en', 'fr'], chat: ['en', 'fr'], interpreters: true},
        source: 'https://www.canadianhumantraffickinghotline.ca/who-are-we/',
        verified: V,
      },
    ],
  },
  {
    country: 'GB',
    dedicated: true,
    emergency: '999',
    emergencySource: 'https://www.healthwatchnorthamptonshire.co.uk/',
    lines: [
      {
        organisation: 'Unseen',
        name: 'Modern Slavery & Exploitation Helpline',
        scope: 'trafficking',
        phone: P('+448000121700', '08000 121 700'),
        report: 'https://www.modernslaveryhelpline.org/report',
        hours: '24/7',
        source: 'https://www.modernslaveryhelpline.org/about/what-happens-when-you-call-the-helpline',
        verified: V,
      },
      {
        organisation: 'Crimestoppers',
        scope: 'anonymous',
        phone: P('+44800555111', '0800 555 111'),
        source: 'https://www.healthwatchnorthamptonshire.co.uk/',
        verified: V,
      },
      {
        organisation: 'Police (non-emergency)',
        scope: 'police',
        phone: P('101'),
        tty: P('18001101', '18001 101'),
        source: 'https://www.healthwatchnorthamptonshire.co.uk/',
        verified: V,
      },
    ],
  },
  {
    country: 'IE',
    dedicated: false,
    lines: [
      {
        organisation: 'An Garda Síochána',
        name: 'Crimestoppers',
        scope: 'police',
        phone: P('+3531800250025', '1800 25 00 25'),
        email: 'blueblindfold@garda.ie',
        website: 'https://www.blueblindfold.gov.ie/',
        source: 'https://www.blueblindfold.gov.ie/',
        verified: V,
      },
    ],
  },
  {
    country: 'AU',
    dedicated: false,
    emergency: '000',
    emergencySource: 'https://www.antislaverycommissioner.gov.au/find-help-and-support/report-suspected-modern-slavery',
    lines: [
      {
        organisation: 'Australian Federal Police',
        scope: 'police',
        phone: P('131237', '131 237'),
        website: 'https://www.afp.gov.au/what-we-do/crime-types/human-trafficking',
        source: 'https://www.antislaverycommissioner.gov.au/find-help-and-support/report-suspected-modern-slavery',
        verified: V,
      },
      {
        organisation: 'Crime Stoppers',
        scope: 'anonymous',
        // As dialled in Australia: its 1300 and 1800 numbers cannot be dialled from abroad, and a phone
        // there may not put "+61 1800 …" through (docs/hotline-data.md).
        phone: P('1800333000', '1800 333 000'),
        source: 'https://www.antislaverycommissioner.gov.au/find-help-and-support/report-suspected-modern-slavery',
        verified: V,
      },
    ],
  },
  {
    country: 'MX',
    dedicated: true,
    emergency: '911',
    emergencySource: 'https://www.sinembargo.mx/',
    lines: [
      {
        organisation: 'Consejo Ciudadano de la Ciudad de México',
        name: 'Línea Nacional contra la Trata de Personas',
        scope: 'trafficking',
        phone: P('+528005533000', '800 5533 000'),
        whatsapp: true,
        hours: '24/7',
        languages: {phone: ['es']},
        source: 'https://www.24-horas.mx/2021/03/16/un-chat-para-denunciar-la-trata-de-personas/',
        verified: V,
      },
      {
        organisation: 'Denuncia anónima 089',
        scope: 'anonymous',
        phone: P('089'),
        source: 'https://www.sinembargo.mx/',
        verified: V,
      },
    ],
  },
  {
    country: 'ES',
    dedicated: true,
    lines: [
      {
        organisation: 'Policía Nacional',
        scope: 'law-enforcement',
        phone: P('+34900105090', '900 10 50 90'),
        email: 'trata@policia.es',
        hours: '24/7',
        source: 'https://www.notasdeprensa.es/',
        verified: V,
      },
    ],
  },
  {
    country: 'PH',
    dedicated: true,
    lines: [
      {
        organisation: 'IACAT / CFO',
        name: '1343 Actionline',
        scope: 'trafficking',
        phone: P('1343'),
        website: 'https://1343actionline.ph/',
        hours: '24/7',
        source: 'https://1343actionline.ph/',
        verified: V,
      },
    ],
  },
  {
    country: 'TH',
    dedicated: true,
    lines: [
      {
        organisation: 'Ministry of Social Development and Human Security',
        scope: 'trafficking',
        phone: P('1300'),
        source: 'https://www.gentrybusinessleader.com/',
        verified: V,
      },
      {
        organisation: 'Ministry of Social Development and Human Security',
        name: 'Line for Thais abroad',
        scope: 'trafficking',
        phone: P('+66991301300', '+66 99 130 1300'),
        sms: {number: P('+66991301300', '+66 99 130 1300')},
        hours: '24/7',
        source: 'https://www.gentrybusinessleader.com/',
        verified: V,
      },
    ],
  },
  {
    country: 'IN',
    dedicated: false,
    emergency: '112',
    emergencySource: 'https://en.wikipedia.org/wiki/Childline_India',
    lines: [
      {
        organisation: "Women's Helpline",
        scope: 'women',
        phone: P('181'),
        source: 'https://visitnilgiris.org/en/rights/women-child-safety',
        verified: V,
      },
      {
        organisation: "Women's Helpline",
        scope: 'women',
        phone: P('1091'),
        source: 'https://visitnilgiris.org/en/rights/women-child-safety',
        verified: V,
      },
    ],
  },
  {
    country: 'DE',
    dedicated: false,
    lines: [
      {
        organisation: 'Hilfetelefon Gewalt gegen Frauen',
        scope: 'women',
        phone: P('116016', '116 016'),
        chat: 'https://www.hilfetelefon.de/',
        hours: '24/7',
        languages: {phone: ['de'], interpreters: true},
        source: 'https://www.hilfetelefon.de/',
        verified: V,
      },
      {
        organisation: 'Weisser Ring',
        name: 'Opfer-Telefon',
        scope: 'victims',
        phone: P('116006', '116 006'),
        source: 'https://www.evangelische-zeitung.de/',
        verified: V,
      },
      {
        organisation: 'Bavarian Anti-Trafficking HELPline',
        scope: 'regional',
        phone: P('+498009876548', '0800 987 654 8'),
        chat: 'https://www.bavarian-anti-trafficking-helpline.de/',
        hours: {timeZone: 'Europe/Berlin', periods: [{days: [1, 2, 3, 4, 5], open: '09:00', close: '15:00'}]},
        source: 'https://www.invia-bayern.de/',
        verified: V,
      },
    ],
  },
  {
    country: 'FR',
    dedicated: false,
    lines: [
      {
        organisation: 'France Victimes',
        scope: 'victims',
        phone: P('116006', '116 006'),
        phoneAbroad: P('+33180523376', '+33 1 80 52 33 76'),
        email: 'victimes@france-victimes.fr',
        hours: {timeZone: 'Europe/Paris', periods: [{days: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '19:00'}]},
        languages: {phone: ['fr']},
        source: 'https://www.savoie.gouv.fr/',
        verified: V,
      },
      {
        organisation: '119',
        scope: 'children',
        phone: P('119'),
        source: 'https://www.20minutes.fr/',
        verified: V,
      },
      {
        organisation: "Comité contre l'esclavage moderne (CCEM)",
        scope: 'charity',
        phone: P('+33144528890', '01 44 52 88 90'),
        source: 'https://www.le1hebdo.fr/',
        verified: V,
      },
    ],
  },
  {
    country: 'NL',
    dedicated: false,
    emergency: '112',
    emergencySource: 'https://www.politie.nl/themas/slachtofferhulp.html',
    lines: [
      {
        organisation: 'Politie',
        scope: 'police',
        phone: P('+319008844', '0900 8844'),
        source: 'https://english.wegwijzermensenhandel.nl/Organisations/politie.aspx',
        verified: V,
      },
      {
        organisation: 'Meld Misdaad Anoniem',
        scope: 'anonymous',
        phone: P('+318007000', '0800 7000'),
        source: 'https://www.wegwijzermensenhandel.nl/',
        verified: V,
      },
      {
        organisation: 'Nederlandse Arbeidsinspectie',
        scope: 'labour',
        phone: P('+318005151', '0800 5151'),
        phoneAbroad: P('+31703334444', '+31 70 333 44 44'),
        source: 'https://www.wegwijzermensenhandel.nl/',
        verified: V,
      },
      {
        organisation: 'Slachtofferhulp Nederland',
        scope: 'victims',
        phone: P('+319000101', '0900-0101'),
        source: 'https://www.politie.nl/themas/slachtofferhulp.html',
        verified: V,
      },
    ],
  },
  {
    country: 'AR',
    dedicated: true,
    lines: [
      {
        organisation: 'Ministerio de Justicia',
        scope: 'trafficking',
        phone: P('145'),
        source: 'https://cdn02.radionacional.com.ar/',
        verified: V,
      },
    ],
  },
];

/** The directory entry for an ISO 3166-1 alpha-2 code, if there is one. */
export function findCountry(code: string | undefined | null): CountryEntry | undefined {
  const upper = String(code ?? '').trim().toUpperCase();
  // UK: ISO 3166 reserves it for the United Kingdom (GB), and partners write it.
  return HOTLINES.find((entry) => entry.country === (upper === 'UK' ? 'GB' : upper));
}
