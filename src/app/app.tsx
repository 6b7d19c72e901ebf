import { lazy, Suspense, useEffect, type ReactNode } from 'react'
import { useRoute } from '../browser/hash-route.ts'
import { hrefOf, routes, type Route, type RouteCalled } from '../domain/routes/route-table.ts'
import { PageHeading } from '../components/page-heading.tsx'
import { StartPage } from '../features/start/start-page.tsx'
import { UpdatePrompt } from '../features/offline/update-prompt.tsx'
import {
  loadQuestionnairePage,
  loadResumeSelfCheck,
  preloadQuestionnaire,
} from '../features/questionnaire/preload-questionnaire.ts'

// Loaded only where this browser keeps a plan.
const StartPageRecheckNotice = lazy(() =>
  import('../features/plan/recheck-notice.tsx').then((m) => ({ default: m.StartPageRecheckNotice })),
)
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
const ResultsPage = lazy(() => import('./results-page.tsx').then((m) => ({ default: m.ResultsPage })))
const TeamPage = lazy(() => import('./team-page.tsx').then((m) => ({ default: m.TeamPage })))
const SharedResponsePage = lazy(() =>
  import('../features/share/shared-response-page.tsx').then((m) => ({ default: m.SharedResponsePage })),
)

interface PageEntry<Name extends Route['name']> {
  page: (route: RouteCalled<Name>) => ReactNode
  /** The main navigation's link to this screen, in the table's order. */
  nav?: { label: string; href: string }
}

/** Every route's page, one entry each: adding a route to the route table asks for one here too. */
const PAGES: { [Name in Route['name']]: PageEntry<Name> } = {
  start: {
    page: (route) => (
      <StartPage
        invitation={route.invitation}
        onChoiceIntent={preloadQuestionnaire}
        recheckNotice={<StartPageRecheckNotice />}
      />
    ),
  },
  resume: { page: (route) => <ResumeSelfCheck depth={route.depth} invitation={route.invitation} /> },
  step: {
    page: (route) => <QuestionnairePage stepNumber={route.step} />,
    // Its link resumes where the person left; it is the current page on any step.
    nav: { label: 'Self-check', href: routes.resume },
  },
  results: { page: () => <ResultsPage />, nav: { label: 'Results', href: routes.results } },
  'change-answer': {
    page: (route) => <ChangeAnswerPage questionId={route.questionId} />,
  },
  team: { page: () => <TeamPage />, nav: { label: 'Team', href: routes.team } },
  shared: { page: (route) => <SharedResponsePage code={route.code} /> },
  'not-found': { page: () => <NotFound /> },
}

function pageEntry<Name extends Route['name']>(name: Name): PageEntry<Name> {
  return PAGES[name]
}

function RouteView({ route }: { route: RouteCalled<Route['name']> }) {
  const { page } = pageEntry(route.name)
  return page(route)
}

const NAV = Object.entries(PAGES).flatMap(([name, { nav }]) => (nav === undefined ? [] : [{ name, ...nav }]))

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
  const page = hrefOf(route)
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
            {NAV.map(({ name, label, href }) => (
              <li key={name}>
                <a href={href} aria-current={route.name === name ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
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
