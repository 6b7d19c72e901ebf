/**
 * The screens a start choice opens, loaded by the app's routes and, ahead of the tap, by the start page. One import
 * per module, so a chunk that intent started loading is the very one the route then waits for.
 */
export const loadSelfCheckScreen = () => import('./self-check-screen.tsx')
export const loadQuestionnairePage = () => import('./questionnaire-page.tsx')

/**
 * Starts loading the questionnaire, with the store it reads, when a person shows they are about to start (a pointer
 * over a start choice, a touch or focus), so the first question is ready sooner after the tap. Never at load: the
 * start page's first load stays React and the page itself. A failed load is left to the route, which reports it.
 */
export function preloadQuestionnaire(): void {
  for (const load of [loadSelfCheckScreen, loadQuestionnairePage]) load().catch(() => undefined)
}
