import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Audiences } from './collections/Audiences'
import { Documents } from './collections/Documents'
import { FactSheets } from './collections/FactSheets'
import { InterventionTools } from './collections/InterventionTools'
import { Media } from './collections/Media'
import { Publications } from './collections/Publications'
import { SearchVocabulary } from './collections/SearchVocabulary'
import { Stages } from './collections/Stages'
import { Themes } from './collections/Themes'
import { Users } from './collections/Users'
import { lockedAccountTranslations } from './collections/Users/loginLock'
import { Webinars } from './collections/Webinars'
import { databaseAdapter } from './db'
import { emailAdapter } from './email/adapter'
import { cmsUrl, env, maxDocumentBytes, maxUploadBytes } from './env'
import { richTextEditor } from './fields/richTextEditor'
import { patchConfig, plugins } from './plugins'
import { assertProductionSafe } from './productionSafety'
import { PpneCategories, PpnePeriods, PpneProfiles } from './ppne/collections'
import { PpneMethod } from './ppne/method'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: cmsUrl,
  // Browsers may call the API only from the CMS itself and the public site.
  cors: [cmsUrl, env.SITE_URL],
  csrf: [cmsUrl, env.SITE_URL],
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Nourrir la vie' },
    // No Gravatar: the admin makes no third-party requests.
    avatar: 'default',
    importMap: { baseDir: dirname },
  },
  collections: [
    FactSheets,
    InterventionTools,
    Webinars,
    Publications,
    PpnePeriods,
    PpneCategories,
    PpneProfiles,
    Themes,
    Audiences,
    Stages,
    SearchVocabulary,
    Media,
    Documents,
    Users,
  ],
  globals: [PpneMethod],
  email: emailAdapter(),
  localization: {
    locales: [
      { code: 'fr', label: 'Français' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'fr',
    fallback: true,
  },
  i18n: {
    supportedLanguages: { fr, en },
    fallbackLanguage: 'fr',
    translations: lockedAccountTranslations,
  },
  editor: richTextEditor,
  db: databaseAdapter(),
  sharp,
  upload: {
    // fieldSize: the admin sends a document's data as one form field (`_payload`); busboy's
    // default (1 MB) would refuse a long webinar transcript. Over either cap: a French 413.
    limits: { fileSize: maxUploadBytes + 1, fieldSize: maxDocumentBytes },
    // What the admin shows when an upload goes over the cap (Payload's default is English).
    responseOnLimit: `Fichier refusé : la limite est de ${env.NLV_MAX_UPLOAD_MB} Mo.`,
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  onInit: assertProductionSafe,
  // The review workflow, publishing, the jobs runner and the input guard (plugins/index.ts).
  plugins,
}).then(patchConfig)
