import react from '@vitejs/plugin-react'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import packageJson from './package.json' with { type: 'json' }
import { App } from './src/app/app.tsx'

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
  "connect-src 'self'",
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

/**
 * Renders the start page into the built index.html so its heading and introduction paint before any script runs;
 * the app replaces it on mount. The markup comes from the same components, so nothing is written twice.
 */
function prerenderStartPage(): Plugin {
  return {
    name: 'calms-radar:prerender-start-page',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<div id="root"></div>',
        `<div id="root">${renderToStaticMarkup(createElement(App))}</div>`,
      ),
  }
}

export default defineConfig({
  // Relative asset URLs let dist/ be served from any sub-path of a static host.
  base: './',
  plugins: [react(), contentSecurityPolicy(), prerenderStartPage()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['src/domain/**/*.test.ts'],
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
          exclude: ['src/domain/**'],
          setupFiles: ['./src/test-setup.ts'],
          // Whole-app journeys in jsdom take a few seconds; a busy 2-core CI machine must not turn that into a failure.
          testTimeout: 20_000,
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
