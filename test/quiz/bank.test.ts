import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import {parseTopics, seededRandom, selectQuestions, validateBank, TOPICS} from '../../src/quiz/bank.js';
import {BANK_INDEX, builtInBank} from '../../src/data/quiz-bank.js';
import '../../src/components/red-flag-quiz/define.js';
import {captureWarnings, closedWithin, hangHeld, hangRequest, markupOf, until} from '../helpers/util.js';
import {answer, q, settle, start, type Quiz} from './helpers.js';
import {anyJson, anyJsonValue, anyText} from '../helpers/text.js';

const valid = {
  questions: [
    {id: 'a', topic: 'labour', prompt: 'P?', options: ['x', 'y'], correct: 1, explanation: 'E.', source: {name: 'S', url: 'https://example.org/'}},
  ],
};

describe('quiz banks', () => {
  it('the built-in bank has at least 24 sourced questions across the four topics, 2–4 options each', () => {
    const bank = builtInBank();
    expect(bank.length).to.be.at.least(24);
    expect(bank.map((q) => q.id)).to.deep.equal(BANK_INDEX.map((q) => q.id));
    for (const topic of ['labour', 'sexual', 'children', 'myths'] as const) {
      expect(bank.filter((q) => q.topic === topic).length, topic).to.be.at.least(4);
    }
    expect(validateBank({questions: bank}).errors).to.deep.equal([]);
    for (const q of bank) {
      expect(new URL(q.source.url).protocol).to.equal('https:');
      expect(q.explanation.length).to.be.greaterThan(20);
      // Each source with the date it was last checked, as the hotline records carry theirs.
      expect(q.source.verified, q.id).to.match(/^20\d\d-\d\d-\d\d$/);
    }
  });

  it('accepts a valid bank and explains what is wrong with an invalid one', () => {
    expect(validateBank(valid).questions).to.have.length(1);
    // Each text at its limit is taken whole.
    const full = {
      ...valid.questions[0],
      id: 'i'.repeat(64),
      prompt: 'p'.repeat(600),
      options: ['o'.repeat(240), 'p'],
      explanation: 'e'.repeat(1200),
      source: {name: 's'.repeat(160), url: 'https://example.org/'},
    };
    expect(validateBank({questions: [full]}).questions).to.deep.equal([full]);
    const cases: Array<[unknown, string]> = [
      [null, 'a bank is an object'],
      [[], 'a bank is an object'],
      [{questions: []}, '1–200 questions'],
      [{questions: [{...valid.questions[0], options: ['only one']}]}, '"options" must be 2–4'],
      [{questions: [{...valid.questions[0], correct: 2}]}, '"correct" must be the index'],
      [{questions: [{...valid.questions[0], topic: 'cooking'}]}, '"topic" must be one of'],
      [{questions: [{...valid.questions[0], source: {name: 'S', url: 'javascript:alert(1)'}}]}, 'http(s) "url"'],
      [{questions: [valid.questions[0], valid.questions[0]]}, 'is used twice'],
      // A relative source is not a page of the host site; it is refused, as the schema says.
      [{questions: [{...valid.questions[0], source: {name: 'S', url: 'sources/ilo.html'}}]}, 'absolute http(s) "url"'],
      [{questions: [{...valid.questions[0], prompt: 'x'.repeat(601)}]}, '"prompt" must be text of 1–600 characters'],
      [{questions: [{...valid.questions[0], id: 'x'.repeat(65)}]}, '"id" must be text of 1–64 characters'],
      [{questions: [{...valid.questions[0], explanation: 'x'.repeat(1201)}]}, '"explanation" must be text of 1–1200 characters'],
      [{questions: [{...valid.questions[0], source: {name: 'x'.repeat(161), url: 'https://example.org/'}}]}, '"source" needs a "name"'],
      [{questions: [{...valid.questions[0], options: ['x'.repeat(241), 'y']}]}, '"options" must be 2–4 texts of 1–240 characters'],
      // A question that is text, a list or nothing is named as such, not by each of its missing fields.
      [{questions: ['Is this a question?']}, 'question 1 is not an object'],
      [{questions: [valid.questions[0], [valid.questions[0]]]}, 'question 2 is not an object'],
      [{questions: [null]}, 'question 1 is not an object'],
      // Text with nothing to see (zero-width space, word joiner, direction marks) is no text: a radio
      // button without a label, a blank question.
      [{questions: [{...valid.questions[0], options: ['\u200b', 'Yes']}]}, '"options" must be 2–4'],
      [{questions: [{...valid.questions[0], prompt: ' \u2060\u200e '}]}, '"prompt" must be text of 1–600 characters'],
    ];
    for (const [input, message] of cases) {
      const result = validateBank(input);
      expect(result.questions, JSON.stringify(input)).to.equal(null);
      expect(result.errors.join('; ')).to.contain(message);
    }
  });

  it('takes a bank of up to 200 questions, the schema\'s limit, and refuses 201 with that reason', () => {
    const bank = (n: number) => ({questions: Array.from({length: n}, (_, i) => ({...valid.questions[0], id: `q${i}`}))});
    expect(validateBank(bank(200)).questions?.length).to.equal(200);
    expect(validateBank(bank(201))).to.deep.equal({questions: null, errors: ['"questions" must hold 1–200 questions']});
  });

  it('property: any JSON value never throws, and a refused one says why (1,000 runs)', () => {
    // Some with a real "__proto__" key, as JSON.parse makes it, around any JSON.
    const polluting = anyJson().map((j) => JSON.parse(`{"__proto__":{"polluted":1},"questions":[${j}],"x":{"__proto__":{"polluted":1}}}`));
    fc.assert(
      fc.property(fc.oneof(anyJsonValue(), anyJson().map((j) => JSON.parse(j)), polluting), (input) => {
        const result = validateBank(input);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        // Arbitrary JSON is almost never a bank; when it is refused, the partner is told why.
        if (!result.questions) expect(result.errors.length).to.be.greaterThan(0);
      }),
      {numRuns: 1000},
    );
  });

  it('property: a bank is accepted exactly when every question is valid, and read as written (1,000 runs)', () => {
    const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
    // Text with something to see: not only spaces and format characters (U+200B, U+202E…).
    const txt = anyText({minLength: 1, maxLength: 30}).filter((s) => /[^\s\p{Cf}]/u.test(s));
    const question = fc
      .record({id: txt, topic: fc.constantFrom(...TOPICS), prompt: txt, options: fc.array(txt, {minLength: 2, maxLength: 4}), explanation: txt, name: txt, url: fc.webUrl()})
      .chain(({name, url, ...q}) => fc.nat({max: q.options.length - 1}).map((correct) => ({...q, correct, source: {name, url}})));
    type Q = Record<string, unknown> & {options: string[]; source: Record<string, unknown>};
    // Each mutation makes question `at` invalid; `null` mutates nothing.
    const breakers: Array<(q: Q, bank: Q[]) => unknown> = [
      (q) => ({...q, options: q.options.slice(0, 1)}),
      (q) => ({...q, options: [...q.options, 'e', 'f', 'g', 'h'].slice(0, 5)}),
      (q) => ({...q, correct: q.options.length}),
      (q) => ({...q, correct: 0.5}),
      (q) => ({...q, correct: String(q.correct)}),
      (q) => ({...q, topic: 'cooking'}),
      (q) => ({...q, prompt: ' \n\t '}),
      (q) => ({...q, options: ['\u200b\u2060', ...q.options.slice(1)]}),
      (q) => ({...q, prompt: 'x'.repeat(601)}),
      (q) => ({...q, explanation: undefined}),
      (q) => ({...q, options: [...q.options.slice(1), 42]}),
      (q) => ({...q, source: {...q.source, url: 'javascript:alert(1)'}}),
      (q) => ({...q, source: {...q.source, url: 'sources/ilo.html'}}),
      (q) => ({...q, source: {url: q.source.url}}),
      (q, bank) => ({...q, id: ` ${bank[0].id as string} `}),
      () => null,
      () => ['not', 'a', 'question'],
    ];
    const arb = fc.record({
      questions: fc.uniqueArray(question, {minLength: 1, maxLength: 5, selector: (q) => collapse(q.id)}),
      breaker: fc.option(fc.nat({max: breakers.length - 1}), {freq: 2}),
      at: fc.nat(),
      proto: fc.boolean(),
    });
    let accepted = 0;
    fc.assert(
      fc.property(arb, ({questions, breaker, at, proto}) => {
        const bank = questions as Q[];
        const i = at % bank.length;
        // The duplicate-id breaker needs another question to copy from.
        const broken = breaker !== null && !(breaker === breakers.length - 3 && i === 0);
        const input = bank.map((q, j) => (broken && j === i ? breakers[breaker!](q, bank) : q));
        let json = JSON.stringify({questions: input});
        // A real "__proto__" key, as JSON.parse makes it, on the bank and on every question.
        if (proto) json = json.replaceAll('{"id":', '{"__proto__":{"polluted":1},"id":').replace('{"questions":', '{"__proto__":{"polluted":1},"questions":');
        const result = validateBank(JSON.parse(json));
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        if (broken) {
          expect(result.questions).to.equal(null);
          expect(result.errors.join('; ')).to.contain(`question ${i + 1}`);
          return;
        }
        accepted++;
        expect(result.errors).to.deep.equal([]);
        expect(result.questions).to.deep.equal(
          bank.map((q) => ({
            id: collapse(q.id as string),
            topic: q.topic,
            prompt: collapse(q.prompt as string),
            options: q.options.map(collapse),
            correct: q.correct,
            explanation: collapse(q.explanation as string),
            source: {name: collapse(q.source.name as string), url: new URL(q.source.url as string).href},
          })),
        );
        for (const q of result.questions!) expect(Object.getPrototypeOf(q)).to.equal(Object.prototype);
      }),
      {numRuns: 1000},
    );
    // Both sides of the property were exercised.
    expect(accepted).to.be.within(150, 850);
  });

  it('draws fairly: each question as often first and last across seeds, and a seed\'s numbers spread evenly over [0, 1)', () => {
    // Fixed seeds: the counts are the same on every run. The bounds are six standard deviations wide.
    const pool = Array.from({length: 10}, (_, i) => ({id: `q${i}`, topic: 'general' as const}));
    const first = new Map<string, number>();
    const last = new Map<string, number>();
    for (let s = 0; s < 2000; s++) {
      const order = selectQuestions(pool, [], 10, `seed ${s}`);
      expect(new Set(order).size).to.equal(10);
      first.set(order[0], (first.get(order[0]) ?? 0) + 1);
      last.set(order[9], (last.get(order[9]) ?? 0) + 1);
    }
    for (const {id} of pool) {
      expect(first.get(id), `${id} first`).to.be.within(120, 280);
      expect(last.get(id), `${id} last`).to.be.within(120, 280);
    }
    const random = seededRandom('one seed');
    const buckets = Array<number>(10).fill(0);
    for (let n = 0; n < 10000; n++) {
      const value = random();
      expect(value).to.be.at.least(0).and.below(1);
      buckets[Math.floor(value * 10)]++;
    }
    for (const count of buckets) expect(count).to.be.within(800, 1200);
  });

  it('selects deterministically per seed and respects topics', () => {
    const a = selectQuestions(BANK_INDEX, [], 5, 's1');
    expect(selectQuestions(BANK_INDEX, [], 5, 's1')).to.deep.equal(a);
    expect(new Set(a).size).to.equal(5);
    const children = selectQuestions(BANK_INDEX, ['children'], 50, 'x');
    expect(children.length).to.equal(BANK_INDEX.filter((q) => q.topic === 'children').length);
    expect(parseTopics('Labour, MYTHS nope')).to.deep.equal({topics: ['labour', 'myths'], unknown: ['nope']});
    // US spelling: a labour-only quiz, not every topic (children's and sexual exploitation's questions among them).
    expect(parseTopics('labor')).to.deep.equal({topics: ['labour'], unknown: []});
    expect(parseTopics('Labor,laboratory')).to.deep.equal({topics: ['labour'], unknown: ['laboratory']});
    // No attribute (null or undefined) asks for every topic, without a warning about an unknown one.
    expect(parseTopics(null)).to.deep.equal({topics: [], unknown: []});
    expect(parseTopics(undefined)).to.deep.equal({topics: [], unknown: []});
  });
});

