/**
 * The design system's stylesheets (`shared/src/styles/`), in cascade order. The site's layout
 * imports them in this order (`@nlv/shared/styles/<name>`) and the CMS preview inlines them
 * in this order, so that an article looks the same in both.
 */
export const stylesheets = [
  'tokens.css',
  'base.css',
  'rich-text.css',
  'article.css',
  'print.css',
] as const

export type Stylesheet = (typeof stylesheets)[number]
