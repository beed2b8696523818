/**
 * French over Payload's fallback strings: the stock French says « Créer un(e) nouveau ou
 * nouvelle », « Bloc bascule », « Paramètres régionaux »… The content team and the committee
 * meet these on every screen. Each replacement below is phrased so that it reads whatever the
 * gender of `{{label}}` (« Créer : Fiche »), in the house style (écriture inclusive with the
 * middle dot only where a person is meant). Merged into Payload's `i18n.translations` by
 * `plugin.ts`; `test/translations.test.ts` keeps the list free of the known fallbacks.
 */
export const frenchOverrides = {
  fields: {
    addNew: 'Ajouter',
    addNewLabel: 'Ajouter : {{label}}',
    chooseFromExisting: 'Choisir parmi les éléments existants',
    chooseLabel: 'Choisir : {{label}}',
    toggleBlock: 'Afficher ou masquer le bloc',
    uploadNewLabel: 'Téléverser : {{label}}',
  },
  general: {
    created: 'Création',
    createdAt: 'Créé le',
    createNew: 'Créer',
    createNewLabel: 'Créer : {{label}}',
    creatingNewLabel: 'Création : {{label}}',
    deletedSuccessfully: 'Suppression réussie.',
    descending: 'décroissant',
    ascending: 'croissant',
    none: 'Aucun',
    noResults:
      'Aucun élément trouvé ({{label}}). Il n’en existe pas encore, ou aucun ne correspond aux filtres choisis ci-dessus.',
    successfullyCreated: 'Création réussie : {{label}}.',
    successfullyDuplicated: 'Copie réussie : {{label}}.',
    titleDeleted: '« {{title}} » ({{label}}) a été supprimé.',
    locale: 'Langue',
    locales: 'Langues',
    updatedAt: 'Modifié le',
    addBelow: 'Ajouter en dessous',
  },
  version: {
    aboutToRestoreGlobal:
      'Vous êtes sur le point de rétablir « {{label}} » tel qu’il était le {{versionDate}}.',
    noRowsFound: 'Aucun élément trouvé ({{label}})',
    restoredSuccessfully: 'Version rétablie.',
  },
} as const

/** Strings that must never reach the French admin (the browser check looks for them too). */
export const knownFallbacks = [
  'un(e)',
  'nouveau ou nouvelle',
  'Bloc bascule',
  'Paramètres régionaux',
  'il ou elle',
  'le ou la',
  'undefined',
] as const
