import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { roleLabels, roles } from '../../access/roles'
import {
  forgetFailuresOnLogin,
  forgetFailuresOnUnlock,
  loginLock,
  throttleLogin,
} from './loginLock'

/** People who log into the admin. Only admins manage accounts and roles. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { fr: 'Utilisateur·rice', en: 'User' },
    plural: { fr: 'Utilisateur·rices', en: 'Users' },
  },
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  auth: {
    // The account-wide lock; the per-client-address one is `throttleLogin` (loginLock.ts).
    maxLoginAttempts: loginLock.maxAccountAttempts,
    lockTime: loginLock.lockMinutes * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    useAPIKey: false,
  },
  hooks: {
    beforeOperation: [throttleLogin],
    afterLogin: [forgetFailuresOnLogin],
    afterOperation: [forgetFailuresOnUnlock],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: { fr: 'Rôle', en: 'Role' },
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      // Nobody raises their own role: only admins may set it.
      access: { create: isAdmin, update: isAdmin },
    },
  ],
}
