import react from '@vitejs/plugin-react'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin, type Rolldown } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import packageJson from './package.json' with { type: 'json' }
import { prerenderedBody } from './src/app/prerendered-page.tsx'
import { CACHE_ID } from './src/domain/formats/device-data.ts'
import type { PreloadedScreen } from './src/browser/prerendered-preload.ts'

/*
 * The built page is strict: no inline script, no eval, nothing from another origin. It is added to the built
 * HTML only, because the dev server needs an inline preamble and a websocket for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Image export draws the chart into a canvas from a blob: URL and hands out data: URLs.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // A live session's relay is a WebSocket address the team chooses: ws: and wss: open, no other origin.
  "connect-src 'self' ws: wss:",
  // The service worker that keeps the app working offline, and nothing else.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'calms-radar:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/** Renders the start page and each check's first step into the built index.html (src/app/prerendered-page.tsx). */
function prerenderStartPage(): Plugin {
  return {
    name: 'calms-radar:prerender-start-page',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<div id="root"></div>', prerenderedBody()),
  }
}

/**
 * The classic script of the prerendered start page: it shows a join link's invitation before the first paint (see
 * src/browser/prerendered-invitation.ts for why), and preloads the questionnaire when a person shows intent on a
 * start choice before the app has started, or the screen a page is opened at (src/browser/prerendered-preload.ts; the
 * build names the chunks on its tag). Bundled on its own from the app's start and resume routes, so it reads the
 * address by the app's rules; in the head with `defer blocking="render"`, so it runs once the page is parsed, before
 * the page paints (a browser without `blocking` still runs it before the app's module). Classic, not a module: it
 * must not wait for, or share a chunk with, the app.
 */
function prerenderedStartPageScript(): Plugin {
  let fileName = ''
  return {
    name: 'calms-radar:prerendered-start-page-script',
    apply: 'build',
    async buildStart() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          minify: true,
          lib: {
            entry: 'src/browser/prerendered-start-page-entry.ts',
            formats: ['iife'],
            name: 'invitation',
          },
        },
      })
      const built = Array.isArray(result) ? result[0] : result
      const output = built !== undefined && 'output' in built ? built.output[0] : undefined
      if (output?.type !== 'chunk') throw new Error('the prerendered invitation script did not build')
      const hash = createHash('sha256').update(output.code).digest('hex').slice(0, 8)
      fileName = `assets/prerendered-start-page-${hash}.js`
      this.emitFile({ type: 'asset', fileName, source: output.code })
    },
    // Before the app's module script, not after: deferred scripts run in the order they appear, so after it this
    // one would wait for the app, and keep the page from painting until then.
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle, chunk }) => {
        const lists = Object.entries(PRELOADED_SCREENS).map(([screen, modules]) => {
          const names = bundle === undefined || chunk === undefined ? [] : chunksOf(bundle, chunk, modules)
          return `data-${screen}="${names.map((name) => `./${name}`).join(' ')}"`
        })
        const links = bundle === undefined || chunk === undefined ? '' : entryImportLinks(bundle, chunk)
        return html
          .replace(
            '<script type="module"',
            `<script src="./${fileName}" ${lists.join(' ')} defer blocking="render"></script>\n    <script type="module"`,
          )
          .replace('<link rel="stylesheet"', `${links}\n    <link rel="stylesheet"`)
      },
    },
  }
}

/**
 * The modules of each screen the prerendered page's script preloads (src/browser/prerendered-preload.ts): the
 * questionnaire when a person shows intent on a start choice, and any of them when the page is opened at its address.
 * Every screen but the start page and present mode waits for the app's services too.
 */
const PRELOADED_SCREENS: Record<PreloadedScreen, readonly string[]> = {
  questionnaire: [
    '/src/app/app-services.tsx',
    '/src/features/questionnaire/self-check-screen.tsx',
    '/src/features/questionnaire/questionnaire-page.tsx',
  ],
  results: ['/src/app/app-services.tsx', '/src/app/results-page.tsx'],
  team: ['/src/app/app-services.tsx', '/src/app/team-page.tsx'],
  // Present mode goes without the services of the other screens.
  present: ['/src/features/present/present-page.tsx'],
}

