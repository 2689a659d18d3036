// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { accent } from '@/lib/i18n/pseudo';
import { untranslatedText } from './untranslated-text';

/** jsdom lays nothing out: a stand-in for the browser's answer, from `hidden` and inline styles. */
function shownByStyle(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const { display, visibility } = (at as HTMLElement).style;
    if (at.hasAttribute('hidden') || display === 'none' || visibility === 'hidden') return false;
  }
  return true;
}

beforeAll(() => {
  Element.prototype.checkVisibility = function (this: Element) {
    return shownByStyle(this);
  };
});

function render(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('untranslatedText', () => {
  it('passes text and attributes that carry the pseudo-locale marks, numbers and signs', () => {
    const root = render(`
      <p>${accent('7 of 100 left')}</p>
      <button aria-label="${accent('Try again')}">↻</button>
      <span>7/100 · 1,234 — 50%</span>
    `);
    expect(untranslatedText([root])).toEqual([]);
  });

  it('finds English text, even a single letter beside marked words', () => {
    const root = render(`<p>${accent('Running low')}: 7 credits</p><h2>Billing</h2>`);
    expect(untranslatedText([root])).toEqual([
      `<p>: "${accent('Running low')}: 7 credits"`,
      '<h2>: "Billing"',
    ]);
  });

  it('finds English in the attributes that are shown or read out', () => {
    const root = render(`
      <div role="meter" aria-label="Free AI credits" aria-valuetext="${accent('7 left')}"></div>
      <input placeholder="Ask your agent" />
      <img alt="Logo" src="data:," />
      <a href="/settings/billing" data-slot="link">${accent('Billing')}</a>
    `);
    expect(untranslatedText([root])).toEqual([
      '<div[role=meter]> aria-label: "Free AI credits"',
      '<input> placeholder: "Ask your agent"',
      '<img> alt: "Logo"',
    ]);
  });

  it('reads what only screen readers get, but not what is not rendered', () => {
    const root = render(`
      <span class="sr-only">Loading your AI credits</span>
      <p hidden>Hidden</p>
      <div style="display: none"><p>Not shown</p></div>
      <div style="visibility: hidden">Invisible</div>
      <div style="display: none"><span style="display: contents">Boxless</span></div>
      <style>p { color: red }</style>
    `);
    expect(untranslatedText([root])).toEqual(['<span>: "Loading your AI credits"']);
  });

  it("skips what is marked as not to be translated: data, a person's own words", () => {
    const root = render(`
      <p translate="no">Do you ship abroad?</p>
      <div translate="no"><p title="Hello">@ana.shop</p></div>
      <p>${accent('You')}: <q translate="no">Hello!</q></p>
    `);
    expect(untranslatedText([root])).toEqual([]);
  });

  it('reads every root given (a dialog is portalled beside the story)', () => {
    const story = render(`<p>${accent('Upgrade')}</p>`);
    const dialog = document.createElement('div');
    dialog.innerHTML = '<div role="dialog"><h2>Move to Pro?</h2></div>';
    document.body.append(dialog);
    expect(untranslatedText([story, dialog])).toEqual(['<h2>: "Move to Pro?"']);
  });
});
