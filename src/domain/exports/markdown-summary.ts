import { TAKE_TO_MANAGER_TEXT, type NextStep } from '../bank/next-steps.ts'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS, type DoraMetric } from '../dora/dora-metrics.ts'
import { getMetricsShown, type DoraReport } from '../dora/dora-report.ts'
import {
  describeDoraRule,
  describeDoraVerdict,
  describeEarlierVerdict,
  describeMetricPlacement,
  doraBandLabel,
} from '../dora/dora-wording.ts'
import { PILLAR_LABELS, PILLARS } from '../bank/pillars.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { respondentName, type Response } from '../formats/response.ts'
import { plural } from '../common/plural.ts'
import {
  describeSharedQuestions,
  formatChange,
  NO_COMPARISON_TEXT,
  type GroupComparison,
  type ScoreChanges,
} from '../scoring/snapshot-comparison.ts'
import { describeStepSource } from '../scoring/answered-steps.ts'
import { describeEmptyTryFirst, describeTryFirstRule } from '../scoring/try-first.ts'
import {
  describeFindingRules,
  describeTie,
  findingName,
  groupTies,
  type Finding,
} from '../scoring/findings.ts'
import { describeGroupScore, NO_SCORE_TEXT } from '../scoring/scoring.ts'
import type { SelfCheckReport } from '../scoring/self-check-report.ts'
import {
  describeDisagreementBands,
  describePillarDisagreement,
  describeSplitRule,
  SPLIT_QUESTION_NOTE,
} from '../team/disagreement.ts'
import {
  aggregateTeam,
  describeHiddenSpread,
  describeSpreadMinimum,
  findDisagreements,
  showsSpread,
} from '../team/team-aggregation.ts'
import { buildTeamDoraReport, TEAM_DORA_BASIS } from '../team/team-dora.ts'
import { respondentNumberAt } from '../team/team-membership.ts'

/*
 * Markdown for a wiki page or a retro board. Everything not written here (names, the session name, and for
 * safety the bank's texts too) is escaped, so a name like "*boss*" or "<img>" shows as typed instead of turning
 * into emphasis, a link or HTML, and a "|" cannot break a table.
 */

const MARKDOWN_SPECIAL = /[\\`*_<>[\]|]/g

/** Escapes Markdown's active characters and folds line breaks, which would end a table row or a heading. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(MARKDOWN_SPECIAL, (character) => `\\${character}`)
}

export interface MarkdownVersions {
  bankVersion: number
  app: string
}

const formatScore = (score: number | null | undefined): string =>
  score === null || score === undefined ? NO_SCORE_TEXT : String(Math.round(score))

const formatDate = (date: Date): string => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`

function header(title: string, versions: MarkdownVersions, exportedAt: Date, extra: string[] = []): string[] {
  return [
    `# ${title}`,
    '',
    ...extra,
    `- Exported: ${formatDate(exportedAt)}`,
    `- Question bank version: ${versions.bankVersion}`,
    `- App version: CALMS Radar ${escapeMarkdown(versions.app)}`,
    '',
  ]
}

function table(
  headings: readonly string[],
  alignRight: readonly boolean[],
  rows: readonly string[][],
): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [
    line(headings),
    line(headings.map((_, index) => (alignRight[index] === true ? '--:' : ':--'))),
    ...rows.map(line),
    '',
  ]
}

const comparisonTable = (groupLabel: string, rows: readonly GroupComparison[]) =>
  table(
    [groupLabel, 'Baseline', 'Now', 'Change'],
    [false, true, true, true],
    rows.map((row) => [
      escapeMarkdown(row.label),
      row.previous === null ? NO_COMPARISON_TEXT : formatScore(row.previous),
      row.current === null ? NO_COMPARISON_TEXT : formatScore(row.current),
      formatChange(row.change),
    ]),
  )

/** The comparison shown on the Results page: which baseline, and the change per pillar and per practice. */
function comparisonSection(changes: ScoreChanges): string[] {
  return [
    `## Compared with ${escapeMarkdown(changes.baselineLabel)}, taken ${changes.baselineTakenAt.slice(0, 10)}`,
    '',
    ...(changes.sharedQuestions === undefined ? [] : [describeSharedQuestions(changes.sharedQuestions), '']),
    ...comparisonTable('Pillar', changes.pillars),
    ...comparisonTable('Practice', changes.practices),
  ]
}

/**
 * A DORA section as the pages show it (DoraOutcomes): the verdict, each metric and where it sits among the year's
 * clusters, an earlier snapshot's beside when there is one, the rule, then the speed and stability findings.
 */
