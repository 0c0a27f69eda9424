/**
 * The built-in red-flag quiz bank, in our own words, from the indicator lists and myths in the
 * project's research (shared/reference/domain.md §4). Calm and plain: no graphic detail.
 * Each answer's explanation names its source. Texts are msg() calls, so the bank is read in the
 * widget's language (translations in xliff/). `BANK_INDEX` (id, topic) needs no translation.
 */
import {msg} from '../i18n/msg.js';
import {TOPICS, type QuizQuestion, type QuizSource, type Topic} from '../quiz/bank.js';

/**
 * When every question was last checked against its source, as the project's research reads it. (The CDN
 * files leave it out: nothing there reads a quiz source's date. scripts/bank-msg-ids.mjs.)
 */
const V = '2026-11-29';

/** Ids and topics of the built-in questions (for selection without building every text). */
export const BANK_INDEX: ReadonlyArray<{id: string; topic: Topic}> = TOPICS.flatMap((topic, t) =>
  // l1–l6, s1–s4, c1–c6, m1–m9, g1–g2: a topic's questions are its first letter and a number.
  [...Array([6, 4, 6, 9, 2][t])].map((_, i) => ({id: topic[0] + (i + 1), topic})),
);

const TRUE = () => msg('True', {id: 'q-true'});
const FALSE = () => msg('False', {id: 'q-false'});

