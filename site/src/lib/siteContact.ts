/**
 * How the public reaches the Nourrir la vie team (accessibility statement, about page).
 * TODO(#4): confirm this address with Alima before launch.
 */
export const contactEmail = 'nourrirlavie@alima.ca'