function doraLines(
  outcomes: DoraReport,
  answerHeading: string,
  earlier?: { title: string; outcomes: DoraReport },
): string[] {
  const { classification, findings } = outcomes
  const { year } = classification
  const lines = [`**${escapeMarkdown(describeDoraVerdict(classification))}**`, '']
  if (earlier !== undefined) {
    lines.push(escapeMarkdown(describeEarlierVerdict(earlier.title, earlier.outcomes.classification)), '')
  }
  const shown = getMetricsShown(outcomes, earlier?.outcomes)
  const placed = (report: DoraReport, metric: DoraMetric) =>
    escapeMarkdown(describeMetricPlacement(report.classification, report.answers, metric))
  if (shown.length > 0) {
    lines.push(
      ...table(
        ['Metric', answerHeading, ...(earlier === undefined ? [] : [escapeMarkdown(earlier.title)])],
        [false, false, false],
        shown.map((metric) => [
          DORA_METRIC_DEFINITIONS[metric].label,
          placed(outcomes, metric),
          ...(earlier === undefined ? [] : [placed(earlier.outcomes, metric)]),
        ]),
      ),
    )
  }
  lines.push(describeDoraRule(year), '')
  if (findings.length > 0) {
    lines.push('### Speed and stability', '')
    for (const finding of findings) lines.push(escapeMarkdown(finding.message), '')
  }
  return lines
}

/** A side's findings as list items, a tie of more than three as one sentence (groupTies). */
const findingLines = (findings: readonly Finding[]): string[] =>
  groupTies(findings).map(({ finding, tie }) =>
    finding === undefined
      ? `- ${escapeMarkdown(describeTie(tie))}`
      : `- **${escapeMarkdown(findingName(finding))}** (${finding.kind}): ${formatScore(finding.score)}`,
  )

/** A next step as a line: a step the team cannot take alone says so first. */
const stepLine = (step: NextStep): string =>
  `${step.takeToManager ? `**${TAKE_TO_MANAGER_TEXT}:** ` : ''}${escapeMarkdown(step.text)}`

/**
 * The self-check as the Results page shows it: scores, strengths, gaps, "Try first" and every other next step
 * once, "Don't know", DORA; and, when the page compares with a snapshot, that comparison.
 */