/** The built-in bank, in the current msg() language. */
export function builtInBank(): QuizQuestion[] {
  // Where the questions' facts were read. Some lists are read in a copy on another site (the research
  // names the copy): the name says so. Declared here, where alone they are read (q copies each), so
  // that the CDN's minifier writes a once-used source in its question and names the others locally
  // (in this order, the one that gzips smallest).
  const S = {
    state: {name: 'U.S. Department of State, TIP Office red flags (copy on standasone.com)', url: 'https://www.standasone.com/warning-signs.html'},
    dhs: {name: 'DHS Blue Campaign', url: 'https://www.dhs.gov/blue-campaign/government-roles'},
    polarisFlags: {name: 'Polaris red flags (summary on ciaraweese.com)', url: 'https://ciaraweese.com/nicole-phillips-human-trafficking'},
    polarisMyths: {name: 'Polaris: myths and facts (copy on reachrs.org)', url: 'https://reachrs.org/human-trafficking'},
    unseen: {name: 'Unseen: myths vs reality', url: 'https://www.weareunseen.org/blog/myths-vs-reality-about-trafficking'},
    haven: {name: 'Haven Homes of Detroit, citing Polaris', url: 'https://havenhomesofdetroit.org/learn-more-about-ht'},
    ilo: {name: 'ILO Indicators of Forced Labour (copy on readkong.com)', url: 'https://www.readkong.com/page/ilo-indicators-of-forced-labour-5101277'},
    sinTrata: {name: 'Sin Trata (Mexico)', url: 'https://sintrata.org/denuncia'},
    unicefUsa: {name: 'UNICEF USA: 5 signs a child is being trafficked', url: 'https://www.unicefusa.org/stories/5-signs-how-know-whether-child-being-trafficked/16296'},
    unicefChina: {name: 'UNICEF China', url: 'https://www.unicef.cn/en/stories/what-do-if-you-suspect-child-has-been-abducted-trafficked-or-exploited'},
    blueBlindfold: {name: 'Blue Blindfold (Ireland): child trafficking', url: 'https://www.blueblindfold.gov.ie/en/bbf/pages/child_trafficking'},
    ahtu: {name: 'Anti-Human Trafficking Unit (Ireland)', url: 'https://www.genderequality.ie/en/GE/Pages/AHTU'},
    unodc: {name: 'UNODC general indicators (copy on haynesharbour.com)', url: 'https://www.haynesharbour.com/know-the-signs'},
  } satisfies Record<string, QuizSource>;
  // Each question's topic comes from BANK_INDEX, written once. The CDN build passes the texts alone
  // and has q call msg() with the ids worked out from the question's, which it takes from BANK_INDEX
  // by position (scripts/bank-msg-ids.mjs, which fails the build otherwise): keep the questions in
  // BANK_INDEX's order (TOPICS' order, its counts written as `[6, 4, …]`), `prompt`,
  // `options`, `explanation` and `source` written as they are, and each id `q-<id>-<q|a–d|e>`.
  const q = (id: string, source: QuizSource, prompt: string, options: string[], correct: number, explanation: string): QuizQuestion => ({
    id,
    topic: BANK_INDEX.find((entry) => entry.id === id)!.topic,
    prompt,
    options,
    correct,
    explanation,
    source: {...source, verified: V},
  });
  return [
    q('l1', S.ilo,
      msg('An employer keeps a worker’s passport “for safekeeping” and will not give it back when she asks. What is this?', {id: 'q-l1-q'}),
      [msg('A normal workplace practice', {id: 'q-l1-a'}), msg('A possible sign of forced labour or trafficking', {id: 'q-l1-b'}), msg('Only a problem if she is not paid', {id: 'q-l1-c'})],
      1, msg('Keeping someone’s identity documents is one of the ILO’s indicators of forced labour. It is a sign to take seriously, not proof on its own.', {id: 'q-l1-e'})),
    q('l2', S.ilo,
      msg('A man must keep working to repay a recruitment fee, and the debt grows every month. What is going on?', {id: 'q-l2-q'}),
      [msg('Possibly debt bondage: a sign of forced labour', {id: 'q-l2-a'}), msg('Nothing unusual: he agreed to the fee', {id: 'q-l2-b'}), msg('A private matter between him and his employer', {id: 'q-l2-c'})],
      0, msg('Debt bondage is one of the ILO’s indicators of forced labour: a sign to take seriously, not proof on its own. Agreeing to a fee does not make an unpayable, growing debt fair.', {id: 'q-l2-e'})),
    q('l3', S.state,
      msg('Workers at a farm live on site, are driven everywhere by a supervisor, and are never seen alone. What stands out?', {id: 'q-l3-q'}),
      [msg('Nothing: many jobs come with housing', {id: 'q-l3-a'}), msg('They are probably just shy', {id: 'q-l3-b'}), msg('Their movement and contact with others seem to be controlled', {id: 'q-l3-c'})],
      2, msg('Living with the employer and not being able to speak to anyone alone are both on the U.S. State Department’s list of red flags.', {id: 'q-l3-e'})),
    q('l4', S.state,
      msg('Which of these can be a sign of labour exploitation?', {id: 'q-l4-q'}),
      [msg('Having a written contract you understand', {id: 'q-l4-a'}), msg('Being paid very little, or nothing', {id: 'q-l4-b'}), msg('Being free to change jobs', {id: 'q-l4-c'})],
      1, msg('Being unpaid or paid very little is on the U.S. State Department’s list of red flags.', {id: 'q-l4-e'})),
    q('l5', S.ilo,
      msg('A cleaner works 16 hours a day, 7 days a week, with no day off. Which sign of forced labour is this?', {id: 'q-l5-q'}),
      [msg('Excessive overtime', {id: 'q-l5-a'}), msg('None: working hours do not matter', {id: 'q-l5-b'})],
      0, msg('Excessive overtime is one of the ILO’s eleven indicators of forced labour. Usually several indicators appear together.', {id: 'q-l5-e'})),
    q('l6', S.ilo,
      msg('A woman took a job abroad as a hotel receptionist. When she arrives, she is made to do other work for no pay. What is this an example of?', {id: 'q-l6-q'}),
      [msg('A misunderstanding she can sort out herself', {id: 'q-l6-a'}), msg('Smuggling', {id: 'q-l6-b'}), msg('Deception, a common way people are drawn into trafficking', {id: 'q-l6-c'})],
      2, msg('A job that turns out to be different from the one promised is the ILO indicator called deception.', {id: 'q-l6-e'})),

    q('s1', S.dhs,
      msg('Under U.S. law, when is commercial sex involving someone under 18 trafficking?', {id: 'q-s1-q'}),
      [msg('Always', {id: 'q-s1-a'}), msg('Only if force is used', {id: 'q-s1-b'}), msg('Only if the young person says no', {id: 'q-s1-c'})],
      0, msg('Any commercial sex with a person under 18 is trafficking under U.S. law. No force, fraud or coercion needs to be shown.', {id: 'q-s1-e'})),
    q('s2', S.polarisFlags,
      msg('A young woman’s new “boyfriend” controls her phone, her money and where she goes, and she seems afraid of him. What should you think?', {id: 'q-s2-q'}),
      [msg('It is a private matter, nothing to worry about', {id: 'q-s2-a'}), msg('These are possible signs of the kind of control traffickers use', {id: 'q-s2-b'}), msg('It only matters if she asks for help', {id: 'q-s2-c'})],
      1, msg('Controlled communication, no control over money and fear are red flags. Some traffickers present themselves as a partner.', {id: 'q-s2-e'})),
    q('s3', S.unseen,
      msg('Is all commercial sex between adults trafficking?', {id: 'q-s3-q'}),
      [msg('Yes, always', {id: 'q-s3-a'}), msg('No: for adults, it is trafficking when force, fraud or coercion is used', {id: 'q-s3-b'}), msg('Only if someone crossed a border', {id: 'q-s3-c'})],
      1, msg('For adults, trafficking means exploitation through force, fraud or coercion. For children, no such means are needed.', {id: 'q-s3-e'})),
    q('s4', S.polarisMyths,
      msg('Who can be a victim of sex trafficking?', {id: 'q-s4-q'}),
      [msg('Only women and girls', {id: 'q-s4-a'}), msg('Only people from other countries', {id: 'q-s4-b'}), msg('People of any gender, including men and boys', {id: 'q-s4-c'})],
      2, msg('Men and boys are victims too; LGBTQ boys and young men are particularly vulnerable.', {id: 'q-s4-e'})),

    q('c1', S.unicefUsa,
      msg('Which of these is one of UNICEF USA’s signs that a child may be trafficked?', {id: 'q-c1-q'}),
      [msg('The child does not control their own money or ID', {id: 'q-c1-a'}), msg('The child has a weekend job', {id: 'q-c1-b'}), msg('The child is shy with strangers', {id: 'q-c1-c'})],
      0, msg('Not controlling their own money or ID is one of UNICEF USA’s five signs. Not every sign is present in every case.', {id: 'q-c1-e'})),
    q('c2', S.unicefUsa,
      msg('A 14-year-old works long days in a restaurant during school hours and knows little about the area they live in. What could this mean?', {id: 'q-c2-q'}),
      [msg('It proves the child is being trafficked', {id: 'q-c2-a'}), msg('Nothing: children often help out', {id: 'q-c2-b'}), msg('Several possible signs together: worth reporting', {id: 'q-c2-c'})],
      2, msg('Long working hours and knowing little about their surroundings are among UNICEF USA’s signs. Signs are not proof, but several together are worth reporting.', {id: 'q-c2-e'})),
    q('c3', S.blueBlindfold,
      msg('An adult says they “found” a child travelling alone and are looking after them. The child has no contact with parents. What is this?', {id: 'q-c3-q'}),
      [msg('Always a kind act', {id: 'q-c3-a'}), msg('One of the listed indicators of child trafficking', {id: 'q-c3-b'}), msg('Only a problem if the child complains', {id: 'q-c3-c'})],
      1, msg('An adult claiming to have found an unaccompanied child, and a child with no access to parents, are both on the list of child trafficking indicators.', {id: 'q-c3-e'})),
    q('c4', S.unicefChina,
      msg('You think a child is being exploited. Should you photograph the child and post it online to raise the alarm?', {id: 'q-c4-q'}),
      [msg('Yes: the more people see it, the better', {id: 'q-c4-a'}), msg('Only with the face blurred', {id: 'q-c4-b'}), msg('No: it can put the child at risk. Report it to a hotline or the police', {id: 'q-c4-c'})],
      2, msg('UNICEF warns that posting photos of children you suspect are trafficked can bring them retribution or stigma.', {id: 'q-c4-e'})),
    q('c5', S.ahtu,
      msg('Can a child consent to being exploited?', {id: 'q-c5-q'}),
      [msg('No: a child cannot consent', {id: 'q-c5-a'}), msg('Yes, from the age of 16', {id: 'q-c5-b'}), msg('Yes, if a parent agrees', {id: 'q-c5-c'})],
      0, msg('A child cannot consent to exploitation, and consent obtained by deception does not count for anyone.', {id: 'q-c5-e'})),
    q('c6', S.sinTrata,
      msg('A child seems much more frightened and withdrawn than other children their age, and an adult always answers for them. What should you do?', {id: 'q-c6-q'}),
      [msg('Nothing: many children are shy', {id: 'q-c6-a'}), msg('Ask the adult directly what is going on', {id: 'q-c6-b'}), msg('Note what you saw and report it', {id: 'q-c6-c'})],
      2, msg('Do not approach or confront anyone yourself: note the time, the place and what you saw, and report it to a hotline or the police.', {id: 'q-c6-e'})),

    q('m1', S.unseen,
      msg('Does a person have to cross a border to be trafficked?', {id: 'q-m1-q'}),
      [msg('Yes, trafficking always means crossing a border', {id: 'q-m1-a'}), msg('No: crossing a border is not required for exploitation to be a crime', {id: 'q-m1-b'}), msg('Yes, or at least moving to another city', {id: 'q-m1-c'})],
      1, msg('People can be exploited without ever leaving their home town. Trafficking is often confused with smuggling.', {id: 'q-m1-e'})),
    q('m2', S.polarisMyths,
      msg('Are most victims kidnapped or locked up?', {id: 'q-m2-q'}),
      [msg('No: traffickers more often use lies, threats and manipulation', {id: 'q-m2-a'}), msg('Yes, almost always', {id: 'q-m2-b'})],
      0, msg('Most traffickers use psychological means. People stay for complex reasons, such as fear, having no money, or manipulation.', {id: 'q-m2-e'})),
    q('m3', S.polarisMyths,
      msg('Who can traffickers be?', {id: 'q-m3-q'}),
      [msg('Only strangers', {id: 'q-m3-a'}), msg('Partners, family members or other people the victim knows', {id: 'q-m3-b'}), msg('Only foreigners', {id: 'q-m3-c'})],
      1, msg('Many victims are trafficked by a romantic partner, a spouse or a family member, including parents.', {id: 'q-m3-e'})),
    q('m4', S.polarisMyths,
      msg('Only people without immigration papers are trafficked.', {id: 'q-m4-q'}),
      [TRUE(), FALSE()],
      1, msg('False. Citizens and lawful residents are trafficked too.', {id: 'q-m4-e'})),
    q('m5', S.unseen,
      msg('Where can trafficking happen?', {id: 'q-m5-q'}),
      [msg('Only in illegal, underground businesses', {id: 'q-m5-a'}), msg('Only in other countries', {id: 'q-m5-b'}), msg('In ordinary businesses too, such as hotels, restaurants, cleaning, nail salons and building sites', {id: 'q-m5-c'})],
      2, msg('Cases are found in everyday industries, not only hidden ones.', {id: 'q-m5-e'})),
    q('m6', S.haven,
      msg('Someone who is being trafficked will ask for help.', {id: 'q-m6-q'}),
      [TRUE(), FALSE()],
      1, msg('False. Fear, isolation, shame, loyalty or manipulation can stop people asking for help, or even seeing themselves as victims.', {id: 'q-m6-e'})),
    q('m7', S.sinTrata,
      msg('You see signs that someone may be trafficked. What should you do?', {id: 'q-m7-q'}),
      [msg('Confront the person who seems to be in control', {id: 'q-m7-a'}), msg('Note what you saw and report it to a hotline, or call the emergency number if someone is in danger', {id: 'q-m7-b'}), msg('Try to get the person away yourself', {id: 'q-m7-c'})],
      1, msg('Do not approach or intervene yourself. Note the time, place and descriptions, and report.', {id: 'q-m7-e'})),
    q('m8', S.polarisMyths,
      msg('Trafficking is always about sex.', {id: 'q-m8-q'}),
      [TRUE(), FALSE()],
      1, msg('False. Labour trafficking is believed to be more common worldwide, though it is talked about less.', {id: 'q-m8-e'})),
    q('m9', S.haven,
      msg('Someone agreed to the work at first and was paid something. Can it still be trafficking?', {id: 'q-m9-q'}),
      [msg('Yes: earlier consent or some pay does not matter once force, fraud or coercion is used', {id: 'q-m9-a'}), msg('No: agreeing at the start means it is not trafficking', {id: 'q-m9-b'}), msg('Only if they were never paid', {id: 'q-m9-c'})],
      0, msg('Consent at the start, or being paid, does not change what happens once someone is forced, deceived or coerced.', {id: 'q-m9-e'})),

    q('g1', S.unicefUsa,
      msg('One sign on its own proves that someone is being trafficked.', {id: 'q-g1-q'}),
      [TRUE(), FALSE()],
      1, msg('False. Signs are possible indicators, not proof, and not every sign appears in every case. Report what you notice and let trained people assess it.', {id: 'q-g1-e'})),
    q('g2', S.unodc,
      msg('A worker seems very afraid of the police and of being deported. What could this be?', {id: 'q-g2-q'}),
      [msg('A possible sign: traffickers may threaten people with the authorities', {id: 'q-g2-a'}), msg('A sign that the worker has done something wrong', {id: 'q-g2-b'})],
      0, msg('Fear of the authorities, and being threatened with them, are among the UNODC’s general indicators.', {id: 'q-g2-e'})),
  ];
}
