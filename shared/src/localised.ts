import type { Locale, LocalisedText } from './locales'

/** A localised text in `locale`, and the language it is really in (French when untranslated). */
export interface Localised {
  text: string
  /** Set when the text is not in the page's language: put it on a `lang` attribute. */
  lang: Locale | undefined
}

export function localised(value: LocalisedText, locale: Locale): Localised {
  const text = value[locale]
  if (text) return { text, lang: undefined }
  return { text: value.fr, lang: locale === 'fr' ? undefined : 'fr' }
}
