/**
 * A query as it is counted: Unicode NFC, lower case, inner spaces collapsed, control characters
 * removed. « Allaitement  » and « allaitement » are one row; accents are kept (« pâte » and
 * « pate » are different words to the team reading the list).
 */
export function normaliseQuery(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('fr-CA')
}
