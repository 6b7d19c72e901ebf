import { describeTie, findingName, groupTies, type Finding } from '../domain/scoring/findings.ts'
import { formatScore } from './radar-description.ts'

/**
 * One side's strengths or gaps: each by name and score ("(one answer)" when it rests on one), and a tie of more
 * than three as one sentence. `scoreWord` reads before a score: "median" for a team.
 */
export function FindingList({
  findings,
  scoreWord = '',
  labelledBy,
}: {
  findings: readonly Finding[]
  scoreWord?: string
  labelledBy?: string
}) {
  const before = scoreWord === '' ? '' : `${scoreWord} `
  return (
    <ul className="findings" aria-labelledby={labelledBy}>
      {groupTies(findings).map(({ finding, tie }) =>
        finding === undefined ? (
          <li key={`tie-${tie.kind}-${tie.score}`}>{describeTie(tie, scoreWord)}</li>
        ) : (
          <li key={`${finding.kind}-${finding.key}`}>
            <strong>{findingName(finding)}</strong> ({finding.kind}): {before}
            {formatScore(finding.score)}
          </li>
        ),
      )}
    </ul>
  )
}
