/** Replaces Payload's publish and unpublish buttons: those actions go through the workflow panel. */
export const NoButton = () => null
