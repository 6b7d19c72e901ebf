import { lazy, Suspense, useLayoutEffect, useState } from 'react'
import { navigate } from '../../browser/hash-route.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import { readHandedOverAnswers } from '../../domain/bank/handed-over-answers.ts'
import { takePrerenderedAnswers } from '../../browser/prerendered-step.ts'
import { resumePoint, type ResumePoint } from '../../domain/bank/questionnaire-steps.ts'
import { routes, type RouteCalled } from '../../domain/routes/route-table.ts'
import {
  readStoredAssessment,
  useAnswersForAnotherSession,
  useAssessmentActions,
} from '../../store/assessment-store.ts'
import { QuestionnairePage } from './questionnaire-page.tsx'

// Loaded only when it is asked: it brings the snapshots and the plan, which the questionnaire does without.
const AnotherSession = lazy(() =>
  import('../start/another-session.tsx').then((m) => ({ default: m.AnotherSession })),
)

/**
 * The questionnaire's one screen, for a step's address and for the address a start choice leads to ("Start quick
 * check", "Start self-check", "Continue to the full check", the self-check link), so that going from one to the
 * other keeps the page as it is rendered.
 *
 * A start choice shows its step at once: where the person left, with every answer in place, or the first step with
 * a question still open when the choice changes the depth. Only then is the choice recorded (the depth, an
 * invitation carried by the link) and the address corrected to the step's, before the page is painted. Redirecting
 * first would render the page twice, the second time a hashchange later: on a slow phone, the most of the wait
 * for the first question.
 *
 * An invitation carried by a start choice while this browser holds answers for another session asks first what to
 * do with them (AnotherSession); either answer remembers the invitation, and the start choice then goes on.
 */
export function SelfCheckScreen({ route }: { route: RouteCalled<'resume'> | RouteCalled<'step'> }) {
  const { depthChosen, invitationAccepted, answerQuestion } = useAssessmentActions()
  // Read, not subscribed: recording the depth below changes the stored one, and the address names the step by then.
  const shown: ResumePoint | { step: number; depth: undefined; depthChanged: false; notTaken?: undefined } =
    route.name === 'resume'
      ? resumePoint(QUESTION_BANK, readStoredAssessment(), route.depth)
      : { step: route.step, depth: undefined, depthChanged: false }
  const resumeStep = route.name === 'resume' ? shown.step : undefined
  const invitation = route.name === 'resume' ? route.invitation : undefined
  const live = route.name === 'resume' ? route.live : undefined
  const anotherSession = useAnswersForAnotherSession(invitation, live)
  const depthToRecord = shown.depthChanged ? shown.depth : undefined
  // Kept across the address's correction to the step, which renders this same element with a step route; shown on
  // that step only. Set while rendering, so the notice is in the first paint.
  const [keptFullAt, setKeptFullAt] = useState<number | undefined>(undefined)
  if (route.name === 'resume' && shown.notTaken === 'quick' && keptFullAt !== shown.step)
    setKeptFullAt(shown.step)

  const shownDepth = shown.depth
  useLayoutEffect(() => {
    if (resumeStep === undefined || anotherSession) return
    if (invitation !== undefined) invitationAccepted(invitation, live)
    if (depthToRecord !== undefined) depthChosen(depthToRecord)
    // What a person chose on the prerendered first step before the app started (src/browser/prerendered-step.ts).
    if (shownDepth !== undefined) {
      const pairs = takePrerenderedAnswers(document.getElementById('root'))
      for (const [questionId, answer] of readHandedOverAnswers(QUESTION_BANK, shownDepth, pairs))
        answerQuestion(questionId, answer)
    }
    navigate(routes.step(resumeStep), { replace: true })
  }, [
    resumeStep,
    depthToRecord,
    shownDepth,
    invitation,
    live,
    anotherSession,
    depthChosen,
    invitationAccepted,
    answerQuestion,
  ])

  if (anotherSession && invitation !== undefined)
    return (
      <Suspense fallback={<p className="loading">Loading&hellip;</p>}>
        <AnotherSession invitation={invitation} live={live} />
      </Suspense>
    )

  // One element in one place for both addresses, so the page survives the address being corrected.
  return (
    <QuestionnairePage
      stepNumber={shown.step}
      depth={shown.depth}
      notice={keptFullAt === shown.step ? <KeptFullCheckNotice /> : undefined}
    />
  )
}

/** "Start quick check" over a full check with answers: the full check goes on, and the way to a quick one is said. */
function KeptFullCheckNotice() {
  return (
    <p className="kept-depth">
      You are continuing your full check, with every answer kept. To take the quick check instead, use{' '}
      <a href={routes.start}>Start fresh on the start page</a>: your answers are kept as a snapshot.
    </p>
  )
}
