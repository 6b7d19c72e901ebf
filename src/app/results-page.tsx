import { useMemo, useState } from 'react'
import { plural } from '../domain/common/plural.ts'
import { QUESTION_BANK } from '../domain/bank/question-bank.ts'
import { PRACTICE_CATALOGUE, PRACTICES } from '../domain/bank/practices.ts'
import { getQuestionnaireSteps } from '../domain/bank/questionnaire-steps.ts'
import { bankForDepth, describeCheckBasis } from '../domain/bank/check-depth.ts'
import { describeFullCheckRemainder } from '../domain/bank/check-times.ts'
import { navigate } from '../browser/hash-route.ts'
import { buildSelfCheckReport } from '../domain/scoring/self-check-report.ts'
import { describeFindingRules } from '../domain/scoring/findings.ts'
import {
  compareGroups,
  compareWithSnapshot,
  describeChanges,
  describeSharedQuestions,
} from '../domain/scoring/snapshot-comparison.ts'
import { describeSnapshot } from '../domain/scoring/snapshot-name.ts'
import { useAnswers, useCheckDepth, useDoraAnswers, useInvitation } from '../store/assessment-store.ts'
import { useSnapshots } from '../store/snapshot-store.ts'
import { routes } from '../domain/routes/route-table.ts'
import { PageHeading } from '../components/page-heading.tsx'
import { ShareResponse } from '../features/share/share-response.tsx'
import { PrintHeader } from '../components/print-header.tsx'
import { formatScore } from '../components/radar-description.ts'
import { DeferredScoreRadar } from '../components/deferred-score-radar.tsx'
import { lazyPart, RenderLater, RenderWhenNear } from '../components/render-later.tsx'
import { ScoreTable } from '../components/score-table.tsx'
import { FindingList } from '../components/finding-list.tsx'
import { useComparedSnapshot } from '../components/use-compared-snapshot.ts'
import { usePlanState } from '../store/plan-store.ts'
import { LargestGapsToTarget } from '../features/plan/largest-gaps-to-target.tsx'
import { RecheckNotice } from '../features/plan/recheck-notice.tsx'

// The sections below the first screen bring their code with them when they render: the first screen waits for none
// of it (the exports' CSV library, the plan's forms, the backup's file format).
const CompareOverTime = lazyPart(() =>
  import('../features/snapshots/compare-over-time.tsx').then((m) => m.CompareOverTime),
)
const SelfCheckPlan = lazyPart(() =>
  import('../features/plan/self-check-plan.tsx').then((m) => m.SelfCheckPlan),
)
const DoraSummary = lazyPart(() => import('../features/results/dora-summary.tsx').then((m) => m.DoraSummary))
const ExportPanel = lazyPart(() => import('../features/exports/export-panel.tsx').then((m) => m.ExportPanel))
const BackupPanel = lazyPart(() => import('../features/device/backup-panel.tsx').then((m) => m.BackupPanel))

const steps = getQuestionnaireSteps(QUESTION_BANK)
const PRACTICE_AXIS_LABELS = Object.fromEntries(
  PRACTICES.map((practice) => [practice, PRACTICE_CATALOGUE[practice].shortLabel]),
)

type View = 'pillars' | 'practices'

