import {
  lazy,
  Suspense,
  use,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { useRoute } from '../browser/hash-route.ts'
import { hrefOf, routes, type Route, type RouteCalled } from '../domain/routes/route-table.ts'
import { lazyPage } from '../components/lazy-page.tsx'
import { PageHeading } from '../components/page-heading.tsx'
import { PageErrorBoundary } from '../components/page-error-boundary.tsx'
import { StartPage } from '../features/start/start-page.tsx'
import { UpdatePrompt } from '../features/offline/update-prompt.tsx'
import { loadSelfCheckScreen, preloadQuestionnaire } from '../features/questionnaire/preload-questionnaire.ts'

// Loaded only where this browser keeps a plan.
const StartPageRecheckNotice = lazy(() =>
  import('../features/plan/recheck-notice.tsx').then((m) => ({ default: m.StartPageRecheckNotice })),
)
// Loaded only where this browser keeps a self-check.
const ReturningPerson = lazy(() =>
  import('../features/start/returning-person.tsx').then((m) => ({ default: m.ReturningPerson })),
)
// Each screen is its own chunk: the start page loads React and little else, and recharts only comes with a chart.
const changeAnswerPage = lazyPage(() =>
  import('../features/questionnaire/change-answer-page.tsx').then((m) => m.ChangeAnswerPage),
)
const appServices = lazyPage(() => import('./app-services.tsx').then((m) => m.AppServices))
// The questionnaire waits for the services of every screen but the start page, and its screen's module imports the
// page: all load at once, not one after the other.
const selfCheckScreen = lazyPage(() => {
  preloadQuestionnaire()
  appServices.load().catch(() => undefined)
  return loadSelfCheckScreen().then((m) => m.SelfCheckScreen)
})
const resultsPage = lazyPage(() => import('./results-page.tsx').then((m) => m.ResultsPage))
const presentPage = lazyPage(() => import('../features/present/present-page.tsx').then((m) => m.PresentPage))
// The team page brings present mode's code along: "Present" then shows its first slide at once. Fetched when it is
// asked for, the deck would mount a new boundary that shows "Loading…", and React would hold the slide back until
// 300 ms after that (its throttle of revealed fallbacks).
const teamPage = lazyPage(() =>
  import('./team-page.tsx').then((m) => {
    presentPage.load().catch(() => undefined)
    return m.TeamPage
  }),
)
const coachPage = lazyPage(() => import('../features/coach/coach-page.tsx').then((m) => m.CoachPage))
const sharedResponsePage = lazyPage(() =>
  import('../features/share/shared-response-page.tsx').then((m) => m.SharedResponsePage),
)

interface PageEntry<Name extends Route['name']> {
  page: (route: RouteCalled<Name>) => ReactNode
  /** The code of a page that is its own chunk: the same import its lazy component waits for. */
  load?: () => Promise<unknown>
  /** The main navigation's link to this screen, in the table's order. */
  nav?: { label: string; href: string }
  /**
   * A screen that is the whole viewport (present mode on a shared screen): no header, navigation or skip link,
   * and none of the other screens' services; the page brings its own landmark.
   */
  bare?: true
}

/** Every route's page, one entry each: adding a route to the route table asks for one here too. */
const PAGES: { [Name in Route['name']]: PageEntry<Name> } = {
  start: {
    page: (route) => (
      <StartPage
        invitation={route.invitation}
        live={route.live}
        depth={route.depth}
        onChoiceIntent={() => {
          selfCheckScreen.load().catch(() => undefined)
        }}
        recheckNotice={<StartPageRecheckNotice />}
        returningPerson={<ReturningPerson invitation={route.invitation} live={route.live} />}
      />
    ),
  },
  // Both are the one screen, so correcting a start choice's address to its step keeps the page rendered.
  resume: { page: (route) => <selfCheckScreen.Page route={route} />, load: selfCheckScreen.load },
  step: {
    page: (route) => <selfCheckScreen.Page route={route} />,
    load: selfCheckScreen.load,
    // Its link resumes where the person left; it is the current page on any step.
    nav: { label: 'Self-check', href: routes.resume },
  },
  results: {
    page: () => <resultsPage.Page />,
    load: resultsPage.load,
    nav: { label: 'Results', href: routes.results },
  },
  'change-answer': {
    page: (route) => <changeAnswerPage.Page questionId={route.questionId} />,
    load: changeAnswerPage.load,
  },
  team: { page: () => <teamPage.Page />, load: teamPage.load, nav: { label: 'Team', href: routes.team } },
  present: { page: () => <presentPage.Page />, load: presentPage.load, bare: true },
  // Linked from the team page ("Across teams"): few people coach several teams, and the header stays short.
  coach: { page: () => <coachPage.Page />, load: coachPage.load },
  shared: { page: (route) => <sharedResponsePage.Page code={route.code} />, load: sharedResponsePage.load },
  'not-found': { page: () => <NotFound /> },
}

function pageEntry<Name extends Route['name']>(name: Name): PageEntry<Name> {
  return PAGES[name]
}

function RouteView({ route }: { route: RouteCalled<Route['name']> }) {
  const { page } = pageEntry(route.name)
  return page(route)
}

const pagesLoading = new Map<Route['name'], Promise<unknown>>()

/**
 * Loads the code the page at `route` renders, for the app's first render to wait for. A first render that suspends
 * commits "Loading…", and React then holds the page itself back until 300 ms after that (its throttle of revealed
 * fallbacks): on a slow phone, most of the wait for a first question or the results. The prerendered page stays
 * meanwhile (off the start page it shows "Loading…": src/browser/prerendered-route.ts). A failed load is left to the
 * page's own import. One promise per page: a render waiting for a page's code finds the same one when React tries
 * it again.
 */
export function loadPageOf(route: Route): Promise<unknown> {
  const known = pagesLoading.get(route.name)
  if (known !== undefined) return known
  const { load = () => Promise.resolve(), bare } = pageEntry(route.name)
  const services = route.name === 'start' || bare ? Promise.resolve() : appServices.load()
  const loading = Promise.all([load(), services]).catch(() => undefined)
  pagesLoading.set(route.name, loading)
  return loading
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

/** The same route, or a start choice's address corrected to the step it shows (see SelfCheckScreen). */
function isSamePage(before: Route, after: Route): boolean {
  return (
    before === after ||
    hrefOf(before) === hrefOf(after) ||
    (before.name === 'resume' && after.name === 'step')
  )
}

/**
 * `loaded` is the route whose code the first render was given (see loadPageOf). A tap on the prerendered start page
 * can change the address while that render is under way, and the prerendered page then already shows where the tap
 * led (a check's first step: src/browser/prerendered-route.ts). Showing the loaded start page again would flash it
 * back for a moment, under a finger about to tap the step. So until the app's first page is in place, it renders the
 * page at the address, and waits for that page's code without committing anything: the prerendered page stays.
 */
export function App({ loaded }: { loaded?: Route | undefined }) {
  const current = useRoute()
  const movedBeforeStart = loaded !== undefined && !isSamePage(loaded, current)
  // Decided as the first page mounts (a state's first value): by any later render the code has arrived, so `use`
  // returns at once, and later moves never wait here.
  const [firstPageCode] = useState(() => (movedBeforeStart ? loadPageOf(current) : undefined))
  if (firstPageCode !== undefined) use(firstPageCode)
  // Moving to a screen whose code is still loading keeps the page shown, marked busy, until the next one can render
  // (a transition). Suspending would show "Loading…" instead, and React then holds the next screen back until 300 ms
  // after that (its throttle of revealed fallbacks), on a slow phone longer than the code takes to arrive.
  const route = useDeferredValue(current, movedBeforeStart ? current : (loaded ?? current))
  const moving = !isSamePage(route, current)
  const bare = pageEntry(route.name).bare === true
  const screen = useMemo(
    () => (
      <PageErrorBoundary resetKey={hrefOf(route)}>
        {route.name !== 'start' && !pageEntry(route.name).bare && <appServices.Page />}
        <RouteView route={route} />
      </PageErrorBoundary>
    ),
    [route],
  )
  const shown = useRef<Route | undefined>(undefined)
  useEffect(() => {
    const before = shown.current
    shown.current = route
    // A new page starts at its top, but not the first one (the browser places a loaded page, and scrolling there
    // costs a layout in the middle of the first render), not a start choice's address corrected to its step (the
    // same page), and not a changed answer's page, which scrolls to its question itself.
    if (before === undefined || isSamePage(before, route)) return
    if (route.name !== 'change-answer') window.scrollTo({ top: 0 })
  }, [route])

  if (bare) return <Suspense fallback={<p className="loading">Loading&hellip;</p>}>{screen}</Suspense>

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
      <main id="main" className="page" tabIndex={-1} aria-busy={moving || undefined}>
        <UpdatePrompt />
        {moving && (
          <p className="moving" role="status">
            Loading&hellip;
          </p>
        )}
        <Suspense fallback={<p className="loading">Loading&hellip;</p>}>{screen}</Suspense>
      </main>
    </>
  )
}
