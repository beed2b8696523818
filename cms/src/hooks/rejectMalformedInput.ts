/**
 * A guard on every collection against input that Payload would store and the rest of the
 * platform would then choke on — checked before any other hook, with a clear 400:
 *
 * - a body that is not a JSON object (`null`, `"text"`, `42`, or no JSON at all), or nested
 *   deeper than any real document (Payload's own copy of the data overflows the call stack a
 *   few thousand levels down), and a negative `limit` or `page` (invalid SQL): all 500s;
 * - a NUL character (U+0000) anywhere in the data, the query (`where`, `sort`) or the id:
 *   SQLite stores it, PostgreSQL refuses it (`invalid byte sequence`), which Payload reports
 *   as a 500 — even for an anonymous login;
 * - rich text that is not a Lexical document, or holds nodes the editor does not know: the
 *   admin could no longer open it, and the published snapshot's contract refuses it, which
 *   fails every site build until the document is fixed;
 * - a date outside years 1000–9999: PostgreSQL refuses some (a 500); the others break the
 *   snapshot's `YYYY-MM-DD` dates, and with them every site build;
 * - two array rows or blocks sent with the same `id`: the id is the primary key of the row's
 *   table (shared by a document's locales), so the second insert failed half-way through the
 *   write with a 500 (UNIQUE constraint).
 */
import {
  APIError,
  type CollectionBeforeOperationHook,
  type Field,
  type FieldAffectingData,
  type Plugin,
  type PayloadRequest,
  ValidationError,
  type ValidationFieldError,
} from 'payload'
import { say } from '../i18n/say'
import { answerUnreadableBody } from './answerUnreadableBody'
import { forEachFieldValue, isPlainObject } from '../fields/forEachFieldValue'

/** Deeper than any document the admin produces (a Lexical level is two JSON levels). */
export const maxNesting = 100

const lexicalCoreNodes = ['root', 'paragraph', 'text', 'linebreak', 'tab']

const refuse = (req: PayloadRequest, fr: string, en: string) =>
  new APIError(say(req, { fr, en }), 400, undefined, true)

/** The path of the first string (value or key) holding a NUL character, or why the walk stopped. */
function scan(value: unknown): { nul?: string; tooDeep?: boolean } {
  const stack: [unknown, string, number][] = [[value, '', 0]]
  while (stack.length) {
    const [current, path, depth] = stack.pop()!
    if (depth > maxNesting) return { tooDeep: true }
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return { nul: path }
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push([item, `${path}.${i}`, depth + 1]))
    } else if (current !== null && typeof current === 'object') {
      const proto = Object.getPrototypeOf(current)
      if (proto !== Object.prototype && proto !== null) continue // Dates, Buffers, files
      for (const [key, item] of Object.entries(current)) {
        const here = path ? `${path}.${key}` : key
        if (key.includes('\u0000')) return { nul: here.replaceAll('\u0000', '\\0') }
        stack.push([item, here, depth + 1])
      }
    }
  }
  return {}
}

/** Node types the rich-text editor of `field` knows (its features' nodes and Lexical's own). */
function knownNodeTypes(field: Field): Set<string> | null {
  const nodes = (
    field as { editor?: { editorConfig?: { features?: { nodes?: { node?: unknown }[] } } } }
  ).editor?.editorConfig?.features?.nodes
  if (!Array.isArray(nodes)) return null
  const types = nodes.map((n) => (n.node as { getType?: () => string })?.getType?.())
  return new Set([...lexicalCoreNodes, ...types.filter((t): t is string => Boolean(t))])
}

/** What is wrong with a rich-text value, in French and English, or null. */
function richTextProblem(value: unknown, known: Set<string> | null): [string, string] | null {
  if (value === null || value === undefined) return null
  if (!isPlainObject(value) || !isPlainObject(value.root) || value.root.type !== 'root') {
    return [
      'ce n’est pas un document de l’éditeur ({ root: { type: "root", children: [...] } })',
      'not an editor document ({ root: { type: "root", children: [...] } })',
    ]
  }
  const stack: unknown[] = [value.root]
  while (stack.length) {
    const node = stack.pop()
    if (!isPlainObject(node) || typeof node.type !== 'string') {
      return ['un élément n’a pas de type', 'a node has no type']
    }
    if (known && !known.has(node.type)) {
      return [`élément de type inconnu « ${node.type} »`, `unknown node type "${node.type}"`]
    }
    if (node.type === 'text' && typeof node.text !== 'string') {
      return ['le texte d’un élément doit être une chaîne', 'a text node’s text must be a string']
    }
    if ('children' in node || node.type === 'root') {
      if (!Array.isArray(node.children)) {
        return ['« children » doit être une liste', '"children" must be a list']
      }
      stack.push(...node.children)
    }
  }
  return null
}