export function ResultsPage() {
  const answers = useAnswers()
  const dora = useDoraAnswers()
  const invitation = useInvitation()
  const [view, setView] = useState<View>('pillars')
  const { targets } = usePlanState('selfCheck')
  const [compared, setComparedId] = useComparedSnapshot('selfCheck', useSnapshots())

  const depth = useCheckDepth()
  // Scores rest on the questions of the depth taken, so a quick check is not scored against questions it never asked.
  const report = useMemo(
    () => buildSelfCheckReport(bankForDepth(QUESTION_BANK, depth), answers, dora, targets),
    [depth, answers, dora, targets],
  )
  const { scores, strengthsAndGaps, dontKnows } = report

  const comparisonScores = useMemo(
    () => (compared ? compareWithSnapshot({ answers, dora }, compared) : undefined),
    [answers, dora, compared],
  )
  // Across bank versions both sides are scored on the questions both ask, not on today's whole bank.
  const shownScores = comparisonScores?.current ?? scores
  const groups = view === 'pillars' ? shownScores.pillars : shownScores.practices
  const comparedScores = comparisonScores?.previous
  const comparedGroups = view === 'pillars' ? comparedScores?.pillars : comparedScores?.practices
  // Targets are per pillar: the practice view has none.
  const shownTargets = view === 'pillars' && Object.keys(targets).length > 0 ? targets : undefined
  const comparison =
    compared && comparedGroups ? { title: describeSnapshot(compared), groups: comparedGroups } : undefined

  return (
    <section aria-labelledby="results-heading" className="results">
      <PrintHeader title="CALMS Radar self-check report" />
      <PageHeading id="results-heading">Results</PageHeading>
      {report.anythingAnswered ? (
        <p className="lead">
          Overall {formatScore(scores.overall.score)} out of 100, from {scores.overall.scored} scored answers
          to {scores.overall.asked} questions. Scores are the mean of your answers (0, 25, 50, 75 or 100);
          &ldquo;Don&rsquo;t know&rdquo; and &ldquo;Not applicable&rdquo; are left out.
        </p>
      ) : (
        <p>
          You have not answered any question yet, so there is nothing to show.{' '}
          <a href={routes.resume}>Start the self-check</a>.
        </p>
      )}
      {report.anythingAnswered && invitation !== undefined && <ShareResponse invitation={invitation} />}
      <RecheckNotice depth={depth} answers={answers} dora={dora} />
      {depth === 'quick' && (
        <div className="check-basis">
          <p>
            These results rest on the {describeCheckBasis(QUESTION_BANK, 'quick')}. The full check asks the
            other {QUESTION_BANK.questions.length - bankForDepth(QUESTION_BANK, 'quick').questions.length},{' '}
            {describeFullCheckRemainder()}, marked &ldquo;New&rdquo; on each step, and keeps every answer you
            gave.
          </p>
          <button type="button" className="button" onClick={() => navigate(routes.startCheck('full'))}>
            Continue to the full check
          </button>
        </div>
      )}

      <section aria-labelledby="radar-heading">
        <h2 id="radar-heading">Your radar</h2>
        <div className="toggle" role="group" aria-label="Radar detail">
          <button
            type="button"
            className="button"
            aria-pressed={view === 'pillars'}
            onClick={() => setView('pillars')}
          >
            By pillar
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={view === 'practices'}
            onClick={() => setView('practices')}
          >
            By practice
          </button>
        </div>
        {comparisonScores?.sharedQuestions && (
          <p className="note">{describeSharedQuestions(comparisonScores.sharedQuestions)}</p>
        )}
        <ScoreTable
          caption={view === 'pillars' ? 'Scores by CALMS pillar' : 'Scores by lesson practice'}
          groupLabel={view === 'pillars' ? 'Pillar' : 'Practice'}
          groups={groups}
          {...(comparison
            ? { comparison: { title: comparison.title, rows: compareGroups(groups, comparison.groups) } }
            : {})}
          {...(shownTargets ? { targets: shownTargets } : {})}
        />
        {view === 'pillars' && report.anythingAnswered && (
          <LargestGapsToTarget scores={scores} owner="selfCheck" />
        )}
        <DeferredScoreRadar
          title={view === 'pillars' ? 'CALMS pillar scores' : 'Scores by lesson practice'}
          groups={groups}
          {...(view === 'practices' ? { axisLabels: PRACTICE_AXIS_LABELS } : {})}
          {...(comparison ? { comparison } : {})}
          {...(shownTargets ? { targets: shownTargets } : {})}
        />
      </section>

      <RenderWhenNear>
        <CompareOverTime
          compared={compared}
          onCompare={setComparedId}
          problem={
            compared && !comparedScores
              ? `This snapshot uses question bank version ${compared.bankVersion}, which this version of CALMS Radar does not know, so it cannot be compared.`
              : undefined
          }
        />
      </RenderWhenNear>

      <RenderLater>
        <section aria-labelledby="strengths-heading">
          <h2 id="strengths-heading">Strengths</h2>
          <p className="note">{describeFindingRules()}</p>
          {strengthsAndGaps.strengths.length === 0 ? (
            <p>No pillar or practice stands out as a strength yet.</p>
          ) : (
            <FindingList findings={strengthsAndGaps.strengths} />
          )}
        </section>

        <section aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">Gaps</h2>
          {strengthsAndGaps.gaps.length === 0 ? (
            <p>No pillar or practice scores low enough to be a gap.</p>
          ) : (
            <FindingList findings={strengthsAndGaps.gaps} />
          )}
        </section>
      </RenderLater>

      <RenderLater>
        {dontKnows.length > 0 && (
          <section aria-labelledby="unknown-heading">
            <h2 id="unknown-heading">What you could not answer</h2>
            <ul>
              {dontKnows.map((finding) => (
                <li key={finding.pillar}>
                  You could not answer {plural(finding.count, 'question', 'questions')} about{' '}
                  {finding.label.toLowerCase()}: that itself is a gap in shared visibility.
                </li>
              ))}
            </ul>
          </section>
        )}
      </RenderLater>

      <RenderLater>
        {report.anythingAnswered && (
          <SelfCheckPlan
            bank={report.bank}
            nextSteps={report}
            answers={answers}
            dora={dora}
            compared={compared}
          />
        )}
      </RenderLater>

      <RenderLater>
        <DoraSummary
          report={report}
          earlier={
            compared && comparisonScores
              ? { title: describeSnapshot(compared), outcomes: comparisonScores.outcomes.previous }
              : undefined
          }
        />
      </RenderLater>

      <RenderWhenNear>
        {report.anythingAnswered && invitation === undefined && <ShareResponse />}
        <ExportPanel
          report={report}
          changes={compared && comparisonScores ? describeChanges(compared, comparisonScores) : undefined}
        />
        <BackupPanel />
      </RenderWhenNear>

      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading">Edit your answers</h2>
        <ul className="edit-links">
          {steps.map((step) => (
            <li key={step.number}>
              <a href={routes.step(step.number)}>Edit {step.title} answers</a>
            </li>
          ))}
        </ul>
      </section>
    </section>
  )
}
