import { useId } from 'react'
import type { TeamStrengthsAndGaps } from '../../domain/plan/team-findings.ts'
import { describeFindingRules, findingName } from '../../domain/scoring/findings.ts'
import { SPLIT_HIGH_FROM, SPLIT_LOW_AT_MOST } from '../../domain/team/disagreement.ts'
import { describeSpreadMinimum } from '../../domain/team/team-aggregation.ts'
import { FindingList } from '../../components/finding-list.tsx'
import { formatScore } from '../../components/radar-description.ts'

interface TeamFindingsSectionProps {
  findings: TeamStrengthsAndGaps
  /** Whether the page shows the spread: a split is part of it, and stays hidden when the spread does. */
  showSpread: boolean
}

/**
 * The self-check's strengths and gaps for the team, on the medians the team page shows at any count of
 * responses, and apart from them the pillars and practices that would be one but the team is split on. Their next
 * steps are under "Try first" and "All next steps", each once.
 */
export function TeamFindingsSection({ findings: { findings, split }, showSpread }: TeamFindingsSectionProps) {
  const ids = { heading: useId(), strengths: useId(), gaps: useId(), split: useId() }
  return (
    <section aria-labelledby={ids.heading} className="team-findings">
      <h2 id={ids.heading}>Team strengths and gaps</h2>
      <p className="note">
        {describeFindingRules()} For the team, each score is the median of the people&rsquo;s scores, and a
        question&rsquo;s next step follows the median level of its answers.
      </p>
      <h3 id={ids.strengths}>Team strengths</h3>
      {findings.strengths.length === 0 ? (
        <p>No pillar or practice stands out as a team strength yet.</p>
      ) : (
        <FindingList findings={findings.strengths} scoreWord="median" labelledBy={ids.strengths} />
      )}
      <h3 id={ids.gaps}>Team gaps</h3>
      {findings.gaps.length === 0 ? (
        <p>No pillar or practice has a team median low enough to be a gap.</p>
      ) : (
        <FindingList findings={findings.gaps} scoreWord="median" labelledBy={ids.gaps} />
      )}
      <h3 id={ids.split}>Split in the team</h3>
      {!showSpread ? (
        <p>
          Shown with the spread, from {describeSpreadMinimum()}. A pillar or practice the team is split on is
          never a strength or gap.
        </p>
      ) : split.length === 0 ? (
        <p>The team is not split on any pillar or practice that would be a strength or gap.</p>
      ) : (
        <>
          <p className="note">
            Each of these would be a strength or gap by its median, but at least one person scores{' '}
            {SPLIT_LOW_AT_MOST} or less and another {SPLIT_HIGH_FROM} or more: the median falls between two
            camps.
          </p>
          <ul className="findings" aria-labelledby={ids.split}>
            {split.map((finding) => (
              <li key={`${finding.kind}-${finding.key}`}>
                <strong>{findingName(finding)}</strong> ({finding.kind}): median {formatScore(finding.score)}{' '}
                &mdash; split: discuss
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
