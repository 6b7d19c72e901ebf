import { DONT_KNOW_TEXT, NOT_APPLICABLE_TEXT } from '../common/answer-texts.ts'
import { plural } from '../common/plural.ts'
import { PILLAR_LABELS, PILLARS, type Pillar } from '../bank/pillars.ts'
import type { PracticeId } from '../bank/practices.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { TAKE_TO_MANAGER_TEXT, type NextStep } from '../bank/next-steps.ts'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS, type DoraMetric } from '../dora/dora-metrics.ts'
import { describeDoraVerdict, describeMetricPlacement, doraBandLabel } from '../dora/dora-wording.ts'
import { ROLE_LABELS } from '../formats/profile.ts'
import type { Response } from '../formats/response.ts'
import { describeTie, findingName, groupTies, type Finding } from '../scoring/findings.ts'
import { describeEmptyTryFirst } from '../scoring/try-first.ts'
import type { Targets } from '../scoring/targets.ts'
import { describeHiddenRoles, splitByRole, type RoleGroup } from '../team/role-split.ts'
import {
  aggregateTeam,
  DISAGREEMENTS_LISTED,
  findDisagreements,
  type QuestionAggregate,
  type TeamAggregate,
} from '../team/team-aggregation.ts'
import { buildTeamDoraReport } from '../team/team-dora.ts'
import type { QuartileSummary } from '../team/statistics.ts'
import { teamNextSteps, teamStrengthsAndGaps } from './team-findings.ts'

/*
 * Present mode's slides: what the team page shows, cut into screens a room can read from three metres. Built from
 * the same domain functions as the team page (aggregateTeam, findDisagreements, teamStrengthsAndGaps,
 * teamNextSteps, splitByRole, buildTeamDoraReport), so a slide never says something the page does not. Slides
 * carry figures and the app's own words, never a respondent's name or alias.
 *
 * What does not fit a slide continues on the next one, "… (continued)". Whether it fits is decided by counting,
 * not by measuring: a 1280x720 projector at 24 px body text leaves about 570 px under a slide's heading and above
 * its controls, a line of text takes about 31 px, and a line holds about 85 characters (fewer on a 4:3 screen).
 * Texts are counted in lines of CHARS_PER_LINE characters, rounded up, and each kind of slide takes a budget of
 * lines that leaves room for its subheadings and the gaps between items.
 */

/** Fewer than a 16:9 slide holds (about 85), so that a 4:3 screen and long words still fit. */
export const CHARS_PER_LINE = 70
/**
 * Findings, under up to three subheadings of about 50 px: 10 x 31 px + 10 gaps of 7 px + 3 x 50 px = 530 px. A
 * tie of many practices is one sentence of several lines.
 */
export const FINDINGS_LINES_PER_SLIDE = 10
/** "Try first" steps, each its text and its practice on a line under it, with a gap: 12 x 31 px + 3 x 15 px. */
export const STEP_LINES_PER_SLIDE = 12
/** Rows of the by-role table, 48 px each under its header row: 6 x 48 px + 48 px = 336 px; every role fits. */
export const ROLES_PER_SLIDE = 6
/**
 * The verdict's lines under its sentence (up to two lines at 1.25 times the size, about 80 px): each metric's
 * placement and each finding: 8 x 31 px + 8 gaps of 7 px + 80 px = 384 px.
 */
export const DORA_LINES_PER_SLIDE = 8

/** How many lines a text takes on a slide, counted as CHARS_PER_LINE characters a line. */
export const linesOf = (text: string): number => Math.max(1, Math.ceil(text.length / CHARS_PER_LINE))

export const CONTINUED_SUFFIX = ' (continued)'
export const NO_SESSION_NAME_HEADING = 'Team session'

/** One bar of a chart of answers: an option (or "Don't know") and how many people chose it. */
export interface OptionCount {
  label: string
  count: number
}

/** The options in their order, and apart from them the answers that are not an option ("Don't know"). */
export interface OptionTally {
  options: OptionCount[]
  apart: OptionCount[]
}

export interface RadarPillar {
  pillar: Pillar
  label: string
  /** Undefined when nobody has a score for the pillar. */
  median?: number
  /** The middle half of the team (lower and upper quartile), only when the spread is shown. */
  middleHalf?: Pick<QuartileSummary, 'q1' | 'q3'>
  target?: number
}

