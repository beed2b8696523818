/**
 * How the search compares words: lower case, accents folded (« anémie » = « anemie »),
 * ligatures opened (« cœur » = « coeur »), elisions dropped (« l’acide » → « acide »),
 * hyphens and punctuation as spaces. Used at build time (the word list) and in the browser.
 */

/** French elided articles and pronouns before an apostrophe (l’, d’, qu’, j’…). */
const elision = /\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’ʼ](?=\p{L})/gu

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
}

/** A query or a text as words, each as typed (for Pagefind) and folded (to compare). */
export interface Word {
  text: string
  key: string
}

export function splitWords(text: string): Word[] {
  const words: Word[] = []
  for (const raw of text
    .toLowerCase()
    .replace(elision, ' ')
    .split(/[^\p{L}\p{N}.]+/u)) {
    // A point inside a word is kept (« Dt.P. », « 0.4 »), a final one dropped.
    const word = raw.replace(/^\.+|\.+$/g, '')
    if (word) words.push({ text: word, key: fold(word) })
  }
  return words
}
