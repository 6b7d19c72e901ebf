import { shorten } from '../common/parse-result.ts'
import { formatCreatedAt } from '../formats/response.ts'
import type { ActionPlan } from './action-plan.ts'
import type { AnsweredStep } from '../scoring/answered-steps.ts'
import { defaultRecheckDate, isActiveStatus, MAX_EXPERIMENT_TEXT, type Experiment } from './experiment.ts'

/*
 * Plan candidates: every next step the page shows ("Try first" and "All next steps", see answered-steps.ts and
 * try-first.ts) can go into the plan, prefilled from its step.
 */

/**
 * The questions that are already the signal of an experiment planned or under way: their step is in the plan.
 * A done or dropped experiment frees its questions, as their next step may have moved on.
 */
export function questionsInPlan(plan: ActionPlan): Set<string> {
  return new Set(
    plan.experiments.flatMap((experiment) =>
      isActiveStatus(experiment.status) && experiment.signal.kind === 'questions'
        ? experiment.signal.questionIds
        : [],
    ),
  )
}

/**
 * A planned experiment prefilled from a next step, for the person to edit after it is added: the step as what to
 * try, its practice, its question as the signal, a re-check four weeks from today.
 */
export function draftExperiment(
  candidate: Pick<AnsweredStep, 'questionId' | 'practice' | 'step'>,
  today: Date,
  id: string,
  createdAt: Date = today,
): Experiment {
  return {
    id,
    what: shorten(candidate.step.text, MAX_EXPERIMENT_TEXT),
    practice: candidate.practice,
    signal: { kind: 'questions', questionIds: [candidate.questionId] },
    recheckOn: defaultRecheckDate(today),
    status: 'planned',
    createdAt: formatCreatedAt(createdAt),
  }
}

/**
 * A planned experiment from a note the team wrote about a question (present mode's "Make it an experiment"): the
 * note as what to try, on one line (an experiment is one line of a checklist) and shortened to fit, with the
 * question as its signal. Undefined for a note with nothing in it.
 */
export function experimentFromNote(
  question: Pick<AnsweredStep, 'questionId' | 'practice'>,
  note: string,
  today: Date,
  id: string,
): Experiment | undefined {
  const text = note.replace(/\s+/gu, ' ').trim()
  if (text === '') return undefined
  return draftExperiment({ ...question, step: { text, takeToManager: false } }, today, id)
}
