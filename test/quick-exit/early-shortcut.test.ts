import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/quick-exit/define.js';
import {setLocaleLoader} from '../../src/i18n/registry.js';
import type {SignpostQuickExit} from '../../src/components/quick-exit/quick-exit.js';
import {cleanUp, recordNavigation} from './helpers.js';

// docs/quick-exit.md: "Shift ×3 works from the moment the element connects", also while the widget
// still shows its fallback link because its language file is on its way. A file of its own: the
// language loader below (as the CDN bundle installs one) stays for the page once set.
describe('<signpost-quick-exit> before its first render', () => {
  afterEach(cleanUp);

  it('Shift ×3 leaves (replace, page hidden) while its language file is still loading', async () => {
    // A Spanish file that never arrives: the widget holds its first render (at most 3 s).
    let asked = 0;
    setLocaleLoader(() => (asked++, new Promise(() => {})));
    const el = document.createElement('signpost-quick-exit') as SignpostQuickExit;
    el.lang = 'es';
    el.setAttribute('href', 'https://weather.example/');
    el.innerHTML = '<a href="https://weather.example/">Salir de esta página</a>';
    const calls = recordNavigation(el);
    document.body.append(el);
    try {
      await new Promise((r) => setTimeout(r, 50));
      expect(asked > 0, 'the widget asked for Spanish').to.equal(true);
      expect(el.hasUpdated, 'not rendered yet: Spanish is loading').to.equal(false);
      for (let i = 0; i < 3; i++) await sendKeys({press: 'Shift'});
      expect(el.hasUpdated, 'still not rendered when the third Shift is released').to.equal(false);
      expect(calls).to.have.length(1);
      expect(calls[0]).to.include({url: 'https://weather.example/', replace: true, hidden: true});
    } finally {
      el.remove();
    }
  });
});
