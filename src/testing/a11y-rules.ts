/**
 * The accessibility bar every axe check of the project holds to (stories, pages, docs pages and
 * the cross-engine flows): WCAG 2.2 A and AA, and axe's best practices.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The axe rules whose outcome depends on the colours, so on the theme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
