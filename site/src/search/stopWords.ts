/**
 * Words a question is made of but a page is not found by (« comment », « est-ce que »,
 * "how much"): the search drops them, so that « combien de poids prendre pendant la
 * grossesse » looks for « poids prendre grossesse ». Folded (no accents). The search page
 * receives its language's list, plus the other language's (practitioners mix them).
 */
import type { Locale } from '@nlv/shared/locales'

const fr = `a au aux avec ce ceci cela ces cet cette c ca chez combien comment dans de des du
elle elles en entre est et etre faire fait faut il ils je la le les leur leurs lui ma mais me
mes moi mon ne ni nos notre nous on ou par pas pendant peut peux pour pourquoi quand que quel
quelle quelles quels qui quoi sa sans se ses si son sont sur ta te tes toi ton tu un une vos
votre vous y dois doit ai`

const en = `a about an and are as at be by can could do does for from how i if in into is it
its me my of on or should than that the their them there these they this to was we what when
where which who why will with you your much many`

const lists: Record<Locale, string> = { fr, en }

export function stopWords(locale: Locale): string[] {
  const other: Locale = locale === 'fr' ? 'en' : 'fr'
  return [...new Set(`${lists[locale]} ${lists[other]}`.split(/\s+/).filter(Boolean))].sort()
}