describe('<signpost-red-flag-quiz> with a partner bank', () => {
  const walk = async (el: Quiz) => {
    await start(el);
    return q(el, 'legend')!.textContent!;
  };

  it('reads a child JSON bank', async () => {
    const el = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1" seed="a">
      <script type="application/json">${JSON.stringify(valid)}</script>
    </signpost-red-flag-quiz>`);
    expect(await walk(el)).to.equal('P?');
  });

  it('reads a child JSON bank a framework adds or changes after connect (Vue and Angular drop <script> from templates)', async () => {
    const el = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1" seed="a"></signpost-red-flag-quiz>`);
    const script = Object.assign(document.createElement('script'), {type: 'application/json', textContent: JSON.stringify(valid)});
    el.append(script);
    await settle(el); // the observer's callback, then the render
    expect(await walk(el)).to.equal('P?');
    // Changed mid-quiz: another bank, so back to the start, with the new questions.
    script.textContent = JSON.stringify({questions: [{...valid.questions[0], id: 'q2', prompt: 'Q?'}]});
    await settle(el);
    expect(await walk(el)).to.equal('Q?');
  });

  it('fetches a bank from src without credentials or referrer', async () => {
    document.cookie = 'signpost-test=1; path=/';
    try {
      // The control: a plain fetch from this page sends both, so "none" below is the widget's doing.
      const control = await (await fetch('/test-server/echo-bank')).json();
      expect(control.questions[0].prompt).to.match(/^referer=http\S+ cookie=.*signpost-test=1/);
      const el = await fixture<Quiz>(html`<signpost-red-flag-quiz src="/test-server/echo-bank" count="1"></signpost-red-flag-quiz>`);
      await until(() => el.shadowRoot!.textContent!.includes('Questions: 1') && !el.shadowRoot!.textContent!.includes('Loading questions') && !!el.shadowRoot!.querySelector('button'));
      await settle(el);
      expect(await walk(el)).to.equal('referer=none cookie=none');
    } finally {
      document.cookie = 'signpost-test=; path=/; max-age=0';
    }
  });

  it('says "Loading questions…" where sighted readers see it while its bank loads (the Start button comes after)', async () => {
    const hang = hangRequest();
    const el = await fixture<Quiz>(html`<signpost-red-flag-quiz src=${hang.url} count="1"></signpost-red-flag-quiz>`);
    await hangHeld(hang);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('Loading questions…');
    expect(markupOf(el.shadowRoot!.querySelector('button')), 'no Start button yet').to.equal(null);
    const box = status.getBoundingClientRect();
    expect([box.width > 50, box.height > 10], 'seen, not only read').to.deep.equal([true, true]);
    el.remove(); // ends the hanging request
  });

  it('moved in the page while its bank loads, it loads the bank again (removal had cancelled it)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('signpost-red-flag-quiz') as Quiz;
    Object.assign(el, {src: '/test/fixtures/quiz-bank.json', count: 3, seed: 'f'});
    host.append(el);
    await el.updateComplete;
    const warnings = await captureWarnings(async () => {
      document.body.prepend(el); // a move: disconnected, then connected again
      await until(() => !!el.shadowRoot!.querySelector('button') && !el.shadowRoot!.textContent!.includes('Loading questions'));
      await settle(el);
    });
    host.remove();
    try {
      expect(warnings.join('\n')).not.to.contain('could not be loaded');
      expect(await walk(el)).to.match(/^Partner question/);
    } finally {
      el.remove();
    }
  });

  it('moved in the page mid-quiz, the reader keeps their place, and a bank from src stays (the inline one is only its fallback)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('signpost-red-flag-quiz') as Quiz;
    el.innerHTML = `<script type="application/json">${JSON.stringify(valid)}</script>`;
    Object.assign(el, {src: '/test/fixtures/quiz-bank.json', count: 3, seed: 'f'});
    host.append(el);
    await until(() => !!el.shadowRoot!.querySelector('button') && !el.shadowRoot!.textContent!.includes('Loading questions'));
    expect(await walk(el)).to.match(/^Partner question/);
    await answer(el, 0);
    const place = () => [q(el, 'legend')?.textContent, q(el, '[part="progress"]')?.textContent?.trim(), el.shadowRoot!.textContent!.includes('Check answer')];
    const before = place();
    try {
      const warnings = await captureWarnings(async () => {
        document.body.prepend(el); // a move: disconnected, then connected again
        await settle(el);
        await new Promise((r) => setTimeout(r, 300));
        await settle(el);
      });
      expect(warnings).to.deep.equal([]);
      expect(place(), 'same question, same step').to.deep.equal(before);
      expect(q(el, 'legend')!.textContent).to.match(/^Partner question/);
    } finally {
      el.remove();
      host.remove();
    }
  });

  it('says so when a bank is not JSON, inline or fetched, and uses the built-in bank', async () => {
    for (const make of [
      () => fixture<Quiz>(html`<signpost-red-flag-quiz count="1" seed="a"><script type="application/json">{questions: [</script></signpost-red-flag-quiz>`),
      () => fixture<Quiz>(html`<signpost-red-flag-quiz count="1" seed="a" src="/test/fixtures/pages/widgets.html"></signpost-red-flag-quiz>`),
    ]) {
      let el!: Quiz;
      const warnings = await captureWarnings(async () => {
        el = await make();
        await until(() => !el.shadowRoot!.textContent!.includes('Loading questions') && !!el.shadowRoot!.querySelector('button'));
        await settle(el);
      });
      expect(warnings.join('\n')).to.contain('is not valid JSON; the built-in bank is used');
      expect(BANK_INDEX.some((question) => question.id === el['order'][0])).to.equal(true);
    }
  });

  it('says what is wrong with a bank that is JSON but not a valid bank, its first three problems, and uses the built-in bank', async () => {
    let el!: Quiz;
    const warnings = await captureWarnings(async () => {
      el = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1" seed="a"><script type="application/json">{"questions": [1, 2, 3, 4]}</script></signpost-red-flag-quiz>`);
      await settle(el);
    });
    const problems = [1, 2, 3].map((n) => `question ${n} is not an object`).join('; ');
    expect(warnings).to.deep.equal([`Signpost: the quiz bank inside <signpost-red-flag-quiz> is not valid (${problems}); the built-in bank is used.`]);
    expect(builtInBank().map((b) => b.prompt)).to.include(await walk(el));
  });

  it('a src that fails beside a valid inline bank leaves the inline bank in play, and the warning says so', async () => {
    // Not JSON, not http(s), not there, and JSON that is not a bank (a news feed).
    for (const src of ['/test/fixtures/pages/widgets.html', 'javascript:alert(1)', '/test-server/missing-bank.json', '/test/fixtures/feeds/jsonfeed-1.1.json']) {
      let el!: Quiz;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1" src=${src}>
          <script type="application/json">${JSON.stringify(valid)}</script>
        </signpost-red-flag-quiz>`);
        await until(() => !el.shadowRoot!.textContent!.includes('Loading questions') && !!el.shadowRoot!.querySelector('button'));
        await settle(el);
      });
      expect(warnings.join('\n'), src).to.contain('; the bank inside the element is used.');
      expect(warnings.join('\n'), src).not.to.contain('built-in');
      expect(await walk(el), src).to.equal('P?');
    }
  });

  it('a src taken away (or changed to one that fails) gives back the inline bank, not the built-in one', async () => {
    const el = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1" seed="f" src="/test/fixtures/quiz-bank.json">
      <script type="application/json">${JSON.stringify(valid)}</script>
    </signpost-red-flag-quiz>`);
    await until(() => !!el.shadowRoot!.querySelector('button') && !el.shadowRoot!.textContent!.includes('Loading questions'));
    await settle(el);
    expect(await walk(el), 'the bank from src').to.match(/^Partner question/);
    el.src = '';
    await settle(el);
    expect(await walk(el), 'src taken away').to.equal('P?');
    const warnings = await captureWarnings(async () => {
      el.src = '/test-server/missing-bank.json';
      await settle(el); // its request starts
      await until(() => !el.shadowRoot!.textContent!.includes('Loading questions') && !!el.shadowRoot!.querySelector('button'));
      await settle(el);
    });
    expect(warnings.join('\n')).to.contain('; the bank inside the element is used.');
    expect(await walk(el), 'a src that fails').to.equal('P?');
  });

  it('uses a bank from a JSON file', async () => {
    const el = await fixture<Quiz>(html`<signpost-red-flag-quiz src="/test/fixtures/quiz-bank.json" count="3" seed="f"></signpost-red-flag-quiz>`);
    await until(() => !!el.shadowRoot!.querySelector('button'));
    await settle(el);
    expect(await walk(el)).to.match(/^Partner question/);
  });

  it('a new src that fails, or a removed src, brings back the built-in bank and cancels the request', async () => {
    const el = await fixture<Quiz>(html`<signpost-red-flag-quiz src="/test/fixtures/quiz-bank.json" count="3" seed="f"></signpost-red-flag-quiz>`);
    await until(() => !!el.shadowRoot!.querySelector('button'));
    await settle(el);
    expect(BANK_INDEX.some((question) => question.id === el['order'][0]), 'the partner bank').to.equal(false);
    await captureWarnings(async () => {
      el.src = 'javascript:alert(1)';
      await settle(el);
    });
    expect(BANK_INDEX.some((question) => question.id === el['order'][0]), 'unsafe src: built-in').to.equal(true);
    const hang = hangRequest();
    el.src = hang.url;
    await hangHeld(hang);
    // Cleared by the page: cancelled quietly (the page asked for it; nothing failed).
    const cleared = await captureWarnings(async () => {
      el.removeAttribute('src');
      el.src = '';
      await settle(el);
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(cleared, 'no warning for a src the page removed').to.deep.equal([]);
    expect(await closedWithin(hang), 'the request is cancelled').to.equal(true);
    expect(el.shadowRoot!.textContent).not.to.contain('Loading questions');
    expect(BANK_INDEX.some((question) => question.id === el['order'][0]), 'no src: built-in').to.equal(true);
  });

  it('falls back to the built-in bank, with a warning, for an invalid, hanging, oversized or cross-origin (no CORS) src', async () => {
    // A valid bank on another origin that does not allow CORS: the browser does not let the quiz read it.
    const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
    for (const [src, expected] of [
      [`${other}/test-server/echo-bank`, 'could not be loaded'],
      ['/test/fixtures/not-there.json', 'could not be loaded (HTTP 404)'],
      ['/test-server/hang', 'timed out'],
      ['/test-server/big', 'larger than 262144 bytes'],
      ['/test-server/big?declared=1', 'larger than 262144 bytes'],
      ['javascript:alert(1)', 'is not an http(s) URL'],
    ]) {
      let el!: Quiz;
      const warnings = await captureWarnings(async () => {
        el = await fixture<Quiz>(html`<signpost-red-flag-quiz src=${src} timeout="400" count="1" seed="b"></signpost-red-flag-quiz>`);
        // Until the request has failed (a loaded machine may take longer than the 400 ms timeout).
        await until(() => !el.shadowRoot!.textContent!.includes('Loading questions'), 8000);
        await settle(el);
      });
      expect(warnings.join('\n'), src).to.contain(expected);
      // The fallback is the built-in bank: its first question is one of the built-in prompts.
      expect(builtInBank().map((b) => b.prompt), src).to.include(await walk(el));
      expect(el.shadowRoot!.textContent).not.to.contain('Loading questions');
    }
  });

  it('a src set while the quiz is out of the page is fetched when it comes back, not before', async () => {
    const realFetch = window.fetch;
    const asked: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (asked.push(String(input)), realFetch(input, init));
    try {
      const el = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1"></signpost-red-flag-quiz>`);
      const parent = el.parentElement!;
      el.remove();
      el.src = '/test-server/echo-bank'; // a framework's kept-alive view, updated while hidden
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect(asked, 'no request while removed').to.deep.equal([]);
      parent.append(el);
      expect(asked, 'asked for when connected').to.have.length(1);
      await el.updateComplete; // "Loading questions" is shown
      await until(() => !el.shadowRoot!.textContent!.includes('Loading questions') && !!el.shadowRoot!.querySelector('button'));
      await settle(el);
      expect(await walk(el)).to.equal('referer=none cookie=none');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('kept alive out of the page, a src taken away and given back is loaded again when it comes back', async () => {
    const realFetch = window.fetch;
    const asked: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (asked.push(String(input)), realFetch(input, init));
    try {
      const el = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1" src="/test-server/echo-bank"></signpost-red-flag-quiz>`);
      await until(() => !el.shadowRoot!.textContent!.includes('Loading questions') && !!el.shadowRoot!.querySelector('button'));
      const parent = el.parentElement!;
      el.remove();
      for (const src of ['', '/test-server/echo-bank']) {
        el.src = src; // a framework's kept-alive view, updated while hidden
        await el.updateComplete;
      }
      parent.append(el);
      expect(asked, 'asked for again').to.have.length(2);
      await el.updateComplete;
      await until(() => !el.shadowRoot!.textContent!.includes('Loading questions') && !!el.shadowRoot!.querySelector('button'));
      await settle(el);
      expect(await walk(el), 'the partner’s bank, not the built-in one').to.equal('referer=none cookie=none');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a new src while one loads keeps "Loading questions…" until the new bank comes (the cancelled request ends first)', async () => {
    const first = hangRequest();
    const el = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1" src=${first.url}></signpost-red-flag-quiz>`);
    await hangHeld(first);
    const second = hangRequest();
    el.src = second.url;
    await hangHeld(second);
    expect(await closedWithin(first), 'the first request is cancelled').to.equal(true);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Loading questions…');
    expect(markupOf(el.shadowRoot!.querySelector('button')), 'no Start button yet').to.equal(null);
    el.remove(); // ends the hanging request
  });

  it('on a page whose fetch ignores cancellation, the late answer for an old src neither replaces the new src’s bank nor warns', async () => {
    const realFetch = window.fetch;
    /** Answers held back until the test lets them go, whatever the quiz's signal says. */
    const held: Array<() => void> = [];
    const lateBank = JSON.stringify({questions: [{...valid.questions[0], prompt: 'Late?'}]});
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).includes('late')
        ? new Promise<Response>((resolve, reject) => held.push(() => (String(input).includes('fails') ? reject(new TypeError('offline')) : resolve(new Response(lateBank)))))
        : realFetch(input, init)) as typeof window.fetch;
    try {
      for (const late of ['/late-bank.json', '/late-bank.json?fails']) {
        const el = await fixture<Quiz>(html`<signpost-red-flag-quiz count="1" src=${late}></signpost-red-flag-quiz>`);
        el.src = '/test/fixtures/quiz-bank.json';
        await until(() => !el.shadowRoot!.textContent!.includes('Loading questions') && !!el.shadowRoot!.querySelector('button'));
        const warnings = await captureWarnings(async () => {
          held.splice(0).forEach((release) => release());
          await new Promise((r) => setTimeout(r, 50));
          await settle(el);
        });
        expect(warnings, late).to.deep.equal([]);
        expect(await walk(el), `${late}: the new src's bank`).to.match(/^Partner question/);
      }
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a timeout given as text (React and Vue set the property) is used, not the 8 s default', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<Quiz>(html`<signpost-red-flag-quiz .timeout=${'400' as unknown as number} src=${hangRequest().url} count="1"></signpost-red-flag-quiz>`);
      await until(() => !el.shadowRoot!.textContent!.includes('Loading questions'), 4000);
    });
    expect(warnings.join()).to.contain('timed out after 400 ms');
  });

  it('a timeout of 0, below 0 or not a number waits the 8 s default; any time above 0 is used, even 1 ms', async () => {
    for (const timeout of ['0', '-1', 'soon']) {
      const warnings = await captureWarnings(async () => {
        const src = `/test-server/echo-bank?uncached=${Math.random()}`;
        const el = await fixture<Quiz>(html`<signpost-red-flag-quiz src=${src} timeout=${timeout} count="1"></signpost-red-flag-quiz>`);
        await until(() => !el.shadowRoot!.textContent!.includes('Loading questions') && !!el.shadowRoot!.querySelector('button'));
        await settle(el);
        expect(await walk(el), timeout).to.equal('referer=none cookie=none');
      });
      // A number says nothing; a word says what it used (until 2026-12-07 it said nothing either).
      expect(warnings, timeout).to.deep.equal(timeout == 'soon' ? ['Signpost: "soon" is not a number; using 8000.'] : []);
    }
    const warnings = await captureWarnings(async () => {
      const el = await fixture<Quiz>(html`<signpost-red-flag-quiz timeout="1" src=${hangRequest().url} count="1"></signpost-red-flag-quiz>`);
      await until(() => !el.shadowRoot!.textContent!.includes('Loading questions'), 4000);
    });
    expect(warnings.join()).to.contain('timed out after 1 ms');
  });

  it('a timeout too large for the browser’s timers still waits for the bank (at most a minute)', async () => {
    const warnings = await captureWarnings(async () => {
      // Past 2^31 - 1 ms, browsers fire a timer at once: every load would "time out" immediately.
      const src = `/test-server/echo-bank?uncached=${Math.random()}`;
      const el = await fixture<Quiz>(html`<signpost-red-flag-quiz src=${src} timeout="3000000000" count="1"></signpost-red-flag-quiz>`);
      await until(() => !el.shadowRoot!.textContent!.includes('Loading questions') && !!el.shadowRoot!.querySelector('button'));
      await settle(el);
      expect(await walk(el)).to.equal('referer=none cookie=none');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('aborts the request when the element is removed, quietly', async () => {
    const hang = hangRequest();
    const warnings = await captureWarnings(async () => {
      const el = await fixture<Quiz>(html`<signpost-red-flag-quiz src=${hang.url} timeout="10000"></signpost-red-flag-quiz>`);
      await hangHeld(hang);
      el.remove();
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(await hang.closed()).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });
});
