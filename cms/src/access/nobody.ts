/** No one, not even an admin: for what only the server itself writes. */
export const nobody = () => false
