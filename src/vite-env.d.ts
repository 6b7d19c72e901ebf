/// <reference types="vite/client" />

declare global {
  /** The app's version from package.json (vite.config.ts `define`), named in every export. */
  const __APP_VERSION__: string
}

export {}