export function writeSelfCheckMarkdown(
  report: SelfCheckReport,
  versions: MarkdownVersions,
  exportedAt: Date,
  changes?: ScoreChanges,
): string {
  const { scores, strengthsAndGaps, dontKnows, outcomes, mismatches, tryFirst, otherSteps } = report

  const lines = header('CALMS Radar self-check', versions, exportedAt)
  lines.push(
    `Overall score: **${formatScore(scores.overall.score)}** out of 100, from ${scores.overall.scored} scored ` +
      `answers to ${scores.overall.asked} questions. Scores are the mean of the answers (0, 25, 50, 75 or 100); ` +
      `"Don't know" and "Not applicable" are left out.`,
    '',
    '## Scores by CALMS pillar',
    '',
    ...table(
      ['Pillar', 'Score', 'Answered', "Don't know", 'Not applicable'],
      [false, true, true, true, true],
      scores.pillars.map((group) => [
        group.label,
        describeGroupScore(group),
        `${group.answered} / ${group.asked}`,
        String(group.dontKnow),
        String(group.notApplicable),
      ]),
    ),
    ...(changes === undefined ? [] : comparisonSection(changes)),
    '## Strengths',
    '',
    describeFindingRules(),
    '',
  )
  if (strengthsAndGaps.strengths.length === 0) {
    lines.push('No pillar or practice stands out as a strength yet.', '')
  } else {
    lines.push(...findingLines(strengthsAndGaps.strengths), '')
  }

  lines.push('## Gaps', '')
  if (strengthsAndGaps.gaps.length === 0) {
    lines.push('No pillar or practice scores low enough to be a gap.', '')
  } else {
    lines.push(...findingLines(strengthsAndGaps.gaps), '')
  }

  lines.push('## Try first', '', describeTryFirstRule(tryFirst.aim, 'you'), '')
  if (tryFirst.items.length === 0) lines.push(describeEmptyTryFirst(tryFirst.aim), '')
  tryFirst.items.forEach((item, index) => {
    lines.push(
      `${index + 1}. ${stepLine(item.step)}`,
      `   - ${escapeMarkdown(describeStepSource(item, 'you'))}`,
      `   - ${escapeMarkdown(item.practiceLabel)} (${item.sourceLabel})`,
    )
  })
  if (tryFirst.items.length > 0) lines.push('')
  for (const note of tryFirst.tieNotes) lines.push(escapeMarkdown(note), '')

  if (otherSteps.length > 0) {
    lines.push('## All next steps', '')
    for (const group of otherSteps) {
      lines.push(`### ${group.label}`, '')
      for (const entry of group.steps) {
        lines.push(`- ${stepLine(entry.step)}`, `  - ${escapeMarkdown(describeStepSource(entry, 'you'))}`)
      }
      lines.push('')
    }
  }

  if (dontKnows.length > 0) {
    lines.push('## What could not be answered', '')
    for (const finding of dontKnows) {
      lines.push(
        `- ${finding.label}: ${plural(finding.count, 'question', 'questions')} answered "Don't know", itself a gap in shared visibility.`,
      )
    }
    lines.push('')
  }

  lines.push(
    '## Delivery outcomes (DORA)',
    '',
    ...doraLines(
      outcomes,
      'Your answer',
      changes && { title: changes.baselineTitle, outcomes: changes.outcomes.previous },
    ),
  )
  if (mismatches.length > 0) {
    lines.push('### Practices and outcomes disagree', '')
    for (const mismatch of mismatches) lines.push(`- ${escapeMarkdown(mismatch.message)}`)
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

/**
 * The team view: pillar medians, the questions answered furthest apart and the DORA answers. Below
 * MIN_RESPONSES_FOR_SPREAD responses the spread and the disagreements are left out, as on the Team page, because
 * they would show who answered what.
 */
export function writeTeamMarkdown(
  team: { sessionName: string; responses: readonly Response[]; numbers: readonly number[] },
  bank: QuestionBank,
  versions: MarkdownVersions,
  exportedAt: Date,
): string {
  const aggregate = aggregateTeam(team.responses, bank)
  const showSpread = showsSpread(team.responses.length)
  const session = team.sessionName.trim()
  const names = team.responses.map((response, index) =>
    escapeMarkdown(respondentName(response, respondentNumberAt(team.numbers, index))),
  )
  const lines = header(
    session === '' ? 'CALMS Radar team summary' : `CALMS Radar team summary: ${escapeMarkdown(session)}`,
    versions,
    exportedAt,
    [
      ...(session === '' ? [] : [`- Session: ${escapeMarkdown(session)}`]),
      `- Respondents: ${aggregate.respondents}${names.length === 0 ? '' : ` (${names.join(', ')})`}`,
      ...(aggregate.excluded === 0
        ? []
        : [`- Left out: ${aggregate.excluded} from another question bank version that cannot be converted`]),
    ],
  )

  const hidden = describeHiddenSpread()
  lines.push(
    '## Team scores by CALMS pillar',
    '',
    ...table(
      ['Pillar', 'People with a score', 'Median', 'Min', 'Max', 'Disagreement (IQR)'],
      [false, true, true, true, true, false],
      PILLARS.map((pillar) => {
        const { respondents, summary, disagreement, split } = aggregate.pillars[pillar]
        const spread = (value: number | undefined) =>
          summary === undefined ? '-' : showSpread ? formatScore(value) : hidden
        return [
          PILLAR_LABELS[pillar],
          String(respondents),
          formatScore(summary?.median),
          spread(summary?.min),
          spread(summary?.max),
          summary !== undefined && disagreement !== undefined && showSpread
            ? describePillarDisagreement(disagreement, formatScore(summary.interquartileRange), split)
            : '-',
        ]
      }),
    ),
    `Disagreement is the interquartile range of the people's pillar scores: ${describeDisagreementBands()}; ${describeSplitRule()}, whatever the quartiles say.`,
    '',
    '## Where we disagree',
    '',
  )
  const disagreements = showSpread ? findDisagreements(aggregate) : []
  if (!showSpread) {
    lines.push(`Left out with fewer than ${describeSpreadMinimum()}: it would show who answered what.`, '')
  } else if (disagreements.length === 0) {
    lines.push('No question has answers far enough apart to list yet.', '')
  }
  disagreements.forEach((entry, index) => {
    const question = bank.questions.find((candidate) => candidate.id === entry.questionId)
    if (question === undefined) return
    const split = entry.split ? ` ${SPLIT_QUESTION_NOTE}.` : ''
    lines.push(`${index + 1}. **${escapeMarkdown(question.text)}** (${PILLAR_LABELS[entry.pillar]})${split}`)
    question.options.forEach((option, level) => {
      lines.push(`   - ${escapeMarkdown(option)}: ${entry.levelCounts[level] ?? 0}`)
    })
    lines.push(`   - Don't know: ${entry.dontKnow}`)
    if (question.allowNotApplicable) lines.push(`   - Not applicable: ${entry.notApplicable}`)
    if (entry.unanswered > 0) lines.push(`   - Left blank: ${entry.unanswered}`)
    if (entry.notAsked > 0) lines.push(`   - Not asked (quick check): ${entry.notAsked}`)
  })
  if (disagreements.length > 0) lines.push('')

  lines.push(
    '## DORA outcomes across the team',
    '',
    TEAM_DORA_BASIS,
    '',
    ...doraLines(buildTeamDoraReport(aggregate), 'Team median'),
  )
  for (const metric of DORA_METRICS) {
    const definition = DORA_METRIC_DEFINITIONS[metric]
    const distribution = aggregate.dora[metric]
    lines.push(
      `### ${definition.label}`,
      '',
      ...table(
        ['Answer', 'People'],
        [false, true],
        [
          ...distribution.bands.map((band) => [
            escapeMarkdown(doraBandLabel(metric, band.id)),
            String(band.count),
          ]),
          ["Don't know", String(distribution.dontKnow)],
          ['Not answered', String(distribution.unanswered)],
        ],
      ),
    )
  }
  return `${lines.join('\n').trimEnd()}\n`
}
