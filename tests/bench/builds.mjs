// The two builds the bench compares: the app as `npm run build` makes it, and the smallest React app there is.
import react from '@vitejs/plugin-react'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'vite'

/** The repo's own vite.config.ts (CSP tag, prerendered start page), into a folder of our own so dist/ is left alone. */
export async function buildApp(repoRoot, outDir) {
  await build({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  })
}

const FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Hello world</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.jsx"></script>
  </body>
</html>
`

// A heading, and a button whose click shows a text: the floor's time to interactive is its first handled click.
const FLOOR_MAIN = `import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'

function Hello() {
  const [clicked, setClicked] = useState(false)
  return (
    <>
      <h1>Hello world</h1>
      <button type="button" onClick={() => setClicked(true)}>Say hello</button>
      {clicked && <p>Hello to you too</p>}
    </>
  )
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Hello />
  </StrictMode>,
)
`

/**
 * The floor: React + ReactDOM rendering a heading and a button, with the options of the app's config that shape its JS
 * (the same React plugin, relative base, Vite's build defaults). Its source lives in a temp folder outside the
 * repo, so react is aliased to the repo's copy: the floor then uses exactly the React version the app ships.
 */
export async function buildFloor(repoRoot, sourceDir, outDir) {
  await mkdir(sourceDir, { recursive: true })
  await writeFile(join(sourceDir, 'index.html'), FLOOR_HTML)
  await writeFile(join(sourceDir, 'main.jsx'), FLOOR_MAIN)
  const modules = join(repoRoot, 'node_modules')
  await build({
    root: sourceDir,
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: { react: join(modules, 'react'), 'react-dom': join(modules, 'react-dom') } },
    build: { outDir, emptyOutDir: true },
  })
}