/** Everything `next` leads to from `roots`, again and again, `roots` themselves included. */
function reachable<Item>(roots: Iterable<Item>, next: (item: Item) => Iterable<Item>): Set<Item> {
  const found = new Set<Item>()
  const visit = (item: Item) => {
    if (found.has(item)) return
    found.add(item)
    for (const following of next(item)) visit(following)
  }
  for (const root of roots) visit(root)
  return found
}

/** The chunks `roots` import, themselves included, by file name: what the browser must fetch before they run. */
function withStaticImports(
  bundle: Rolldown.OutputBundle,
  roots: readonly Rolldown.OutputChunk[],
): Set<string> {
  const byName = new Map(
    Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])),
  )
  return reachable(
    roots.map((file) => file.fileName),
    (name) => (byName.get(name)?.imports ?? []).filter((imported) => byName.has(imported)),
  )
}

/**
 * Every chunk the entry loads to start the app, by file name: it imports React and then the app in steps
 * (src/main.tsx), so its dynamic imports count as its own.
 */
function startedChunks(bundle: Rolldown.OutputBundle, entry: Rolldown.OutputChunk): Set<string> {
  const steps = entry.dynamicImports.flatMap((name) => {
    const chunk = bundle[name]
    return chunk?.type === 'chunk' ? [chunk] : []
  })
  return withStaticImports(bundle, [entry, ...steps])
}

/** The chunks `modules` need that the page's entry does not already load, by file name. */
function chunksOf(
  bundle: Rolldown.OutputBundle,
  entry: Rolldown.OutputChunk,
  modules: readonly string[],
): string[] {
  const chunks = Object.values(bundle).filter((file) => file.type === 'chunk')
  const atLoad = startedChunks(bundle, entry)
  const screen = modules.map((module) => {
    const found = chunks.find((file) => file.moduleIds.some((id) => id.endsWith(module)))
    if (found === undefined) throw new Error(`the build has no chunk for ${module}`)
    return found
  })
  return [...withStaticImports(bundle, screen)].filter((name) => !atLoad.has(name))
}

/**
 * The entry's own imports, as links the HTML parser finds at once. Without them (modulePreload is off, see below)
 * the browser learns of each level of imports only once the level above has arrived and the page's main thread,
 * busy laying out the prerendered page, has parsed it: on a slow phone the app started 300 ms later.
 */
function entryImportLinks(bundle: Rolldown.OutputBundle, entry: Rolldown.OutputChunk): string {
  return [...startedChunks(bundle, entry)]
    .filter((name) => name !== entry.fileName)
    .map((name) => `<link rel="modulepreload" crossorigin href="./${name}">`)
    .join('\n    ')
}

/**
 * The screens a page can open at, by the modules their first render needs: those the prerendered page preloads, and
 * a shared result, which a person who has never used the app opens from a link.
 */
const OPENED_SCREENS: Record<string, readonly string[]> = {
  ...PRELOADED_SCREENS,
  shared: ['/src/app/app-services.tsx', '/src/features/share/shared-response-page.tsx'],
}

/**
 * Gives every module the results page's first render needs, and the start page does not load, a chunk per set of
 * OPENED_SCREENS that need it. Split by every lazy part that shares one of its modules (Rolldown's default), the
 * results page fetched 27 chunks after the start page's; over HTTP/1.1's six connections a page waits a round trip
 * per six, and on Lighthouse's slow 4G that was 0.6 s of the results' largest paint. Now it fetches about ten. A
 * chunk holds only what each screen of its set needs, so no screen opened fetches a module it does not need. A lazy
 * part may: the results' own parts never do (the page has loaded their chunks), but a returning person's panel on
 * the start page fetches about 50 kB (before compression) it does not run, which the service worker has usually kept
 * since the first visit, and the coach's page about 15 kB. The start page's chunks, and every module the results
 * page does not need at first, are split as before.
 */
