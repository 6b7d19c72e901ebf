import { useRef, useState } from 'react'
import { PILLAR_LABELS, PILLARS } from '../../domain/bank/pillars.ts'
import { plural } from '../../domain/common/plural.ts'
import { formatChange } from '../../domain/scoring/snapshot-comparison.ts'
import { describeSnapshot } from '../../domain/scoring/snapshot-name.ts'
import { scoreTeamSnapshot, type TeamSnapshot } from '../../domain/storage/team-snapshot.ts'
import type { TeamAggregate } from '../../domain/team/team-aggregation.ts'
import { useTeamSnapshotActions, useTeamSnapshots } from '../../store/team-snapshot-store.ts'
import { CompareOverTimeSection, SnapshotPicker } from '../../components/compare-over-time.tsx'
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
  const headingRef = useRef<HTMLHeadingElement>(null)

  if (snapshots.length === 0 && status === '') return null
  const then = compared === undefined ? undefined : scoreTeamSnapshot(compared)
  const caption = 'Team medians then and now'

  return (
    <CompareOverTimeSection
      headingRef={headingRef}
      intro={
        <>
          Each new round keeps the team&rsquo;s responses as a team snapshot: per person the pillar scores and
          per question how many chose each answer, without names. Compare today&rsquo;s round with an earlier
          one.
        </>
      }
    >
      <SnapshotPicker
        snapshots={snapshots}
        describe={describeSnapshot}
        noun="team snapshot"
        compared={compared}
        onCompare={onCompare}
        onDelete={snapshotDeleted}
        onDeleted={setStatus}
        focusWhenEmpty={headingRef}
      >
        {compared && then && (
          <>
            <p className="note">
              {describeSnapshot(compared)}: {plural(compared.people.length, 'person', 'people')}; now:{' '}
              {plural(aggregate.respondents, 'person', 'people')}.
            </p>
            <TableScroll label={caption}>
              <table>
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">Pillar</th>
                    <th scope="col">{describeSnapshot(compared)}</th>
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
          </>
        )}
      </SnapshotPicker>
      <p role="status" className="status">
        {status}
      </p>
    </CompareOverTimeSection>
  )
}