function dateProblem(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false
  const time = new Date(value as string).getTime()
  if (Number.isNaN(time)) return false // Payload's own validation answers this one
  const year = new Date(time).getUTCFullYear()
  return year < 1000 || year > 9999
}

export const rejectMalformedInput: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const { data, where, id, sort, limit, page } = args as Record<string, unknown>
  const writes = operation === 'create' || operation === 'update'
  if (writes && !isPlainObject(data)) {
    throw refuse(
      req,
      'Requête refusée : le corps doit être un objet JSON (Content-Type: application/json).',
      'Request refused: the body must be a JSON object (Content-Type: application/json).',
    )
  }
  const badCount = (n: unknown, min: number) =>
    n !== undefined && n !== null && (typeof n !== 'number' || !Number.isInteger(n) || n < min)
  if (badCount(limit, 0) || badCount(page, 1)) {
    throw refuse(
      req,
      'Requête refusée : « limit » doit être un entier positif ou nul, « page » un entier à partir de 1.',
      'Request refused: "limit" must be a non-negative integer and "page" an integer from 1.',
    )
  }
  const found = scan({ data, where, id, sort })
  if (found.tooDeep) {
    throw refuse(
      req,
      `Requête refusée : données imbriquées sur plus de ${maxNesting} niveaux.`,
      `Request refused: data nested more than ${maxNesting} levels deep.`,
    )
  }
  if (found.nul) {
    const field = found.nul.replace(/^(data|where)\.?/, '') || found.nul
    throw refuse(
      req,
      `Texte refusé : « ${field} » contient un caractère nul (U+0000), qui ne peut être ni enregistré ni recherché.`,
      `Text refused: "${field}" contains a NUL character (U+0000), which can be neither stored nor searched.`,
    )
  }
  if (!writes || !isPlainObject(data)) return args
  const errors: ValidationFieldError[] = []
  const rowIds = new Set<string>()
  const labelOf = (field: FieldAffectingData) =>
    typeof field.label === 'function' || field.label === false ? undefined : field.label
  forEachFieldValue(
    collection.fields,
    data,
    (field, value, path) => {
      if (field.type === 'richText') {
        const problem = richTextProblem(value, knownNodeTypes(field))
        if (problem) {
          const [fr, en] = problem
          errors.push({
            path,
            label: labelOf(field),
            message: say(req, {
              fr: `Texte enrichi refusé : ${fr}.`,
              en: `Rich text refused: ${en}.`,
            }),
          })
        }
      } else if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
        value.forEach((row, i) => {
          const id = isPlainObject(row) ? row.id : undefined
          if ((typeof id !== 'string' && typeof id !== 'number') || id === '') return
          if (!rowIds.has(String(id))) return void rowIds.add(String(id))
          errors.push({
            path: `${path}.${i}.id`,
            label: labelOf(field),
            message: say(req, {
              fr: `Identifiant de ligne en double (« ${id} ») : chaque ligne de liste ou de bloc doit avoir un « id » unique dans le document ; retirez-le pour qu’un nouvel identifiant soit créé.`,
              en: `Duplicate row id ("${id}"): each array row or block needs an id of its own in the document; leave it out to get a new one.`,
            }),
          })
        })
      } else if (field.type === 'date' && dateProblem(value)) {
        errors.push({
          path,
          label: labelOf(field),
          message: say(req, {
            fr: 'Date refusée : l’année doit être comprise entre 1000 et 9999.',
            en: 'Date refused: the year must be between 1000 and 9999.',
          }),
        })
      }
    },
    { allLocales: req.locale === 'all' },
  )
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return args
}

/**
 * Puts `rejectMalformedInput` first on every collection (those of earlier plugins too), and
 * answers unreadable upload bodies with a 400 (`answerUnreadableBody`).
 */
export const malformedInputGuard = (): Plugin => (config) => ({
  ...config,
  hooks: {
    ...config.hooks,
    afterError: [answerUnreadableBody, ...(config.hooks?.afterError ?? [])],
  },
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [rejectMalformedInput, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
