/**
 * The PPNE page's and calculator's words, in both languages. Kept apart from the site's
 * dictionaries so that the calculator's JavaScript carries only these few strings.
 */
import type { Locale } from '@nlv/shared/locales'

const fr = {
  title: 'Le coût du panier nutritif (PPNE)',
  description:
    'Ce que coûte à Montréal un panier d’épicerie nutritif et économique, mesuré par Alima : évolution, répartition par catégorie, calculateur pour un ménage, données à télécharger.',
  demoTitle: 'Données de démonstration',
  demo: 'Les chiffres de cette page sont fictifs : ils montrent comment la plateforme publie le PPNE en attendant l’import des relevés réels d’Alima. Ne les citez pas.',
  headline: 'En {period}, le panier nutritif coûte {cost} par mois pour une {household}.',
  yearChange: 'C’est {amount} ({percent}) de {direction} qu’en {before}.',
  firstChange: 'Depuis le premier relevé publié ({first}), la hausse est de {amount} ({percent}).',
  firstChangeDown:
    'Depuis le premier relevé publié ({first}), la baisse est de {amount} ({percent}).',
  more: 'plus',
  less: 'moins',
  trendTitle: 'Coût mensuel du panier, ménage de référence',
  trendDescription:
    'Courbe du coût mensuel du panier pour le ménage de référence, de {first} ({firstCost}) à {last} ({lastCost}).',
  trendTable: 'Coût mensuel du panier du ménage de référence, par période',
  categoriesTitle: 'Répartition du panier par catégorie d’aliments, {period}',
  categoriesDescription:
    'Barres horizontales du coût mensuel de chaque catégorie d’aliments pour le ménage de référence en {period} ; la plus coûteuse : {top} ({topCost}).',
  categoriesTable: 'Coût mensuel par catégorie d’aliments, ménage de référence, {period}',
  period: 'Période',
  monthlyCost: 'Coût mensuel',
  category: 'Catégorie',
  share: 'Part du panier',
  total: 'Total',
  source: 'Source : Alima, Panier à provisions nutritif et économique (PPNE){demo}.',
  sourceDemo: ' — données de démonstration fictives',
  downloads: 'Télécharger',
  downloadsIntro:
    'Ces adresses ne changent pas : vous pouvez les citer ou les lier. Les graphiques portent leur source.',
  csv: 'La série complète (CSV)',
  json: 'La série complète avec la méthode (JSON)',
  svg: 'SVG',
  png: 'PNG',
  chartFile: 'Graphique « {title} »',
  dictionary: 'Dictionnaire des données',
  dictionaryPeriod: 'mois du relevé (AAAA-MM).',
  dictionaryKind: '« categorie » ou « profil ».',
  dictionaryCode: 'code stable de la catégorie ou du profil.',
  dictionaryLabel: 'nom en français (label_en : en anglais).',
  dictionaryUnit:
    '« mois-menage-reference » : coût mensuel pour le ménage de référence ; « semaine-personne » : coût hebdomadaire par personne.',
  dictionaryValue: 'montant en dollars canadiens, point décimal.',
  households: 'Ce que coûte le panier pour des ménages courants',
  householdsIntro:
    'Coût mensuel en {period}, ajusté selon la taille du ménage. Le calculateur ci-dessous compose n’importe quel ménage.',
  household: 'Ménage',
  calculator: 'Calculer pour un ménage',
  calculatorIntro:
    'Composez le ménage et entrez son revenu mensuel net : vous obtenez le coût du panier et la part du revenu qu’il représente. Rien n’est envoyé : le calcul se fait dans votre navigateur.',
  addPerson: 'Ajouter une personne',
  person: 'Personne {n}',
  remove: 'Retirer la personne {n}',
  income: 'Revenu mensuel net du ménage ($)',
  incomeHelp: 'Après impôts, toutes sources comprises (salaires, prestations, allocations).',
  incomeInvalid: 'Entrez un montant en dollars, par exemple 2450 ou 2 450,50.',
  result: 'Résultat',
  resultCost: 'Panier nutritif pour ce ménage ({size}) : {cost} par mois, en {period}.',
  resultShare: 'Soit {share} du revenu mensuel net de {income}.',
  resultAbove:
    'C’est au-dessus du seuil d’abordabilité de {threshold} : ce ménage ne peut vraisemblablement pas se procurer un panier nutritif sans se priver d’autre chose.',
  resultBelow: 'C’est sous le seuil d’abordabilité de {threshold}.',
  resultNoIncome: 'Entrez le revenu pour connaître la part qu’il représente.',
  thresholdSource: 'Seuil : {source}',
  sizeOne: '1 personne',
  sizeMany: '{n} personnes',
  factor: 'Ajustement pour la taille du ménage : × {factor}.',
  print: 'Imprimer le résultat',
  method: 'Méthode',
  sources: 'Sources',
  adjustments: 'Ajustement selon la taille du ménage',
  size: 'Taille du ménage',
  factorColumn: 'Facteur',
  threshold: 'Seuil d’abordabilité : {threshold} du revenu net. {source}',
  reportsLink: 'Les rapports PPNE',
  periodData: 'Les données de cette période',
  periodDataText:
    'Les chiffres de {period} sont dans le tableau de la page PPNE et dans la série à télécharger (CSV).',
  homeLink: 'Voir l’évolution et calculer pour un ménage',
  homeTitle: 'Le coût du panier nutritif',
  members: 'Les personnes du ménage',
  pending:
    'Le coût du panier paraîtra ici dès que le premier relevé aura été approuvé par le comité et publié.',
  groups: {
    adult: 'Adultes',
    pregnancy: 'Grossesse',
    breastfeeding: 'Allaitement',
    teen: 'Adolescent·es',
    child: 'Enfants',
    infant: 'Nourrissons',
    senior: 'Personnes de 51 ans et plus',
  },
  noScript:
    'Le calculateur demande JavaScript ; le tableau ci-dessus donne le coût pour des ménages courants.',
}

