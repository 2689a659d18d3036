/**
 * English left behind in the accented pseudo-locale (en-XA): there every word of ours is shown
 * with accented letters in brackets ("[Ţŕýý ááĝááîîñ]"), so any plain ASCII letter a person
 * can read or hear is a word that did not go through a message catalog.
 *
 * What is read: each rendered text node (text visible on screen and text only screen readers
 * get), and the attributes that are shown or read out. What is not ours is skipped: anything
 * inside `translate="no"` (the HTML way to say "not to be translated": a person's own input,
 * server data, a story's stand-in for a host's words), and what is not rendered.
 */

/** The attributes a person reads or hears (the same list the i18next lint rule checks, and more). */
const SPOKEN_ATTRIBUTES = [
  'aria-label',
  'aria-valuetext',
  'aria-roledescription',
  'aria-description',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
];

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const ASCII_LETTER = /[A-Za-z]/;

/** `display: contents` has no box of its own: its parent's says whether it is rendered. */
function rendered(element: Element): boolean {
  let boxed: Element | null = element;
  while (boxed && getComputedStyle(boxed).display === 'contents') boxed = boxed.parentElement;
  return !boxed || boxed.checkVisibility({ visibilityProperty: true });
}

function skipped(element: Element): boolean {
  return NOT_TEXT.has(element.tagName) || element.closest('[translate="no"]') !== null;
}

function describe(element: Element): string {
  const role = element.getAttribute('role');
  return role ? `${element.localName}[role=${role}]` : element.localName;
}

/**
 * Every text and spoken attribute under `roots` that has a plain ASCII letter, as
 * `<p>: "Try again"` or `<button> aria-label: "Close"`; empty when all of it carries the marks.
 */
export function untranslatedText(roots: Iterable<Element>): string[] {
  const found: string[] = [];
  const shown = new Map<Element, boolean>();
  const isShown = (element: Element) => {
    let answer = shown.get(element);
    if (answer === undefined) shown.set(element, (answer = !skipped(element) && rendered(element)));
    return answer;
  };

  for (const root of roots) {
    const walker = root.ownerDocument.createTreeWalker(
      root,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    );
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (!isShown(node)) continue;
        for (const name of SPOKEN_ATTRIBUTES) {
          const value = node.getAttribute(name);
          if (value && ASCII_LETTER.test(value)) {
            found.push(`<${describe(node)}> ${name}: ${JSON.stringify(value)}`);
          }
        }
      } else {
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (parent && ASCII_LETTER.test(text) && isShown(parent)) {
          found.push(`<${describe(parent)}>: ${JSON.stringify(text)}`);
        }
      }
    }
  }
  return found;
}