export interface FindingsGroup {
  title: string
  /** One line each; a group with nothing to list says so in one line. */
  lines: string[]
}

export interface RoleRow {
  role: string
  count: number
  /** Rounded medians in PILLARS order; undefined where too few of the role scored the pillar. */
  medians: (number | undefined)[]
}

export interface StepLine {
  questionId: string
  practice: PracticeId
  /** The step as the bank words it, for the plan. */
  step: NextStep
  /** As the slide shows it: "Take to your manager: " before it when the team cannot take it alone. */
  text: string
  practiceLabel: string
}

export type Slide =
  | { kind: 'nothing'; heading: string }
  | { kind: 'session'; heading: string; answered: string }
  | { kind: 'radar'; heading: string; pillars: RadarPillar[]; spreadShown: boolean; targetsShown: boolean }
  | {
      kind: 'disagreement'
      heading: string
      questionId: string
      practice: PracticeId
      question: string
      pillarLabel: string
      split: boolean
      tally: OptionTally
    }
  | { kind: 'dora-metric'; heading: string; metric: DoraMetric; tally: OptionTally }
  | { kind: 'dora-verdict'; heading: string; verdict?: string; lines: string[] }
  | { kind: 'role'; heading: string; rows: RoleRow[]; hidden?: string }
  | { kind: 'findings'; heading: string; groups: FindingsGroup[] }
  | { kind: 'try-first'; heading: string; steps: StepLine[]; empty?: string }

export type SlideKind = Slide['kind']

export interface PresentInput {
  responses: readonly Response[]
  bank: QuestionBank
  targets: Targets
  sessionName: string
  /** Whether the spread between answers may show (showsSpread): the quartile band and the disagreements. */
  spreadShown: boolean
}

export const DISAGREEMENT_HEADING = 'Where we disagree'
export const DORA_VERDICT_HEADING = "The team's DORA verdict"
export const ROLE_HEADING = 'By role'
export const FINDINGS_HEADING = 'Strengths and gaps'
export const TRY_FIRST_HEADING = 'Try first'
export const RADAR_HEADING = 'Where the team stands'
export const NOTHING_HEADING = 'Nothing to present yet'

/** Splits items into pages of at most `size`; nothing at all is still one page, so the slide says so. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  return paginateLines(items, () => 1, size)
}

/**
 * Splits items into pages of at most `budget` lines, in order, each item `lines(item)` long; an item longer than a
 * whole page has a page of its own. Nothing at all is still one page, so the slide says so.
 */
export function paginateLines<T>(items: readonly T[], lines: (item: T) => number, budget: number): T[][] {
  const pages: T[][] = [[]]
  let used = 0
  for (const item of items) {
    const length = lines(item)
    const page = pages.at(-1)
    if (page !== undefined && (page.length === 0 || used + length <= budget)) {
      page.push(item)
      used += length
    } else {
      pages.push([item])
      used = length
    }
  }
  return pages
}

/** The heading of a page after the first: "Strengths and gaps (continued)". */
export const continuedHeading = (heading: string, page: number): string =>
  page === 0 ? heading : `${heading}${CONTINUED_SUFFIX}`

const round = Math.round

function radarSlide(aggregate: TeamAggregate, targets: Targets, spreadShown: boolean): Slide {
  const pillars = PILLARS.map((pillar): RadarPillar => {
    const summary = aggregate.pillars[pillar].summary
    const target = targets[pillar]
    return {
      pillar,
      label: PILLAR_LABELS[pillar],
      ...(summary === undefined ? {} : { median: summary.median }),
      ...(summary === undefined || !spreadShown ? {} : { middleHalf: { q1: summary.q1, q3: summary.q3 } }),
      ...(target === undefined ? {} : { target }),
    }
  })
  return {
    kind: 'radar',
    heading: RADAR_HEADING,
    pillars,
    spreadShown,
    targetsShown: pillars.some((pillar) => pillar.target !== undefined),
  }
}

