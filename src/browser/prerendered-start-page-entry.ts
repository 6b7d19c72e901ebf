import { showPrerenderedInvitation } from './prerendered-invitation.ts'
import { preloadOnIntent } from './prerendered-preload.ts'
import { showLoadingOffTheStartPage } from './prerendered-route.ts'

// The classic script of the built index.html (see prerendered-route.ts, prerendered-invitation.ts,
// prerendered-preload.ts and vite.config.ts): not part of the app. The build lists the questionnaire's chunks on its
// own tag.
showLoadingOffTheStartPage(document, window.location.hash)
showPrerenderedInvitation(document, window.location.hash)
preloadOnIntent(document, document.currentScript?.dataset['questionnaire']?.split(' ') ?? [])