function resultsChunks(): Rolldown.CodeSplittingNameFunction {
  let startPage: Set<string> | undefined
  let screens: [string, Set<string>][] | undefined
  const repoRoot = fileURLToPath(new URL('.', import.meta.url))
  const entry = join(repoRoot, 'src/main.tsx')
  /** Every module `roots` import statically, themselves included: what must run before they render. */
  const staticClosure = (context: Rolldown.ChunkingContext, roots: readonly string[]) =>
    reachable(roots, (id) => context.getModuleInfo(id)?.importedIds ?? [])
  return (moduleId, context) => {
    // The entry loads React and the app's start through dynamic imports (src/main.tsx): theirs are the start's too.
    startPage ??= staticClosure(context, [
      entry,
      ...(context.getModuleInfo(entry)?.dynamicallyImportedIds ?? []),
    ])
    screens ??= Object.entries(OPENED_SCREENS).map(([screen, modules]) => [
      screen,
      staticClosure(
        context,
        modules.map((path) => join(repoRoot, path)),
      ),
    ])
    if (startPage.has(moduleId)) return null
    const neededBy = screens.filter(([, modules]) => modules.has(moduleId)).map(([screen]) => screen)
    return neededBy.includes('results') ? neededBy.join('+') : null
  }
}

/** The icon's one source, in the public folder; the PNG sizes that installs ask for are drawn from it at build time. */
const ICON_SOURCE = 'favicon.svg'
const ICON_BACKGROUND = '#1f4e79'
const PNG_ICONS = [
  // The page's own icon in the built HTML (see appIcons).
  { fileName: 'favicon-32.png', size: 32, maskable: false },
  { fileName: 'icon-192.png', size: 192, maskable: false },
  { fileName: 'icon-512.png', size: 512, maskable: false },
  { fileName: 'icon-maskable-512.png', size: 512, maskable: true },
  // iOS fills transparent corners with black, so its icon is the full-bleed one too.
  { fileName: 'apple-touch-icon.png', size: 180, maskable: true },
] as const

/**
 * A maskable icon fills its whole square, and the platform cuts it to its own shape, keeping only the middle 80 %:
 * the 32-unit icon is centred on a 40-unit square of its background colour.
 */
