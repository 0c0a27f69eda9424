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

// Fields are in the order that gzips smallest in the CDN files (the order of an object's keys is no fact
// of it): each country's lines first, then whether it has a dedicated hotline, its code and its emergency
// number; each line's source, date and scope first, its hours, organisation and name last. In between:
// phone, phoneAbroad, languages, whatsapp, tty, chatTimeouts, chat, report, website, sms, email, spoofed
// (each line has some); a line's languages list chat last, and weekly hours put periods before timeZone.
export const HOTLINES: readonly CountryEntry[] = [
  {
    lines: [
      {
        source: 'https://humantraffickinghotline.org/about-us/what-we-do',
        verified: V,
        scope: 'trafficking',
        phone: P('+18883737888', '1-888-373-7888'),
        languages: {phone: ['en', 'es'], text: ['en', 'es'], interpreters: true},
        tty: P('711'),
        website: 'https://humantraffickinghotline.org/',
        sms: {number: P('233733'), keyword: 'HELP'},
        spoofed: 'https://www.acf.hhs.gov/otip/news/spoofing-national-human-trafficking-hotline',
        hours: '24/7',
        organisation: 'Polaris',
        name: 'National Human Trafficking Hotline',
      },
      {
        source: 'https://airforceamy.org/resources',
        verified: V,
        scope: 'law-enforcement',
        phone: P('+18663472423', '1-866-347-2423'),
        phoneAbroad: P('+18028726199', '+1-802-872-6199'),
        report: 'https://www.ice.gov/tips',
        hours: '24/7',
        organisation: 'U.S. Immigration and Customs Enforcement',
        name: 'HSI Tip Line',
      },
    ],
    dedicated: true,
    country: 'US',
    emergency: '911',
    emergencySource: 'https://airforceamy.org/resources',
    emergencyVerified: V,
  },
  {
    lines: [
      {
        source: 'https://www.canadianhumantraffickinghotline.ca/who-are-we/',
        verified: V,
        scope: 'trafficking',
        phone: P('+18339001010', '1-833-900-1010'),
        languages: {phone: ['en', 'fr'], interpreters: true, chat: ['en', 'fr']},
        tty: true,
        chatTimeouts: true,
        chat: 'https://www.canadianhumantraffickinghotline.ca/chat/',
        hours: '24/7',
        organisation: 'Canadian Centre to End Human Trafficking',
        name: 'Canadian Human Trafficking Hotline',
      },
    ],
    dedicated: true,
    country: 'CA',
  },
  {
    lines: [
      {
        source: 'https://www.modernslaveryhelpline.org/about/what-happens-when-you-call-the-helpline',
        verified: V,
        scope: 'trafficking',
        phone: P('+448000121700', '08000 121 700'),
        report: 'https://www.modernslaveryhelpline.org/report',
        hours: '24/7',
        organisation: 'Unseen',
        name: 'Modern Slavery & Exploitation Helpline',
      },
      {
        source: 'https://www.healthwatchnorthamptonshire.co.uk/',
        verified: V,
        scope: 'anonymous',
        phone: P('+44800555111', '0800 555 111'),
        organisation: 'Crimestoppers',
      },
      {
        source: 'https://www.healthwatchnorthamptonshire.co.uk/',
        verified: V,
        scope: 'police',
        phone: P('101'),
        tty: P('18001101', '18001 101'),
        organisation: 'Police (non-emergency)',
      },
    ],
    dedicated: true,
    country: 'GB',
    emergency: '999',
    emergencySource: 'https://www.healthwatchnorthamptonshire.co.uk/',
    emergencyVerified: V,
  },
  {
    lines: [
      {
        source: 'https://www.blueblindfold.gov.ie/',
        verified: V,
        scope: 'police',
        phone: P('+3531800250025', '1800 25 00 25'),
        website: 'https://www.blueblindfold.gov.ie/',
        email: 'blueblindfold@garda.ie',
        organisation: 'An Garda Síochána',
        name: 'Crimestoppers',
      },
    ],
    dedicated: false,
    country: 'IE',
  },
  {
    lines: [
      {
        source: 'https://www.antislaverycommissioner.gov.au/find-help-and-support/report-suspected-modern-slavery',
        verified: V,
        scope: 'police',
        phone: P('131237', '131 237'),
        website: 'https://www.afp.gov.au/what-we-do/crime-types/human-trafficking',
        organisation: 'Australian Federal Police',
      },
      {
        source: 'https://www.antislaverycommissioner.gov.au/find-help-and-support/report-suspected-modern-slavery',
        verified: V,
        scope: 'anonymous',
        // As dialled in Australia: its 1300 and 1800 numbers cannot be dialled from abroad, and a phone
        // there may not put "+61 1800 …" through (docs/hotline-data.md).
        phone: P('1800333000', '1800 333 000'),
        organisation: 'Crime Stoppers',
      },
    ],
    dedicated: false,
    country: 'AU',
    emergency: '000',
    emergencySource: 'https://www.antislaverycommissioner.gov.au/find-help-and-support/report-suspected-modern-slavery',
    emergencyVerified: V,
  },
  {
    lines: [
      {
        source: 'https://www.24-horas.mx/2021/03/16/un-chat-para-denunciar-la-trata-de-personas/',
        verified: V,
        scope: 'trafficking',
        phone: P('+528005533000', '800 5533 000'),
        languages: {phone: ['es']},
        whatsapp: true,
        hours: '24/7',
        organisation: 'Consejo Ciudadano de la Ciudad de México',
        name: 'Línea Nacional contra la Trata de Personas',
      },
      {
        source: 'https://www.sinembargo.mx/',
        verified: V,
        scope: 'anonymous',
        phone: P('089'),
        organisation: 'Denuncia anónima 089',
      },
    ],
    dedicated: true,
    country: 'MX',
    emergency: '911',
    emergencySource: 'https://www.sinembargo.mx/',
    emergencyVerified: V,
  },
  {
    lines: [
      {
        source: 'https://www.notasdeprensa.es/',
        verified: V,
        scope: 'law-enforcement',
        phone: P('+34900105090', '900 10 50 90'),
        email: 'trata@policia.es',
        hours: '24/7',
        organisation: 'Policía Nacional',
      },
    ],
    dedicated: true,
    country: 'ES',
  },
  {
    lines: [
      {
        source: 'https://1343actionline.ph/',
        verified: V,
        scope: 'trafficking',
        phone: P('1343'),
        website: 'https://1343actionline.ph/',
        hours: '24/7',
        organisation: 'IACAT / CFO',
        name: '1343 Actionline',
      },
    ],
    dedicated: true,
    country: 'PH',
  },
  {
    lines: [
      {
        source: 'https://www.gentrybusinessleader.com/',
        verified: V,
        scope: 'trafficking',
        phone: P('1300'),
        organisation: 'Ministry of Social Development and Human Security',
      },
      {
        source: 'https://www.gentrybusinessleader.com/',
        verified: V,
        scope: 'trafficking',
        phone: P('+66991301300', '+66 99 130 1300'),
        sms: {number: P('+66991301300', '+66 99 130 1300')},
        hours: '24/7',
        organisation: 'Ministry of Social Development and Human Security',
        name: 'Line for Thais abroad',
      },
    ],
    dedicated: true,
    country: 'TH',
  },
  {
    lines: [
      {
        source: 'https://visitnilgiris.org/en/rights/women-child-safety',
        verified: V,
        scope: 'women',
        phone: P('181'),
        organisation: "Women's Helpline",
      },
      {
        source: 'https://visitnilgiris.org/en/rights/women-child-safety',
        verified: V,
        scope: 'women',
        phone: P('1091'),
        organisation: "Women's Helpline",
      },
    ],
    dedicated: false,
    country: 'IN',
    emergency: '112',
    emergencySource: 'https://en.wikipedia.org/wiki/Childline_India',
    emergencyVerified: V,
  },
  {
    lines: [
      {
        source: 'https://www.hilfetelefon.de/',
        verified: V,
        scope: 'women',
        phone: P('116016', '116 016'),
        languages: {phone: ['de'], interpreters: true},
        chat: 'https://www.hilfetelefon.de/',
        hours: '24/7',
        organisation: 'Hilfetelefon Gewalt gegen Frauen',
      },
      {
        source: 'https://www.evangelische-zeitung.de/',
        verified: V,
        scope: 'victims',
        phone: P('116006', '116 006'),
        organisation: 'Weisser Ring',
        name: 'Opfer-Telefon',
      },
      {
        source: 'https://www.invia-bayern.de/',
        verified: V,
        scope: 'regional',
        phone: P('+498009876548', '0800 987 654 8'),
        chat: 'https://www.bavarian-anti-trafficking-helpline.de/',
        hours: {periods: [{days: [1, 2, 3, 4, 5], open: '09:00', close: '15:00'}], timeZone: 'Europe/Berlin'},
        organisation: 'Bavarian Anti-Trafficking HELPline',
      },
    ],
    dedicated: false,
    country: 'DE',
  },
  {
    lines: [
      {
        source: 'https://www.savoie.gouv.fr/',
        verified: V,
        scope: 'victims',
        phone: P('116006', '116 006'),
        phoneAbroad: P('+33180523376', '+33 1 80 52 33 76'),
        languages: {phone: ['fr']},
        email: 'victimes@france-victimes.fr',
        voicemail: true,
        hours: {periods: [{days: [0, 1, 2, 3, 4, 5, 6], open: '09:00', close: '19:00'}], timeZone: 'Europe/Paris'},
        organisation: 'France Victimes',
      },
      {
        source: 'https://www.20minutes.fr/',
        verified: V,
        scope: 'children',
        phone: P('119'),
        organisation: '119',
      },
      {
        source: 'https://www.le1hebdo.fr/',
        verified: V,
        scope: 'charity',
        phone: P('+33144528890', '01 44 52 88 90'),
        organisation: "Comité contre l'esclavage moderne (CCEM)",
      },
    ],
    dedicated: false,
    country: 'FR',
  },
  {
    lines: [
      {
        source: 'https://english.wegwijzermensenhandel.nl/Organisations/politie.aspx',
        verified: V,
        scope: 'police',
        phone: P('+319008844', '0900 8844'),
        organisation: 'Politie',
      },
      {
        source: 'https://www.wegwijzermensenhandel.nl/',
        verified: V,
        scope: 'anonymous',
        phone: P('+318007000', '0800 7000'),
        organisation: 'Meld Misdaad Anoniem',
      },
      {
        source: 'https://www.wegwijzermensenhandel.nl/',
        verified: V,
        scope: 'labour',
        phone: P('+318005151', '0800 5151'),
        phoneAbroad: P('+31703334444', '+31 70 333 44 44'),
        organisation: 'Nederlandse Arbeidsinspectie',
      },
      {
        source: 'https://www.politie.nl/themas/slachtofferhulp.html',
        verified: V,
        scope: 'victims',
        phone: P('+319000101', '0900-0101'),
        organisation: 'Slachtofferhulp Nederland',
      },
    ],
    dedicated: false,
    country: 'NL',
    emergency: '112',
    emergencySource: 'https://www.politie.nl/themas/slachtofferhulp.html',
    emergencyVerified: V,
  },
  {
    lines: [
      {
        source: 'https://cdn02.radionacional.com.ar/',
        verified: V,
        scope: 'trafficking',
        phone: P('145'),
        organisation: 'Ministerio de Justicia',
      },
    ],
    dedicated: true,
    country: 'AR',
  },
];

/** The directory entry for an ISO 3166-1 alpha-2 code, if there is one. */
export function findCountry(code: string | undefined | null): CountryEntry | undefined {
  // UK: ISO 3166 reserves it for the United Kingdom (GB), and partners write it. (Read as GB once, by
  // replace: smaller than a comparison in find's callback.)
  const upper = String(code ?? '').trim().toUpperCase().replace(/^UK$/, 'GB');
  return HOTLINES.find((entry) => entry.country === upper);
}
