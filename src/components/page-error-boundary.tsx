import { Component, type ErrorInfo, type ReactNode } from 'react'
import { routes } from '../domain/routes/route-table.ts'

interface PageErrorBoundaryProps {
  /** The page's address: moving to another one tries again, without remounting a page that did not fail. */
  resetKey: string
  children: ReactNode
}

interface PageErrorBoundaryState {
  failed: boolean
  resetKey: string
}

/**
 * What a page shows when rendering it throws, instead of a blank window: the answers live in this browser's storage,
 * which a failed render does not touch, so the person is told they are safe and how to go on. A class, because React
 * catches render errors only in one.
 */
export class PageErrorBoundary extends Component<PageErrorBoundaryProps, PageErrorBoundaryState> {
  override state: PageErrorBoundaryState = { failed: false, resetKey: this.props.resetKey }

  static getDerivedStateFromError(): Partial<PageErrorBoundaryState> {
    return { failed: true }
  }

  static getDerivedStateFromProps(
    props: PageErrorBoundaryProps,
    state: PageErrorBoundaryState,
  ): Partial<PageErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Nothing is sent anywhere; the console is where a developer who reproduces it looks.
    console.error(error, info.componentStack)
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <section aria-labelledby="page-error-heading" className="page-error">
        <h1 id="page-error-heading">This page could not be shown</h1>
        <p>
          Something went wrong while showing this page. Your answers, team responses and plans are still kept
          in this browser.
        </p>
        <p>
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            Reload the page
          </button>{' '}
          <a className="button" href={routes.start}>
            Go to the start page
          </a>
        </p>
      </section>
    )
  }
}
