import { ASSESSMENT_STORAGE_KEY } from '../domain/storage/assessment-storage-key.ts'
import { pathOf } from '../domain/routes/start-paths.ts'
import { showPrerenderedInvitation } from './prerendered-invitation.ts'
import { preloadOnIntent, preloadScreenOfPath } from './prerendered-preload.ts'
import { followPrerenderedScreens } from './prerendered-route.ts'
import { isKeyStored } from './stored-key.ts'

// The classic script of the built index.html (see prerendered-route.ts, prerendered-step.ts,
// prerendered-invitation.ts, prerendered-preload.ts and vite.config.ts): not part of the app. The build lists the
// chunks of the questionnaire, the results and the team view on its own tag, one data attribute each.
const chunks = document.currentScript?.dataset ?? {}
const chunksOf = (screen: string) => chunks[screen]?.split(' ').filter((url) => url !== '') ?? []
showPrerenderedInvitation(document, window.location.hash)
followPrerenderedScreens(document, window, () => isKeyStored(ASSESSMENT_STORAGE_KEY))
preloadOnIntent(document, chunksOf('questionnaire'))
preloadScreenOfPath(document, pathOf(window.location.hash), chunksOf)
