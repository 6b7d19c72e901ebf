import { useId } from 'react'
import { nextStepFor } from '../../domain/bank/next-steps.ts'
import type { QuestionBank } from '../../domain/bank/question-bank-schema.ts'
import type { TeamStrengthsAndGaps } from '../../domain/plan/team-findings.ts'
import { describeFindingRules } from '../../domain/scoring/findings.ts'
import { formatScore } from '../../components/score-radar.tsx'

/**
 * The self-check's strengths and gaps for the team, on the medians the team page shows at any count of
 * responses. A gap lists each question with the team's next step, the one for the median level of its answers.
 */
export function TeamFindingsSection({
  bank,
  findings: { findings, medianLevels },
}: {
  bank: QuestionBank
  findings: TeamStrengthsAndGaps
}) {
  const ids = { heading: useId(), strengths: useId(), gaps: useId() }
  const questionsById = new Map(bank.questions.map((question) => [question.id, question]))
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
        <ul aria-labelledby={ids.strengths}>
          {findings.strengths.map((finding) => (
            <li key={`${finding.kind}-${finding.key}`}>
              <strong>{finding.label}</strong> ({finding.kind}): median {formatScore(finding.score)}
            </li>
          ))}
        </ul>
      )}
      <h3 id={ids.gaps}>Team gaps and next steps</h3>
      {findings.gaps.length === 0 ? (
        <p>No pillar or practice has a team median low enough to be a gap.</p>
      ) : (
        findings.gaps.map((finding) => (
          <article key={`${finding.kind}-${finding.key}`} className="gap">
            <h4>
              {finding.label} ({finding.kind}): median {formatScore(finding.score)}
            </h4>
            <ul>
              {finding.questionIds.flatMap((id) => {
                const question = questionsById.get(id)
                if (!question) return []
                return [
                  <li key={id}>
                    <p className="gap-question">{question.text}</p>
                    <p>
                      <span className="label">Team next step:</span> {nextStepFor(question, medianLevels[id])}
                    </p>
                  </li>,
                ]
              })}
            </ul>
          </article>
        ))
      )}
    </section>
  )
}
