import { showPrerenderedInvitation } from './prerendered-invitation.ts'
import { preloadOnIntent } from './prerendered-preload.ts'

// The classic script of the built index.html (see prerendered-invitation.ts, prerendered-preload.ts and
// vite.config.ts): not part of the app. The build lists the questionnaire's chunks on its own tag.
showPrerenderedInvitation(document, window.location.hash)
preloadOnIntent(document, document.currentScript?.dataset['questionnaire']?.split(' ') ?? [])
