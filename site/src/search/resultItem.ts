/**
 * One search result as a list item: type, title, excerpt with the match highlighted, last
 * expert review and update, themes, and passages (transcript timestamps, chapters, sections)
 * that link to where the words are.
 */
import type { SearchConfig } from './searchConfig'
import type { PagefindPage } from './searchIndex'

/** Passages shown under a result at most. */
const maxPassages = 3

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** Typographic apostrophes back in place (the index holds ASCII ones, see the integration). */
const typographic = (text: string) => text.replace(/(\p{L})'(?=\p{L})/gu, '$1’')

/**
 * Appends Pagefind's excerpt as text and `<mark>` elements, never as HTML: only `<mark>` is
 * taken from it, and `&lt;`/`&gt;` (its only escapes) are read back as text.
 */
export function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  for (const [i, part] of excerpt.split(/<mark>([\s\S]*?)<\/mark>/).entries()) {
    if (part === '') continue
    const text = typographic(part.replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
    parent.append(i % 2 === 1 ? el('mark', undefined, text) : text)
  }
}

/**
 * Pagefind cuts its excerpt at word positions of its own, which can fall inside a word of
 * the page's text (« UX : collations… » for « DEUX : collations… »). An excerpt whose first
 * word continues a word of the page starts at the next word instead, after an ellipsis.
 */
export function fromWordBoundary(excerpt: string, content: string | undefined): string {
  if (!content || excerpt.startsWith('<mark>')) return excerpt
  const plain = excerpt
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
  const at = content.indexOf(plain.slice(0, 40))
  if (at <= 0 || !/[\p{L}\p{N}]/u.test(content.charAt(at - 1))) return excerpt
  const space = excerpt.search(/\s/)
  return space === -1 ? excerpt : `…${excerpt.slice(space)}`
}

/**
 * An excerpt taken from the vocabulary terms added to the indexed copy
 * (`integrations/searchVocabularyIndex.ts`, separated by U+2E31) says nothing to a reader:
 * the start of the page's text after its title (its summary) says what the page is about.
 */
export function readableExcerpt(page: PagefindPage, words = 26): string {
  const excerpt = fromWordBoundary(page.excerpt, page.content)
  if (!excerpt.includes('\u2e31') || !page.content) return excerpt
  const title = page.meta.title ?? ''
  const start = page.content.startsWith(title) ? title.length : 0
  const lead = page.content
    .slice(start)
    .replace(/^[.\s]+/, '')
    .split(/\s+/)
  const text = lead.slice(0, words).join(' ').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return lead.length > words ? `${text}…` : text
}

export const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match)

export function resultItem(page: PagefindPage, config: SearchConfig): HTMLLIElement {
  const { strings } = config
  const item = el('li', 'result')
  const typeValue = page.filters.type?.[0]
  const type = typeValue ? config.types[typeValue] : undefined
  if (type) {
    const badge = el('span', `badge badge--${type.badge}`, type.label)
    if (page.meta.kind) badge.append(el('span', 'badge__detail', ` · ${page.meta.kind}`))
    const line = el('p', 'result__type')
    line.append(badge)
    item.append(line)
  }
  const heading = el('h2', 'result__title')
  const link = el('a', undefined, typographic(page.meta.title ?? page.url))
  link.href = page.url
  heading.append(link)
  item.append(heading)

  const excerpt = el('p', 'result__excerpt')
  appendExcerpt(excerpt, readableExcerpt(page))
  item.append(excerpt)

  const facts = [
    page.meta.reviewed && fill(strings.reviewed, { date: page.meta.reviewed }),
    page.meta.updated && fill(strings.updated, { date: page.meta.updated }),
  ].filter((fact): fact is string => Boolean(fact))
  if (facts.length > 0) item.append(el('p', 'result__facts', facts.join(' · ')))

  const themeFacet = config.facets.find((facet) => facet.key === 'theme')
  const themes = (page.filters.theme ?? [])
    .map((slug) => themeFacet?.options.find((option) => option.value === slug)?.label)
    .filter((label): label is string => Boolean(label))
  if (themes.length > 0)
    item.append(el('p', 'result__themes', fill(strings.themes, { list: themes.join(', ') })))

  const passages = page.sub_results
    .filter((sub) => /#(?!titre$)/.test(sub.url))
    .slice(0, maxPassages)
  if (passages.length > 0) {
    const list = el('ul', 'result__passages')
    list.setAttribute(
      'aria-label',
      fill(strings.passages, { title: typographic(page.meta.title ?? '') }),
    )
    for (const sub of passages) {
      const entry = el('li')
      const anchor = el('a', undefined, typographic(sub.title))
      anchor.href = sub.url
      const text = el('p')
      appendExcerpt(text, sub.excerpt)
      entry.append(anchor, text)
      list.append(entry)
    }
    item.append(list)
  }
  return item
}
