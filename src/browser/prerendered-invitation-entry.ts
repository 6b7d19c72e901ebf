import { showPrerenderedInvitation } from './prerendered-invitation.ts'

// The classic script of the built index.html (see prerendered-invitation.ts and vite.config.ts): not part of the app.
showPrerenderedInvitation(document, window.location.hash)
