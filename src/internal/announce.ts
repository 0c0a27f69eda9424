/**
 * Puts `text` in a live region through `set`, after emptying it for a moment: a region changed back
 * to the same words is not read again, so a repeated message (a second failed copy, a second "choose
 * an answer") would otherwise go unheard.
 */
export async function announce(set: (text: string) => void, text: string): Promise<void> {
  set('');
  await new Promise((resolve) => setTimeout(resolve, 100));
  set(text);
}
