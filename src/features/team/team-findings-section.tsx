import { useId } from 'react'
import type { TeamStrengthsAndGaps } from '../../domain/plan/team-findings.ts'
import { describeFindingRules } from '../../domain/scoring/findings.ts'
import { FindingList } from '../../components/finding-list.tsx'

/**
 * The self-check's strengths and gaps for the team, on the medians the team page shows at any count of
 * responses. Their next steps are under "Try first" and "All next steps", each once.
 */
export function TeamFindingsSection({ findings: { findings } }: { findings: TeamStrengthsAndGaps }) {
  const ids = { heading: useId(), strengths: useId(), gaps: useId() }
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
    </section>
  )
}
