import type { GroupScore } from '../domain/scoring.ts'
import { formatScore } from './score-radar.tsx'
import { TableScroll } from './table-scroll.tsx'

export function ScoreTable({
  caption,
  groupLabel,
  groups,
  numbered = false,
}: {
  caption: string
  groupLabel: string
  groups: readonly GroupScore[]
  /** Matches a radar whose axes are numbered; the number is for the eye, the name stays the label. */
  numbered?: boolean
}) {
  return (
    <TableScroll label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col">Score (0-100)</th>
            <th scope="col">Answered / asked</th>
            <th scope="col">Don&rsquo;t know</th>
            <th scope="col">Not applicable</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group, index) => (
            <tr key={group.key}>
              <th scope="row">
                {numbered && <span aria-hidden="true">{index + 1}. </span>}
                {group.label}
              </th>
              <td>{formatScore(group.score)}</td>
              <td>
                {group.answered} / {group.asked}
              </td>
              <td>{group.dontKnow}</td>
              <td>{group.notApplicable}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
