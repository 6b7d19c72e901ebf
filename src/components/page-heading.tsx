import { useEffect, useRef, type ReactNode } from 'react'
import { takeFocusRequest } from '../browser/hash-route.ts'

/**
 * The page's h1. After an in-app navigation it takes focus, so keyboard and screen reader users start reading the
 * new page from its top instead of from a button that no longer exists.
 */
export function PageHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (takeFocusRequest()) ref.current?.focus()
  }, [])
  return (
    <h1 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  )
}
