// The demo's language and colour-scheme switchers (an external file: the demo runs under a strict CSP).
const lang = document.getElementById('demo-lang');
const scheme = document.getElementById('demo-scheme');
lang?.addEventListener('change', () => {
  document.documentElement.lang = lang.value;
  document.documentElement.dir = ['ar'].includes(lang.value) ? 'rtl' : 'ltr';
});
scheme?.addEventListener('change', () => {
  document.documentElement.dataset.scheme = scheme.value;
});
