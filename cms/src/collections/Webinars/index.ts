import type { CollectionConfig } from 'payload'
import { webinarMinutes } from '@nlv/shared/content-limits'
import { parseVideoUrl } from '@nlv/shared/video'
import { body, sharedContentFields } from '../../fields/contentFields'
import { contentAccess, contentAdmin, contentVersions } from '../contentDefaults'

const seconds = (fr: string, en: string) =>
  ({
    name: 'start',
    type: 'number',
    required: true,
    min: 0,
    label: { fr, en },
    admin: {
      description: {
        fr: 'En secondes depuis le début (ex. 754 pour 12:34).',
        en: 'Seconds from the start.',
      },
    },
  }) as const

/** Webinaires: recordings with speakers, chapters, transcript and slides. */
export const Webinars: CollectionConfig = {
  slug: 'webinars',
  labels: {
    singular: { fr: 'Webinaire', en: 'Webinar' },
    plural: { fr: 'Webinaires', en: 'Webinars' },
  },
  access: contentAccess,
  admin: contentAdmin(['title', 'recordedAt', '_status', 'updatedAt'], 'webinars'),
  fields: [
    ...sharedContentFields.head(),
    {
      type: 'row',
      fields: [
        {
          name: 'recordedAt',
          type: 'date',
          required: true,
          label: { fr: "Date de l'enregistrement", en: 'Recorded on' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
        },
        {
          name: 'durationMinutes',
          type: 'number',
          required: true,
          min: webinarMinutes.min,
          max: webinarMinutes.max,
          label: { fr: 'Durée (minutes)', en: 'Duration (minutes)' },
        },
      ],
    },
    {
      name: 'video',
      type: 'group',
      label: { fr: 'Enregistrement', en: 'Recording' },
      fields: [
        {
          name: 'url',
          type: 'text',
          label: { fr: 'Lien YouTube ou Vimeo', en: 'YouTube or Vimeo link' },
          validate: (value: string | null | undefined) =>
            !value ||
            parseVideoUrl(value) !== null ||
            'Lien vidéo non reconnu : collez l’adresse d’une vidéo YouTube ou Vimeo.',
        },
        {
          name: 'file',
          type: 'upload',
          relationTo: 'documents',
          label: { fr: 'Ou fichier vidéo (MP4)', en: 'Or video file (MP4)' },
          filterOptions: { mimeType: { equals: 'video/mp4' } },
        },
      ],
    },
    {
      name: 'speakers',
      type: 'array',
      label: { fr: 'Conférencier·ères', en: 'Speakers' },
      labels: {
        singular: { fr: 'Conférencier·ère', en: 'Speaker' },
        plural: { fr: 'Conférencier·ères', en: 'Speakers' },
      },
      fields: [
        { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
        { name: 'role', type: 'text', label: { fr: 'Titre ou fonction', en: 'Role' } },
        { name: 'organisation', type: 'text', label: { fr: 'Organisation', en: 'Organisation' } },
      ],
    },
    {
      name: 'slides',
      type: 'upload',
      relationTo: 'documents',
      label: { fr: 'Présentation (PDF)', en: 'Slides (PDF)' },
    },
    {
      name: 'chapters',
      type: 'array',
      label: { fr: 'Chapitres', en: 'Chapters' },
      labels: {
        singular: { fr: 'Chapitre', en: 'Chapter' },
        plural: { fr: 'Chapitres', en: 'Chapters' },
      },
      fields: [
        seconds('Début', 'Start'),
        {
          name: 'title',
          type: 'text',
          localized: true,
          label: { fr: 'Titre', en: 'Title' },
          // Required in French only: an English version may leave chapter titles to the fallback.
          validate: (
            value: string | null | undefined,
            { req }: { req: { locale?: string | null } },
          ) =>
            Boolean(value) ||
            (req.locale ?? 'fr') !== 'fr' ||
            'Chaque chapitre a besoin d’un titre en français.',
        },
      ],
    },
    {
      name: 'transcript',
      type: 'array',
      localized: true,
      label: { fr: 'Transcription', en: 'Transcript' },
      labels: {
        singular: { fr: 'Segment', en: 'Segment' },
        plural: { fr: 'Segments', en: 'Segments' },
      },
      admin: { initCollapsed: true },
      fields: [
        seconds('Début', 'Start'),
        { name: 'speaker', type: 'text', label: { fr: 'Personne qui parle', en: 'Speaker' } },
        { name: 'text', type: 'textarea', required: true, label: { fr: 'Texte', en: 'Text' } },
      ],
    },
    body('body', 'Description', 'Description'),
    ...sharedContentFields.tail(),
  ],
  versions: contentVersions,
}