/** A question's answers as bars: its options, then "Don't know", "Not applicable" where allowed, blanks. */
function questionTally(entry: QuestionAggregate, options: readonly string[], allowNotApplicable: boolean) {
  const apart: OptionCount[] = [{ label: DONT_KNOW_TEXT, count: entry.dontKnow }]
  if (allowNotApplicable) apart.push({ label: NOT_APPLICABLE_TEXT, count: entry.notApplicable })
  if (entry.unanswered > 0) apart.push({ label: 'Left blank', count: entry.unanswered })
  if (entry.notAsked > 0) apart.push({ label: 'Not asked (quick check)', count: entry.notAsked })
  return {
    options: options.map((label, level) => ({ label, count: entry.levelCounts[level] ?? 0 })),
    apart,
  }
}

/** The tally the team page's "Where we disagree" and the disagreement slides draw, from the bank's question. */
export function tallyQuestion(entry: QuestionAggregate, bank: QuestionBank): OptionTally | undefined {
  const question = bank.questions[entry.order]
  return question === undefined
    ? undefined
    : questionTally(entry, question.options, question.allowNotApplicable)
}

function disagreementSlides(aggregate: TeamAggregate, bank: QuestionBank): Slide[] {
  const listed = findDisagreements(aggregate, DISAGREEMENTS_LISTED)
  return listed.flatMap((entry, index): Slide[] => {
    const question = bank.questions[entry.order]
    const tally = tallyQuestion(entry, bank)
    if (question === undefined || tally === undefined) return []
    return [
      {
        kind: 'disagreement',
        heading: `${DISAGREEMENT_HEADING}: ${index + 1} of ${listed.length}`,
        questionId: question.id,
        practice: question.practice,
        question: question.text,
        pillarLabel: PILLAR_LABELS[question.pillar],
        split: entry.split,
        tally,
      },
    ]
  })
}

/** A DORA metric's answers as bars: its bands best first, then "Don't know" and, when some, "Not answered". */
export function tallyDoraMetric(aggregate: TeamAggregate, metric: DoraMetric): OptionTally {
  const { bands, dontKnow, unanswered } = aggregate.dora[metric]
  return {
    options: bands.map((band) => ({ label: doraBandLabel(metric, band.id), count: band.count })),
    apart: [
      { label: DONT_KNOW_TEXT, count: dontKnow },
      ...(unanswered > 0 ? [{ label: 'Not answered', count: unanswered }] : []),
    ],
  }
}

function doraSlides(aggregate: TeamAggregate): Slide[] {
  // A metric nobody answered, not even "Don't know", has nothing to show.
  const answered = DORA_METRICS.filter((metric) => {
    const { bands, dontKnow } = aggregate.dora[metric]
    return dontKnow + bands.reduce((total, band) => total + band.count, 0) > 0
  })
  if (answered.length === 0) return []
  const metricSlides = answered.map((metric): Slide => ({
    kind: 'dora-metric',
    heading: DORA_METRIC_DEFINITIONS[metric].label,
    metric,
    tally: tallyDoraMetric(aggregate, metric),
  }))
  const report = buildTeamDoraReport(aggregate)
  const lines = [
    ...report.metricsShown.map(
      (metric) =>
        `${DORA_METRIC_DEFINITIONS[metric].label}: ${describeMetricPlacement(report.classification, report.answers, metric)}`,
    ),
    ...report.findings.map((finding) => finding.message),
  ]
  const verdict = describeDoraVerdict(report.classification)
  const verdictSlides = paginateLines(lines, linesOf, DORA_LINES_PER_SLIDE).map((page, index): Slide => ({
    kind: 'dora-verdict',
    heading: continuedHeading(DORA_VERDICT_HEADING, index),
    ...(index === 0 ? { verdict } : {}),
    lines: page,
  }))
  return [...metricSlides, ...verdictSlides]
}

/** Each role group as a row: its label, head count and rounded medians in PILLARS order. */
export function describeRoleRows(groups: readonly RoleGroup[]): RoleRow[] {
  return groups.map((group) => ({
    role: ROLE_LABELS[group.role],
    count: group.count,
    medians: PILLARS.map((pillar) => {
      const median = group.pillars[pillar].median
      return median === undefined ? undefined : round(median)
    }),
  }))
}

function roleSlides(responses: readonly Response[], bank: QuestionBank): Slide[] {
  const split = splitByRole(responses, bank)
  if (split.groups.length === 0) return []
  const rows = describeRoleRows(split.groups)
  const hidden = split.hidden.length === 0 ? undefined : describeHiddenRoles(split.hidden)
  const pages = paginate(rows, ROLES_PER_SLIDE)
  return pages.map((page, index): Slide => ({
    kind: 'role',
    heading: continuedHeading(ROLE_HEADING, index),
    rows: page,
    ...(hidden !== undefined && index === pages.length - 1 ? { hidden } : {}),
  }))
}

