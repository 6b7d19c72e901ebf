import { useEffect, useState } from 'react'
import { BANK_VERSION } from '../domain/bank/question-bank.ts'
import { formatLongDate } from '../domain/common/long-date.ts'

/**
 * A line only paper shows: what the report is, when it was printed, and the versions behind its figures. The date
 * is taken again just before printing, so a page left open overnight prints today's date.
 */
export function PrintHeader({ title, sessionName = '' }: { title: string; sessionName?: string }) {
  const [printedOn, setPrintedOn] = useState(() => new Date())
  useEffect(() => {
    const refresh = () => setPrintedOn(new Date())
    window.addEventListener('beforeprint', refresh)
    return () => window.removeEventListener('beforeprint', refresh)
  }, [])
  const session = sessionName.trim()
  return (
    <p className="print-only print-header">
      <strong>{title}</strong>
      {session !== '' && (
        <>
          {' '}
          &middot; session <bdi>&ldquo;{session}&rdquo;</bdi>
        </>
      )}{' '}
      &middot; printed {formatLongDate(printedOn)} &middot; question bank version {BANK_VERSION} &middot;
      CALMS Radar {__APP_VERSION__}
    </p>
  )
}
