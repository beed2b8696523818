import type { TextFieldSingleValidation } from 'payload'

/** A web address a reader may follow: http(s) only (never javascript:, data:, …). */
export const validateWebUrl: TextFieldSingleValidation = (value) =>
  !value ||
  /^https?:\/\/[^\s]+$/i.test(value) ||
  'Adresse web invalide : elle doit commencer par https:// ou http://'