/** The team page's finding lines: "Culture (pillar): median 75", a long tie as one sentence. */
function findingLines(findings: readonly Finding[]): string[] {
  return groupTies(findings).map(({ finding, tie }) =>
    finding === undefined
      ? describeTie(tie, 'median')
      : `${findingName(finding)} (${finding.kind}): median ${round(finding.score)}`,
  )
}

function findingsSlides(input: PresentInput, findings: ReturnType<typeof teamStrengthsAndGaps>): Slide[] {
  const strengths = findingLines(findings.findings.strengths)
  const gaps = findingLines(findings.findings.gaps)
  const groups: FindingsGroup[] = [
    {
      title: 'Strengths',
      lines: strengths.length > 0 ? strengths : ['No pillar or practice stands out as a team strength yet.'],
    },
    {
      title: 'Gaps',
      lines: gaps.length > 0 ? gaps : ['No pillar or practice has a team median low enough to be a gap.'],
    },
  ]
  // Which the team is split on is part of the spread, and stays hidden with it, as on the team page.
  if (input.spreadShown && findings.split.length > 0) {
    groups.push({
      title: 'Split: discuss',
      lines: findings.split.map(
        (finding) =>
          `${findingName(finding)} (${finding.kind}): median ${round(finding.score)} \u2014 split: discuss`,
      ),
    })
  }
  const lines = groups.flatMap((group) => group.lines.map((line) => ({ title: group.title, line })))
  return paginateLines(lines, (entry) => linesOf(entry.line), FINDINGS_LINES_PER_SLIDE).map(
    (page, index): Slide => ({
      kind: 'findings',
      heading: continuedHeading(FINDINGS_HEADING, index),
      groups: groups.flatMap((group) => {
        const mine = page.filter((entry) => entry.title === group.title).map((entry) => entry.line)
        return mine.length === 0 ? [] : [{ title: group.title, lines: mine }]
      }),
    }),
  )
}

function tryFirstSlides(input: PresentInput, findings: ReturnType<typeof teamStrengthsAndGaps>): Slide[] {
  const { tryFirst } = teamNextSteps(findings, input.bank, input.targets)
  const steps = tryFirst.items.map((item): StepLine => ({
    questionId: item.questionId,
    practice: item.practice,
    step: item.step,
    text: item.step.takeToManager ? `${TAKE_TO_MANAGER_TEXT}: ${item.step.text}` : item.step.text,
    practiceLabel: item.practiceLabel,
  }))
  return paginateLines(steps, (step) => linesOf(step.text) + 1, STEP_LINES_PER_SLIDE).map(
    (page, index): Slide => ({
      kind: 'try-first',
      heading: continuedHeading(TRY_FIRST_HEADING, index),
      steps: page,
      ...(steps.length === 0 ? { empty: describeEmptyTryFirst(tryFirst.aim) } : {}),
    }),
  )
}

/**
 * Every slide, in the order the room sees them: the session, the radar, the disagreements (with the spread only),
 * each answered DORA metric and the verdict, the strengths and gaps, the role split (roles of three or more only),
 * and "Try first". Without responses, one slide that says there is nothing to present yet.
 */
export function buildPresentSlides(input: PresentInput): Slide[] {
  const { responses, bank, targets, sessionName, spreadShown } = input
  if (responses.length === 0) return [{ kind: 'nothing', heading: NOTHING_HEADING }]
  const aggregate = aggregateTeam(responses, bank)
  const findings = teamStrengthsAndGaps(responses, bank)
  const name = sessionName.trim()
  return [
    {
      kind: 'session',
      heading: name === '' ? NO_SESSION_NAME_HEADING : name,
      answered: `${plural(responses.length, 'person', 'people')} answered`,
    },
    radarSlide(aggregate, targets, spreadShown),
    ...(spreadShown ? disagreementSlides(aggregate, bank) : []),
    ...doraSlides(aggregate),
    ...findingsSlides(input, findings),
    ...roleSlides(responses, bank),
    ...tryFirstSlides(input, findings),
  ]
}