function toMaskable(svg: string): string {
  const body = svg.replace(/^\s*<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="${ICON_BACKGROUND}"/><g transform="translate(4 4)">${body}</g></svg>`
}

/** Draws the PNG icons from the SVG source, so no binary image is kept in the repository. */
function appIcons(): Plugin {
  let publicDir = ''
  return {
    name: 'calms-radar:app-icons',
    apply: 'build',
    configResolved: (config) => {
      publicDir = config.publicDir
    },
    // The browser draws a page's SVG icon on the page's own main thread, as a document of its own: 15-30 ms on this
    // machine, 60-110 ms at 4x, in the moment a slow phone's first tap waits for. A PNG is decoded in well under
    // a millisecond. The dev server keeps the SVG, which needs no build.
    transformIndexHtml: (html) => {
      const svgIcon = `<link rel="icon" type="image/svg+xml" href="./${ICON_SOURCE}" />`
      if (!html.includes(svgIcon)) throw new Error(`index.html has no ${svgIcon}`)
      return html.replace(
        svgIcon,
        '<link rel="icon" type="image/png" sizes="32x32" href="./favicon-32.png" />\n' +
          '    <link rel="icon" type="image/png" sizes="192x192" href="./icon-192.png" />',
      )
    },
    async generateBundle() {
      const svg = await readFile(join(publicDir, ICON_SOURCE), 'utf8')
      // Loaded here, so the dev server and the tests never load the renderer's native binary.
      const { Resvg } = await import('@resvg/resvg-js')
      for (const icon of PNG_ICONS) {
        const source = icon.maskable ? toMaskable(svg) : svg
        const png = new Resvg(source, {
          fitTo: { mode: 'width', value: icon.size },
          font: { loadSystemFonts: false },
        })
          .render()
          .asPng()
        this.emitFile({ type: 'asset', fileName: icon.fileName, source: png })
      }
    },
  }
}

/**
 * A service worker that precaches every file of the build, lazy screens included, so that after one visit the app
 * works with the network cut. A new version waits until the person chooses "Reload" (src/browser/service-worker.ts
 * registers it from main.tsx; nothing is injected inline, which the CSP would refuse).
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  // The icons are found by the precache's own glob below: listed twice they would conflict.
  includeManifestIcons: false,
  manifest: {
    name: 'CALMS Radar',
    short_name: 'CALMS Radar',
    description: packageJson.description,
    lang: 'en',
    // Relative to the manifest, so the app installs from whatever sub-path it is served under.
    start_url: './',
    scope: './',
    display: 'standalone',
    // The header's colour in the light scheme; index.html names the dark one for browsers that read it there.
    theme_color: '#f4f6f8',
    background_color: '#ffffff',
    icons: [
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    cacheId: CACHE_ID,
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    // Without it, a page opened before the first install keeps fetching its lazy screens from the network.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Routes live in the fragment, so every navigation is index.html.
    navigateFallback: 'index.html',
  },
})

export default defineConfig({
  // Relative asset URLs let dist/ be served from any sub-path of a static host.
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    prerenderStartPage(),
    prerenderedStartPageScript(),
    appIcons(),
    offline,
  ],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    // Vite's preload helper adds a <link rel="modulepreload"> per dependency of each lazy chunk, and on a slow phone
    // adding those links was most of the long tasks after the results' first paint (Lighthouse's blocking time swung
    // from 130 to 850 ms; without them 110-130 ms). A lazy chunk's own imports are then found when it arrives; the
    // screens a page opens at, and the questionnaire on intent, are still preloaded by the prerendered page's script.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Libraries get chunks named after them, so a chunk's name says what it holds (otherwise a chunk is named
        // after whichever module of ours first shared it). The libraries' groups move no code between first loads.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'react-hook-form', test: /node_modules[\\/](react-hook-form|@hookform)[\\/]/ },
            // A module's imports are needed by every screen that needs it, so each lands in the module's chunk, in
            // a chunk of more screens, in a library's or in the start page's: chunks never import each other in a
            // circle. Capturing them too (Rolldown's default) would pull the start page's modules in.
            { name: resultsChunks(), debugName: 'results-chunks', includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          // With the chart's label arithmetic: plain TypeScript too, and a DOM costs a second or two per file.
          // The lint rules' test runs ESLint in Node, and the docs' paths test reads files: neither needs a DOM.
          include: [
            'src/domain/**/*.test.ts',
            'src/components/radar-tick.test.ts',
            'tests/lint/*.test.ts',
            'tests/docs-paths.test.ts',
          ],
          // Vitest leaves one of the machine's cores to itself: on a 2-core machine that is one worker.
          maxWorkers: 2,
          // Fuzz properties run thousands of cases: seconds on an idle machine, more on a busy 2-core CI machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/domain/**', 'src/components/radar-tick.test.ts', 'src/store/**'],
          // The same as the domain project's: projects that run side by side must agree on it.
          maxWorkers: 2,
          setupFiles: ['./src/test-setup.ts'],
          // One jsdom and one module graph per worker instead of per file: a fresh jsdom and a fresh import of the
          // app cost 1-2 s a file. test-setup.ts leaves every test as a fresh page load finds it.
          isolate: false,
          // Whole-app journeys in jsdom take a few seconds; a busy 2-core CI machine running two files at once must
          // not turn that into a failure.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // The store tests make stores of their own over in-memory storages; each file keeps them to itself, so
          // none is read again when a later file's page load reads every store the app made.
          name: 'store',
          environment: 'jsdom',
          include: ['src/store/**/*.test.{ts,tsx}'],
          maxWorkers: 2,
          setupFiles: ['./src/test-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/**/*.e2e.ts'],
          // An axe sweep of every route takes most of a minute when the 2-core machine is busy.
          testTimeout: 180_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
