import { useEffect, useId, useRef, useState } from 'react'
import { PILLAR_LABELS, PILLARS } from '../../domain/bank/pillars.ts'
import { plural } from '../../domain/common/plural.ts'
import { formatChange } from '../../domain/formats/snapshots.ts'
import { describeTeamSnapshot } from '../../domain/formats/stored-team-snapshots.ts'
import { scoreTeamSnapshot, type TeamSnapshot } from '../../domain/plan/team-snapshot.ts'
import type { TeamAggregate } from '../../domain/team/team-aggregation.ts'
import { useTeamSnapshotActions, useTeamSnapshots } from '../../store/team-snapshot-store.ts'
import { ConfirmButton } from '../../components/confirm-button.tsx'
import { formatScore } from '../../components/radar-description.ts'
import { TableScroll } from '../../components/table-scroll.tsx'

interface TeamCompareOverTimeProps {
  aggregate: TeamAggregate
  /** The team snapshot the page compares with, or undefined for none. */
  compared: TeamSnapshot | undefined
  onCompare: (id: string | undefined) => void
}

/**
 * The team's earlier rounds, one at a time beside today's: per pillar the team median then and now. Which one is
 * compared is not saved: it is a question of the moment, as on the results page.
 */
export function TeamCompareOverTime({ aggregate, compared, onCompare }: TeamCompareOverTimeProps) {
  const snapshots = useTeamSnapshots()
  const { snapshotDeleted } = useTeamSnapshotActions()
  const [status, setStatus] = useState('')
  const ids = { heading: useId(), select: useId() }
  const selectRef = useRef<HTMLSelectElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // A deleted snapshot takes its Delete button with it; focus goes to the list, or to the heading when none is left.
  const deleted = useRef(false)

  useEffect(() => {
    if (!deleted.current) return
    deleted.current = false
    ;(selectRef.current ?? headingRef.current)?.focus()
  })

  if (snapshots.length === 0 && status === '') return null
  const then = compared === undefined ? undefined : scoreTeamSnapshot(compared)
  const caption = 'Team medians then and now'

  return (
    <section aria-labelledby={ids.heading} className="compare-over-time">
      <h2 id={ids.heading} ref={headingRef} tabIndex={-1}>
        Compare over time
      </h2>
      <p>
        Each new round keeps the team&rsquo;s responses as a team snapshot: per person the pillar scores and
        per question how many chose each answer, without names. Compare today&rsquo;s round with an earlier
        one.
      </p>
      {snapshots.length > 0 && (
        <div className="form-row">
          <label htmlFor={ids.select}>Compare with</label>
          <select
            ref={selectRef}
            id={ids.select}
            value={compared?.id ?? ''}
            onChange={(event) => onCompare(event.target.value === '' ? undefined : event.target.value)}
          >
            <option value="">Nothing</option>
            {snapshots.map((snapshot) => (
              <option key={snapshot.id} value={snapshot.id}>
                {describeTeamSnapshot(snapshot)}
              </option>
            ))}
          </select>
        </div>
      )}
      {compared && then && (
        <>
          <p className="note">
            {describeTeamSnapshot(compared)}: {plural(compared.people.length, 'person', 'people')}; now:{' '}
            {plural(aggregate.respondents, 'person', 'people')}.
          </p>
          <TableScroll label={caption}>
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">Pillar</th>
                  <th scope="col">{describeTeamSnapshot(compared)}</th>
                  <th scope="col">Now</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {PILLARS.map((pillar) => {
                  const before = then[pillar]
                  const now = aggregate.pillars[pillar].summary?.median ?? null
                  return (
                    <tr key={pillar}>
                      <th scope="row">{PILLAR_LABELS[pillar]}</th>
                      <td>{formatScore(before)}</td>
                      <td>{formatScore(now)}</td>
                      <td>{formatChange(before === null || now === null ? null : now - before)}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </TableScroll>
          <ConfirmButton
            label="Delete snapshot"
            question={`Delete the team snapshot "${describeTeamSnapshot(compared)}"? This cannot be undone.`}
            confirmLabel="Delete"
            onConfirm={() => {
              snapshotDeleted(compared.id)
              deleted.current = true
              onCompare(undefined)
              setStatus(`Team snapshot "${describeTeamSnapshot(compared)}" deleted.`)
            }}
          />
        </>
      )}
      <p role="status" className="status">
        {status}
      </p>
    </section>
  )
}
