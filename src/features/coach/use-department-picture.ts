import { startTransition, useEffect, useState } from 'react'
import { getBank } from '../../domain/bank/bank-registry.ts'
import type { CoachTeam } from '../../domain/coach/coach-teams.ts'
import { buildDepartmentPicture, type DepartmentPicture } from '../../domain/coach/department.ts'
import { roundFigures } from '../../domain/coach/round-figures.ts'

/** A slice of work between two chances for the page to answer: well under the 200 ms a task may take. */
const SLICE_MS = 40

/**
 * The department's picture of `teams`, worked out in slices: each round's figures (its people's answers decoded and
 * counted, the costly part) a few at a time in tasks of their own, then the picture from those, kept per round by
 * roundFigures. Adding 200 teams at once then never holds the page for long. Undefined until the first picture is
 * ready; while a new one is worked out, the last one stays.
 */
export function useDepartmentPicture(teams: readonly CoachTeam[]): DepartmentPicture | undefined {
  const [picture, setPicture] = useState<DepartmentPicture | undefined>(undefined)
  useEffect(() => {
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    // Each team's radar needs its latest round and the one before.
    const rounds = teams.flatMap((team) => team.rounds.slice(-2))
    let next = 0
    const work = () => {
      const start = performance.now()
      while (next < rounds.length && performance.now() - start < SLICE_MS) {
        const round = rounds[next]
        if (round !== undefined) roundFigures(round, getBank)
        next += 1
      }
      if (cancelled) return
      if (next < rounds.length) {
        timer = setTimeout(work, 0)
        return
      }
      const built = buildDepartmentPicture(teams, getBank)
      // Two hundred radars render in slices too, the page answering between them.
      startTransition(() => setPicture(built))
    }
    timer = setTimeout(work, 0)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [teams])
  return picture
}
