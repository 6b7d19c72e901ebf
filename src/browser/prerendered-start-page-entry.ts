import { pathOf } from '../domain/routes/start-paths.ts'
import { showPrerenderedInvitation } from './prerendered-invitation.ts'
import { preloadOnIntent, preloadScreenOfPath } from './prerendered-preload.ts'
import { showLoadingOffTheStartPage } from './prerendered-route.ts'

// The classic script of the built index.html (see prerendered-route.ts, prerendered-invitation.ts,
// prerendered-preload.ts and vite.config.ts): not part of the app. The build lists the chunks of the questionnaire,
// the results and the team view on its own tag, one data attribute each.
const chunks = document.currentScript?.dataset ?? {}
const chunksOf = (screen: string) => chunks[screen]?.split(' ').filter((url) => url !== '') ?? []
showLoadingOffTheStartPage(document, window.location.hash)
showPrerenderedInvitation(document, window.location.hash)
preloadOnIntent(document, chunksOf('questionnaire'))
preloadScreenOfPath(document, pathOf(window.location.hash), chunksOf)
