import type { GroupComparison } from '../domain/scoring/snapshot-comparison.ts'
import { formatChange } from '../domain/scoring/snapshot-comparison.ts'
import { describeGapToTarget, gapToTarget } from '../domain/scoring/targets.ts'
import { describeGroupScore, type GroupScore } from '../domain/scoring/scoring.ts'
import { formatScore, type RadarTargets } from './radar-description.ts'
import { TableScroll } from './table-scroll.tsx'

export function ScoreTable({
  caption,
  groupLabel,
  groups,
  comparison,
  targets,
}: {
  caption: string
  groupLabel: string
  groups: readonly GroupScore[]
  /** Earlier scores (a snapshot): adds its score and the change since, per group. */
  comparison?: { title: string; rows: readonly GroupComparison[] }
  /** Where each group should be: adds the target and the gap to it, per group. */
  targets?: RadarTargets
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
            {targets && (
              <>
                <th scope="col">Target</th>
                <th scope="col">Gap to target</th>
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
                {targets && (
                  <>
                    <td>{targets[group.key] ?? '-'}</td>
                    <td>{describeGapToTarget(gapToTarget(group.score, targets[group.key]))}</td>
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
