import { PILLAR_LABELS } from '../../domain/bank/pillars.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { tallyQuestion } from '../../domain/plan/present-slides.ts'
import { describeSplitRule, SPLIT_QUESTION_NOTE } from '../../domain/team/disagreement.ts'
import {
  DISAGREEMENTS_LISTED,
  findDisagreements,
  type TeamAggregate,
} from '../../domain/team/team-aggregation.ts'
import { OptionBars } from '../../components/option-bars.tsx'

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
            const tally = tallyQuestion(entry, QUESTION_BANK)
            if (!question || !tally) return null
            return (
              <li key={entry.questionId}>
                <p className="gap-question">
                  {question.text} <span className="note">({PILLAR_LABELS[entry.pillar]})</span>
                  {entry.split && <strong className="split-flag"> {SPLIT_QUESTION_NOTE}.</strong>}
                </p>
                <OptionBars tally={tally} />
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
