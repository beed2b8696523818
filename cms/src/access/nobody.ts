/** No one, through any API: only server code with access overridden (the workflow's hooks). */
export const nobody = (): boolean => false
