import type { GroupComparison } from '../domain/formats/snapshots.ts'
import { formatChange } from '../domain/formats/snapshots.ts'
import { describeGroupScore, type GroupScore } from '../domain/scoring/scoring.ts'
import { formatScore } from './score-radar.tsx'
import { TableScroll } from './table-scroll.tsx'

export function ScoreTable({
  caption,
  groupLabel,
  groups,
  comparison,
}: {
  caption: string
  groupLabel: string
  groups: readonly GroupScore[]
  /** Earlier scores (a snapshot): adds its score and the change since, per group. */
  comparison?: { title: string; rows: readonly GroupComparison[] }
}) {
  const compared = new Map(comparison?.rows.map((row) => [row.key, row]))
  return (
    <TableScroll label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col">Score (0-100)</th>
            {comparison && (
              <>
                <th scope="col">{comparison.title}</th>
                <th scope="col">Change</th>
              </>
            )}
            <th scope="col">Answered / asked</th>
            <th scope="col">Don&rsquo;t know</th>
            <th scope="col">Not applicable</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => {
            const row = compared.get(group.key)
            return (
              <tr key={group.key}>
                <th scope="row">{group.label}</th>
                <td>{describeGroupScore(group)}</td>
                {comparison && (
                  <>
                    <td>{formatScore(row?.previous ?? null)}</td>
                    <td>{formatChange(row?.change ?? null)}</td>
                  </>
                )}
                <td>
                  {group.answered} / {group.asked}
                </td>
                <td>{group.dontKnow}</td>
                <td>{group.notApplicable}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableScroll>
  )
}