type Strings = typeof fr

const en: Strings = {
  title: 'The cost of the nutritious food basket (PPNE)',
  description:
    'What a nutritious, economical grocery basket costs in Montréal, measured by Alima: trend, breakdown by category, a household calculator, data to download.',
  demoTitle: 'Demonstration data',
  demo: 'The figures on this page are fictitious: they show how the platform publishes the PPNE until Alima’s real surveys are imported. Do not quote them.',
  headline: 'In {period}, the nutritious basket costs {cost} a month for a {household}.',
  yearChange: 'That is {amount} ({percent}) {direction} than in {before}.',
  firstChange: 'Since the first published survey ({first}), it has risen by {amount} ({percent}).',
  firstChangeDown:
    'Since the first published survey ({first}), it has fallen by {amount} ({percent}).',
  more: 'more',
  less: 'less',
  trendTitle: 'Monthly cost of the basket, reference household',
  trendDescription:
    'Line of the basket’s monthly cost for the reference household, from {first} ({firstCost}) to {last} ({lastCost}).',
  trendTable: 'Monthly cost of the reference household’s basket, by period',
  categoriesTitle: 'The basket by food category, {period}',
  categoriesDescription:
    'Horizontal bars of the monthly cost of each food category for the reference household in {period}; the largest: {top} ({topCost}).',
  categoriesTable: 'Monthly cost by food category, reference household, {period}',
  period: 'Period',
  monthlyCost: 'Monthly cost',
  category: 'Category',
  share: 'Share of basket',
  total: 'Total',
  source: 'Source: Alima, Panier à provisions nutritif et économique (PPNE){demo}.',
  sourceDemo: ' — fictitious demonstration data',
  downloads: 'Download',
  downloadsIntro:
    'These addresses do not change: you may cite or link them. The charts carry their source.',
  csv: 'The full series (CSV)',
  json: 'The full series with the method (JSON)',
  svg: 'SVG',
  png: 'PNG',
  chartFile: 'Chart “{title}”',
  dictionary: 'Data dictionary',
  dictionaryPeriod: 'month of the survey (YYYY-MM).',
  dictionaryKind: '“categorie” (food category) or “profil” (person profile).',
  dictionaryCode: 'stable code of the category or profile.',
  dictionaryLabel: 'name in French (label_en: in English).',
  dictionaryUnit:
    '“mois-menage-reference”: monthly cost for the reference household; “semaine-personne”: weekly cost per person.',
  dictionaryValue: 'amount in Canadian dollars, decimal point.',
  households: 'What the basket costs for common households',
  householdsIntro:
    'Monthly cost in {period}, adjusted for household size. The calculator below composes any household.',
  household: 'Household',
  calculator: 'Calculate for a household',
  calculatorIntro:
    'Compose the household and enter its monthly net income: you get the basket’s cost and the share of income it takes. Nothing is sent: the calculation runs in your browser.',
  addPerson: 'Add a person',
  person: 'Person {n}',
  remove: 'Remove person {n}',
  income: 'Household monthly net income ($)',
  incomeHelp: 'After tax, all sources included (wages, benefits, allowances).',
  incomeInvalid: 'Enter an amount in dollars, for example 2450 or 2,450.50.',
  result: 'Result',
  resultCost: 'Nutritious basket for this household ({size}): {cost} a month, in {period}.',
  resultShare: 'That is {share} of the monthly net income of {income}.',
  resultAbove:
    'That is above the affordability threshold of {threshold}: this household is unlikely to afford a nutritious basket without going without something else.',
  resultBelow: 'That is below the affordability threshold of {threshold}.',
  resultNoIncome: 'Enter the income to see the share it takes.',
  thresholdSource: 'Threshold: {source}',
  sizeOne: '1 person',
  sizeMany: '{n} people',
  factor: 'Household-size adjustment: × {factor}.',
  print: 'Print the result',
  method: 'Method',
  sources: 'Sources',
  adjustments: 'Household-size adjustment',
  size: 'Household size',
  factorColumn: 'Factor',
  threshold: 'Affordability threshold: {threshold} of net income. {source}',
  reportsLink: 'PPNE reports',
  periodData: 'The data for this period',
  periodDataText:
    'The figures for {period} are in the PPNE page’s table and in the downloadable series (CSV).',
  homeLink: 'See the trend and calculate for a household',
  homeTitle: 'The cost of the nutritious basket',
  members: 'The people in the household',
  pending:
    'The cost of the basket will appear here as soon as the first survey is approved by the committee and published.',
  groups: {
    adult: 'Adults',
    pregnancy: 'Pregnancy',
    breastfeeding: 'Breastfeeding',
    teen: 'Teenagers',
    child: 'Children',
    infant: 'Infants',
    senior: 'People aged 51 and over',
  },
  noScript:
    'The calculator needs JavaScript; the table above gives the cost for common households.',
}

export type PpneStrings = Strings
export const ppneStrings: Record<Locale, Strings> = { fr, en }

/** The strings the calculator island uses (only these are sent to the browser). */
const calculatorKeys = [
  'members',
  'groups',
  'person',
  'remove',
  'addPerson',
  'income',
  'incomeHelp',
  'incomeInvalid',
  'result',
  'resultCost',
  'resultShare',
  'resultAbove',
  'resultBelow',
  'resultNoIncome',
  'thresholdSource',
  'sizeOne',
  'sizeMany',
  'factor',
  'print',
  'noScript',
] as const satisfies ReadonlyArray<keyof Strings>
export type CalculatorStrings = Pick<Strings, (typeof calculatorKeys)[number]>

export const calculatorStrings = (locale: Locale): CalculatorStrings =>
  Object.fromEntries(
    calculatorKeys.map((key) => [key, ppneStrings[locale][key]]),
  ) as CalculatorStrings

/** Replaces each `{name}` of a string. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`PPNE string needs {${name}}: ${template}`)
    return String(params[name])
  })
}
