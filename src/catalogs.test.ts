/**
 * Every catalog against its English source, in every locale it has: the same keys, the same kind
 * of message, the same placeholders used; French typography; and every message that counts
 * something written at 0, 1, 2, 5 and 1,000 in each locale (reviewed in the snapshot beside this
 * file). The compiler already refuses a missing key or a message with other arguments; this
 * catches what it cannot: a translation that drops or ignores a placeholder.
 */
import { isValidElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { appMessages } from '@/app/messages';
import { agentMessages } from '@/features/agent/messages';
import { billingMessages } from '@/features/billing/messages';
import { creditsMessages } from '@/features/credits/messages';
import { qaPanelMessages } from '@/features/qa-panel/messages';
import { commonMessages } from '@/lib/i18n/common';
import { createFormats } from '@/lib/i18n/formats';
import type { MessageSource } from '@/lib/i18n/messages';

const SOURCES: MessageSource<unknown>[] = [
  commonMessages,
  creditsMessages,
  agentMessages,
  billingMessages,
  qaPanelMessages,
  appMessages,
] as MessageSource<unknown>[];

type Message = (...args: unknown[]) => ReactNode;
type Leaf = { path: string; value: unknown };

function leaves(tree: unknown, path = ''): Leaf[] {
  if (typeof tree === 'object' && tree !== null && !isValidElement(tree)) {
    return Object.entries(tree).flatMap(([key, value]) =>
      leaves(value, path ? `${path}.${key}` : key),
    );
  }
  return [{ path, value: tree }];
}

/** The text of a message's output, with its markup's text, for reading and for checks. */
function text(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(text).join('');
  if (typeof node === 'function') return (node as () => string)();
  if (isValidElement<{ children?: ReactNode }>(node)) {
    const inner = text(node.props.children);
    return typeof node.type === 'string' ? `<${node.type}>${inner}</${node.type}>` : inner;
  }
  return '';
}

/**
 * Arguments that note which of them a message reads: as a number (plurals), as text, as markup
 * put in the sentence, or called as a slot with words of its own.
 */
function probes(count: number, numbers: Record<number, number> = {}) {
  const used = new Set<number>();
  const args = Array.from({ length: count }, (_, index) => {
    if (index in numbers) return numbers[index];
    const mark = `⟦${index}⟧`;
    const probe = (words?: string) => {
      used.add(index);
      return words === undefined ? mark : `${mark}(${words})`;
    };
    return Object.assign(probe, {
      [Symbol.toPrimitive]: (hint: string) => {
        used.add(index);
        return hint === 'number'
          ? 1000 + index
          : hint === 'default'
            ? '2026-12-06T12:00:00Z'
            : mark;
      },
    });
  });
  const read = (output: ReactNode) => {
    const words = text(output);
    args.forEach((_, index) => {
      if (words.includes(`⟦${index}⟧`)) used.add(index);
    });
    return used;
  };
  return { args, read, used };
}

function placeholdersOf(message: Message, count: number): number[] {
  const { args, read } = probes(count);
  return [...read(message(...args))].sort();
}

/** The arguments a message reads as numbers: the ones a count goes into. */
function numericArgs(message: Message, count: number): number[] {
  return Array.from({ length: count }, (_, index) => index).filter((index) => {
    let asNumber = false;
    const args = probes(count).args.map((arg, at) =>
      at === index
        ? Object.assign(() => '', {
            [Symbol.toPrimitive]: (hint: string) => {
              if (hint === 'number') asNumber = true;
              return hint === 'number' ? 7 : '7';
            },
          })
        : arg,
    );
    void message(...args);
    return asNumber;
  });
}

const COUNTS = [0, 1, 2, 5, 1000];

for (const source of SOURCES) {
  const english = leaves(source.en(createFormats('en')));
  const locales = Object.keys(source.translations);

  describe(`the "${source.id}" catalog`, () => {
    it('has translations', () => {
      expect(locales).toContain('fr');
    });

    it.each(locales)(
      'in %s has every key, of the same kind, with the same placeholders',
      async (locale) => {
        const { default: translation } = await source.translations[locale]!();
        const translated = new Map(
          leaves(translation(createFormats(locale))).map(({ path, value }) => [path, value]),
        );
        expect([...translated.keys()].sort()).toEqual(english.map(({ path }) => path).sort());
        for (const { path, value } of english) {
          const theirs = translated.get(path);
          expect(typeof theirs, path).toBe(typeof value);
          if (typeof value === 'function' && typeof theirs === 'function') {
            const count = (value as Message).length;
            expect(placeholdersOf(theirs as Message, count), `${locale} ${path}`).toEqual(
              placeholdersOf(value as Message, count),
            );
          }
        }
      },
    );

    it.each(locales.filter((locale) => locale === 'fr'))(
      'in %s follows French typography',
      async (locale) => {
        const { default: translation } = await source.translations[locale]!();
        for (const { path, value } of leaves(translation(createFormats(locale)))) {
          const words =
            typeof value === 'function'
              ? text((value as Message)(...probes((value as Message).length).args))
              : String(value);
          // A no-break space before : ; ! ? and inside « », curly apostrophes, no straight quotes.
          expect(words, path).not.toMatch(/ [:;!?»]|« |[^\u00a0\u202f][;!?]|['"]/);
        }
      },
    );

    it('writes every count at 0, 1, 2, 5 and 1,000 in each locale', async () => {
      const written: Record<string, string[]> = {};
      for (const locale of ['en', ...locales]) {
        const f = createFormats(locale);
        const catalog =
          locale === 'en' ? source.en(f) : (await source.translations[locale]!()).default(f);
        for (const { path, value } of leaves(catalog)) {
          if (typeof value !== 'function') continue;
          const message = value as Message;
          for (const index of numericArgs(message, message.length)) {
            for (const count of COUNTS) {
              const output = text(message(...probes(message.length, { [index]: count }).args));
              expect(output, `${locale} ${path}`).not.toMatch(/#|NaN|undefined|\[object/);
              (written[`${path} #${index}`] ??= []).push(`${locale} ${count}: ${output}`);
            }
          }
        }
      }
      expect(written).toMatchSnapshot();
    });
  });
}
