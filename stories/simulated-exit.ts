// The stories' quick exits never leave: the preview frame would navigate away from Storybook.
import type {SignpostHotlineCard} from '../src/components/hotline-card/hotline-card.js';
import type {SignpostQuickExit} from '../src/components/quick-exit/quick-exit.js';

/** In Storybook the exit is simulated: the page is hidden for two seconds, then restored, instead of leaving. */
export const simulatedNavigate: SignpostQuickExit['navigate'] = () => {
  setTimeout(() => window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true})), 2000);
};

/** A `ref` callback for a `<signpost-quick-exit>`: its exit is simulated. */
export function simulateExit(el: Element | undefined): void {
  if (el) (el as SignpostQuickExit).navigate = simulatedNavigate;
}

/**
 * A `ref` callback for a `<signpost-hotline-card quick-exit>`: the quick exit the card renders in its
 * shadow root (after its update) is simulated too. Give it only while `quick-exit` is on, so that
 * turning it on (a new inner element) calls it again.
 */
export async function simulateCardExit(el: Element | undefined): Promise<void> {
  const card = el as SignpostHotlineCard | undefined;
  if (!card) return;
  await card.updateComplete;
  card.shadowRoot?.querySelectorAll('signpost-quick-exit').forEach(simulateExit);
}
