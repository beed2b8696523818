import { createRequire } from 'node:module'
import type { ExecutionArgs, ValidationRule } from 'graphql'
import { APIError, type CollectionBeforeOperationHook, type Plugin } from 'payload'
import { hasRole } from '../access/roles'
import { say } from '../i18n/say'

/**
 * What one request may ask for. Anonymous visitors read only published content, but a
 * `?depth=6&limit=100` used to answer 105 Mo and `?depth=10` ran out of memory: the public
 * gets at most Payload's default depth and a page of 100; staff keep Payload's own caps
 * (`maxDepth` 10, and `maxDepth` on the relationship fields that can loop, e.g. `related`).
 */
export const requestLimits = {
  anonymousMaxDepth: 2,
  anonymousMaxLimit: 100,
  /**
   * GraphQL query cost (Payload's estimator: 1 a field, 10 a relationship). A page of items
   * with their related items costs about 20; 300 aliases of a list used to take 7 s.
   */
  graphQLMaxComplexity: 200,
}

// Contributors too: accounts an admin created, whose reads access already narrows to their own.
const isStaffRequest = (user: unknown) =>
  hasRole(user as Parameters<typeof hasRole>[0], 'admin', 'editor', 'reviewer', 'contributor')

/**
 * graphql ships CommonJS (`index.js`) and ESM (`index.mjs`); graphql-http, which answers the
 * requests, loads the CommonJS one and recognises only its own GraphQLError (another one would
 * be sent as a bare array). Loaded the same way here, in the server and under vitest alike.
 */
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql')

const isGraphQLRequest = (url: string | undefined): boolean => {
  try {
    return new URL(url ?? '', 'http://localhost').pathname.endsWith('/graphql')
  } catch {
    return false
  }
}

/** Refuses, with a clear French 400, an anonymous REST or GraphQL read beyond the limits. */
export const limitAnonymousReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' && operation !== 'readDistinct') return args
  if (req.payloadAPI === 'local' || isStaffRequest(req.user)) return args
  // Only what a client asked to read: a GET, or a GraphQL query. Payload's own finds inside
  // other operations on the same request (first-register counting users, login) pass.
  if (req.method !== 'GET' && !isGraphQLRequest(req.url)) return args
  const { currentDepth, depth, limit, pagination } = args as {
    currentDepth?: unknown
    depth?: unknown
    limit?: unknown
    pagination?: unknown
  }
  // Populating relationships (REST depth, GraphQL resolvers) runs finds of its own on the same
  // request, with `currentDepth` set and all ids at once: only what the client asked is checked.
  if (typeof currentDepth === 'number') return args
  const { anonymousMaxDepth: maxDepth, anonymousMaxLimit: maxLimit } = requestLimits
  if (typeof depth === 'number' && depth > maxDepth) {
    throw new APIError(
      say(req, {
        fr: `Requête refusée : « depth » vaut au plus ${maxDepth} sans connexion (demandé : ${depth}).`,
        en: `Request refused: "depth" is at most ${maxDepth} without logging in (asked: ${depth}).`,
      }),
      400,
      undefined,
      true,
    )
  }
  // `limit=0` and `pagination=false` mean "everything".
  if (pagination === false || (typeof limit === 'number' && (limit > maxLimit || limit === 0))) {
    throw new APIError(
      say(req, {
        fr: `Requête refusée : au plus ${maxLimit} résultats par page sans connexion (« limit » entre 1 et ${maxLimit}, avec « page » pour la suite).`,
        en: `Request refused: at most ${maxLimit} results a page without logging in ("limit" from 1 to ${maxLimit}, with "page" for more).`,
      }),
      400,
      undefined,
      true,
    )
  }
  return args
}

/**
 * GraphQL's schema description (`__schema`, `__type`) for logged-in staff only, in every
 * mode (Payload's own switch only acts when NODE_ENV is production). `__typename` stays open:
 * clients need it to read unions.
 */
export const staffOnlyIntrospection = (args: ExecutionArgs): ValidationRule[] => {
  const req = (args.contextValue as { req?: Parameters<typeof say>[0] & { user?: unknown } })?.req
  if (isStaffRequest(req?.user)) return []
  const message = say(req, {
    fr: 'Requête refusée : la description du schéma GraphQL est réservée à l’équipe connectée.',
    en: 'Request refused: the GraphQL schema description is for logged-in staff only.',
  })
  return [
    (context) => ({
      Field(node) {
        if (node.name.value === '__schema' || node.name.value === '__type')
          context.reportError(new GraphQLError(message, { nodes: [node] }))
      },
    }),
  ]
}

/** Adds the anonymous read limits to every collection and the GraphQL limits to the config. */
export const requestLimitsPlugin = (): Plugin => (config) => ({
  ...config,
  graphQL: {
    ...config.graphQL,
    maxComplexity: requestLimits.graphQLMaxComplexity,
    validationRules: (args) => [
      ...staffOnlyIntrospection(args),
      ...(config.graphQL?.validationRules?.(args) ?? []),
    ],
  },
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [limitAnonymousReads, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
