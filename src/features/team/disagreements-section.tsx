import { PILLAR_LABELS } from '../../domain/bank/pillars.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { describeSplitRule, SPLIT_QUESTION_NOTE } from '../../domain/team/disagreement.ts'
import {
  DISAGREEMENTS_LISTED,
  findDisagreements,
  type TeamAggregate,
} from '../../domain/team/team-aggregation.ts'

const questionsById = new Map(QUESTION_BANK.questions.map((question) => [question.id, question]))

export function DisagreementsSection({ aggregate }: { aggregate: TeamAggregate }) {
  const disagreements = findDisagreements(aggregate, DISAGREEMENTS_LISTED)
  return (
    <section aria-labelledby="disagree-heading">
      <h2 id="disagree-heading">Where we disagree</h2>
      <p className="note">
        Questions answered furthest apart come first, a split before the rest ({describeSplitRule()}).
      </p>
      {disagreements.length === 0 ? (
        <p>No question has answers far enough apart to list yet.</p>
      ) : (
        <ol className="disagreements">
          {disagreements.map((entry) => {
            const question = questionsById.get(entry.questionId)
            if (!question) return null
            return (
              <li key={entry.questionId}>
                <p className="gap-question">
                  {question.text} <span className="note">({PILLAR_LABELS[entry.pillar]})</span>
                  {entry.split && <strong className="split-flag"> {SPLIT_QUESTION_NOTE}.</strong>}
                </p>
                <ul>
                  {question.options.map((option, level) => (
                    <li key={option}>
                      {option}: <strong>{entry.levelCounts[level] ?? 0}</strong>
                    </li>
                  ))}
                  <li>
                    Don&rsquo;t know: <strong>{entry.dontKnow}</strong>
                  </li>
                  {question.allowNotApplicable && (
                    <li>
                      Not applicable: <strong>{entry.notApplicable}</strong>
                    </li>
                  )}
                  {entry.unanswered > 0 && (
                    <li>
                      Left blank: <strong>{entry.unanswered}</strong>
                    </li>
                  )}
                  {entry.notAsked > 0 && (
                    <li>
                      Not asked (quick check): <strong>{entry.notAsked}</strong>
                    </li>
                  )}
                </ul>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
