/**
 * axe as the a11y addon (@storybook/addon-a11y) runs it after each story, for the checks the story
 * tests repeat on the same render: another theme (visual.setup.ts), another locale
 * (locale-pass.ts). Same scope, same rules, same story parameters.
 */
import axe from 'axe-core';

/** The story's `parameters.a11y`, as the addon reads it. */
export interface A11yParameter {
  disable?: boolean;
  test?: 'off' | 'todo' | 'error';
  config?: axe.Spec;
  options?: axe.RunOptions;
}

/** Whether a violation fails the story, as the addon decides. */
export const failsOnViolations = (a11y: A11yParameter) => !a11y.disable && a11y.test === 'error';

const SCOPE = {
  include: document.body,
  exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'],
};

/** The page's language, on the root element (outside the story's scope, so asked apart). */
const LANGUAGE_RULES = ['html-has-lang', 'html-lang-valid', 'html-xml-lang-mismatch'];

function describe(violations: axe.Result[]): string[] {
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.nodes.length}): ${violation.help} at ${violation.nodes[0]?.target.join(' ')}`,
  );
}

/** The story's violations: every rule the addon runs, or only `rules` (say, the colour rules). */
export async function axeViolations(a11y: A11yParameter, rules?: string[]): Promise<string[]> {
  axe.reset();
  // The addon turns "region" off: a component on its own has no landmarks around it.
  const configured = [{ id: 'region', enabled: false }, ...(a11y.config?.rules ?? [])];
  axe.configure({ ...a11y.config, rules: configured });
  const turnedOff = Object.fromEntries(
    configured.filter(({ enabled }) => enabled === false).map(({ id }) => [id, { enabled: false }]),
  );
  const { violations } = await axe.run(SCOPE, {
    ...a11y.options,
    ...(rules && { runOnly: { type: 'rule', values: rules } }),
    rules: { ...turnedOff, ...a11y.options?.rules },
    // Only the failures come back: the passing checks' details are most of axe's work.
    resultTypes: ['violations'],
  });
  return describe(violations);
}

/** The page's `lang`: present, a valid tag, consistent with `xml:lang`. */
export async function languageViolations(): Promise<string[]> {
  axe.reset();
  const { violations } = await axe.run(document, {
    runOnly: { type: 'rule', values: LANGUAGE_RULES },
    resultTypes: ['violations'],
  });
  return describe(violations);
}
