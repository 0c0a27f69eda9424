import {expect} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import quiz from '../../stories/red-flag-quiz.stories.js';
import {until} from '../helpers/util.js';

/** What a designer sees in Storybook: the quiz story rendered with its controls, changed in place. */
describe('Storybook: the red-flag quiz story', () => {
  const box = document.createElement('div');
  before(() => document.body.append(box));
  after(() => {
    render('', box);
    box.remove();
  });
  const show = (args: object) => render((quiz.render as (a: object, c: object) => TemplateResult)({...quiz.args, ...args}, {}), box);
  const shadow = () => box.querySelector('signpost-red-flag-quiz')!.shadowRoot!;
  const progress = () => shadow().querySelector('[part="progress"]')?.textContent ?? '';

  it('a control changed on a story past its start (count, topics, bank) gives a quiz that asks what it says', async () => {
    show({step: 'question', count: 5});
    await until(() => progress() === 'Question 1 of 5');
    show({step: 'question', count: 3});
    await until(() => progress() === 'Question 1 of 3');
    // Topics: the general topic holds two questions, so three asked are two.
    show({step: 'question', count: 3, topics: 'general'});
    await until(() => progress() === 'Question 1 of 2');
    const bank = JSON.stringify({
      questions: [
        {id: 's1', topic: 'general', prompt: 'Story question one?', options: ['Yes', 'No'], correct: 0, explanation: 'One.', source: {name: 'Example', url: 'https://example.org/'}},
        {id: 's2', topic: 'general', prompt: 'Story question two?', options: ['Yes', 'No'], correct: 1, explanation: 'Two.', source: {name: 'Example', url: 'https://example.org/'}},
      ],
    });
    show({step: 'question', count: 3, bank});
    await until(() => /^Story question/.test(shadow().querySelector('legend')?.textContent ?? ''));
  });

  it('the Result step reaches the result with a bank smaller than count, and a src bank leaves its start screen', async () => {
    const bank = JSON.stringify({
      questions: [{id: 's1', topic: 'general', prompt: 'Story question one?', options: ['Yes', 'No'], correct: 0, explanation: 'One.', source: {name: 'Example', url: 'https://example.org/'}}],
    });
    show({step: 'result', count: 5, bank});
    await until(() => !!shadow().querySelector('[part="result"]'), 5000);
    expect(shadow().textContent).to.not.contain('Choose an answer first.');
    show({step: 'question', count: 2, bank: '', src: '/test/fixtures/quiz-bank.json'});
    await until(() => progress() === 'Question 1 of 2', 5000);
  });
});
