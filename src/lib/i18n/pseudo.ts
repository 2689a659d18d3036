import { cloneElement, isValidElement, type ReactNode } from 'react';
import type { Formats } from './formats';

/*
 * Pseudo-locales, made from the English messages as they are shown, so they never fall behind.
 * Loaded only when one is chosen.
 */

const ACCENTED: Record<string, string> = Object.fromEntries(
  [
    ...'aáAÅbƀBƁcçCÇdðDÐeéEÉfƒFƑgĝGĜhĥHĤiîIÎjĵJĴkķKĶlļLĻmɱMṀnñNÑoöOÖpþPÞqǫQǪrŕRŔsšSŠtţTŢuûUÛvṽVṼwŵWŴxẋXẊyýYÝzžZŽ',
  ].reduce<[string, string][]>((pairs, char, index, chars) => {
    if (index % 2 === 0) pairs.push([char, chars[index + 1]!]);
    return pairs;
  }, []),
);

/** "Try again" -> "[Ţŕýý ááĝááîîñ]": every letter marked, vowels doubled (about 40% longer). */
export function accent(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  const marked = text.replace(/[A-Za-z]/g, (char) =>
    /[aeiouy]/i.test(char) ? ACCENTED[char]!.repeat(2) : ACCENTED[char]!,
  );
  return `[${marked}]`;
}

/** Each run of Latin letters shown right to left (a bidi override); digits keep their order. */
export function mirror(text: string): string {
  return text
    .replace(/[A-Za-z]+(?:['’][A-Za-z]+)*/g, (word) => `\u202E${word}\u202C`)
    .replace(/[−+-](?=\d)/g, (sign) => `\u200E${sign}`);
}

export type Transform = (text: string) => string;

function pseudoNode(node: ReactNode, transform: Transform): ReactNode {
  if (typeof node === 'string') return transform(node);
  if (isValidElement<{ children?: ReactNode }>(node)) {
    const { children } = node.props;
    if (children === undefined) return node;
    // Spread, as the message made them: an array of children would ask React for keys.
    return Array.isArray(children)
      ? cloneElement(
          node,
          undefined,
          ...children.map((child: ReactNode) => pseudoNode(child, transform)),
        )
      : cloneElement(node, undefined, pseudoNode(children, transform));
  }
  return node;
}

/** Every message of a catalog, shown through `transform`; the catalog's shape stays. */
export function pseudoMessages<M>(messages: M, transform: Transform): M {
  if (typeof messages === 'string') return transform(messages) as M;
  if (typeof messages === 'function') {
    const message = messages as (...args: unknown[]) => ReactNode;
    return ((...args: unknown[]) => pseudoNode(message(...args), transform)) as M;
  }
  if (Array.isArray(messages)) {
    return messages.map((message: unknown) => pseudoMessages(message, transform)) as M;
  }
  if (messages && typeof messages === 'object' && !isValidElement(messages)) {
    return Object.fromEntries(
      Object.entries(messages).map(([key, value]) => [key, pseudoMessages(value, transform)]),
    ) as M;
  }
  return messages;
}

/** Formats whose words (months, weekdays, "yesterday") carry the pseudo-locale's marks too. */
export function pseudoFormats(formats: Formats, transform: Transform): Formats {
  return {
    ...formats,
    dateTime: (iso, timeZone) => transform(formats.dateTime(iso, timeZone)),
    day: (day) => transform(formats.day(day)),
    relative: (iso, now) => transform(formats.relative(iso, now)),
    when(iso, now) {
      const { text, exact } = formats.when(iso, now);
      return { text: transform(text), exact: transform(exact) };
    },
  };
}
