import { lazy, Suspense, useEffect } from 'react'
import { useRoute } from '../browser/hash-route.ts'
import { routes, type Route } from '../domain/routes/route-table.ts'
import { PageHeading } from '../components/page-heading.tsx'
import { UpdatePrompt } from '../features/offline/update-prompt.tsx'
import { StartPage } from '../features/start/start-page.tsx'
import {
  loadQuestionnairePage,
  loadResumeSelfCheck,
  preloadQuestionnaire,
} from '../features/questionnaire/preload-questionnaire.ts'

// Each screen is its own chunk: the start page loads React and little else, and recharts only comes with a chart.
const QuestionnairePage = lazy(() => loadQuestionnairePage().then((m) => ({ default: m.QuestionnairePage })))
const ChangeAnswerPage = lazy(() =>
  import('../features/questionnaire/change-answer-page.tsx').then((m) => ({ default: m.ChangeAnswerPage })),
)
const loadAppServices = () => import('./app-services.tsx')
const AppServices = lazy(() => loadAppServices().then((m) => ({ default: m.AppServices })))
// The resume route only ever leads on to the questionnaire, which waits for the services of every screen but the
// start page: all load at once, not one after the other.
const ResumeSelfCheck = lazy(() => {
  preloadQuestionnaire()
  loadAppServices().catch(() => undefined)
  return loadResumeSelfCheck().then((m) => ({ default: m.ResumeSelfCheck }))
})
const StartPageRecheckNotice = lazy(() =>
  import('../features/plan/recheck-notice.tsx').then((m) => ({ default: m.StartPageRecheckNotice })),
)
const ResultsPage = lazy(() => import('./results-page.tsx').then((m) => ({ default: m.ResultsPage })))
const TeamPage = lazy(() => import('./team-page.tsx').then((m) => ({ default: m.TeamPage })))
const SharedResponsePage = lazy(() =>
  import('../features/share/shared-response-page.tsx').then((m) => ({ default: m.SharedResponsePage })),
)

function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return (
        <StartPage
          invitation={route.invitation}
          onChoiceIntent={preloadQuestionnaire}
          recheckNotice={<StartPageRecheckNotice />}
        />
      )
    case 'resume':
      return <ResumeSelfCheck depth={route.depth} invitation={route.invitation} />
    case 'step':
      return <QuestionnairePage stepNumber={route.step} />
    case 'results':
      return <ResultsPage />
    case 'change-answer':
      return <ChangeAnswerPage questionId={route.questionId} />
    case 'team':
      return <TeamPage />
    case 'shared':
      return <SharedResponsePage code={route.code} />
    case 'not-found':
      return <NotFound />
  }
}

function NotFound() {
  return (
    <section aria-labelledby="not-found-heading">
      <PageHeading id="not-found-heading">Page not found</PageHeading>
      <p>
        This address does not lead to a page of CALMS Radar. <a href={routes.start}>Go to the start page</a>.
      </p>
    </section>
  )
}

export function App() {
  const route = useRoute()
  const page = route.name === 'step' ? `step-${route.step}` : route.name
  // A changed answer's page scrolls to its question itself.
  const scrollsItself = route.name === 'change-answer'
  useEffect(() => {
    if (!scrollsItself) window.scrollTo({ top: 0 })
  }, [page, scrollsItself])

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The fragment holds the route, so the skip link moves focus itself instead of changing the hash.
          event.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href={routes.start}>
          CALMS Radar
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <a href={routes.resume} aria-current={route.name === 'step' ? 'page' : undefined}>
                Self-check
              </a>
            </li>
            <li>
              <a href={routes.results} aria-current={route.name === 'results' ? 'page' : undefined}>
                Results
              </a>
            </li>
            <li>
              <a href={routes.team} aria-current={route.name === 'team' ? 'page' : undefined}>
                Team
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <UpdatePrompt />
        <Suspense fallback={<p className="loading">Loading&hellip;</p>}>
          {route.name !== 'start' && <AppServices />}
          <RouteView route={route} />
        </Suspense>
      </main>
    </>
  )
}
