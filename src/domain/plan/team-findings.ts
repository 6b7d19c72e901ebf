import { LEVELS, type Level } from '../bank/answers.ts'
import { bankForDepth, type CheckDepth } from '../bank/check-depth.ts'
import type { NextStepsById } from '../bank/next-steps.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import type { Response } from '../formats/response.ts'
import { migrateResponses } from '../formats/response-migration.ts'
import { findStrengthsAndGaps, type Finding, type StrengthsAndGaps } from '../scoring/findings.ts'
import { scoreAnswerKinds, scoreAnswers, type AssessmentScores, type GroupScore } from '../scoring/scoring.ts'
import { isSplit } from '../team/disagreement.ts'
import { quantile, sortAscending } from '../team/statistics.ts'
import { perResponse } from '../team/per-response.ts'
import { answersOf, checkDepthOf, countLevels, type LevelCounts } from '../team/team-aggregation.ts'
import type { Targets } from '../scoring/targets.ts'
import { buildNextSteps, type NextStepsReport } from '../scoring/try-first.ts'

/*
 * The team's strengths and gaps: the self-check's rule (findStrengthsAndGaps) applied to the team's medians, so a
 * team's findings use the same thresholds as one person's.
 */

/** A team's median level per question; a question without any level answer has none. */
export type MedianLevels = Record<string, Level>

/**
 * The lower of the two middle levels when the count is even: a level, never a half-way 2.5, and one that at least
 * half of the team has reached or not passed. Taking the higher one would pick a "grow" or "keep" step that half
 * of the team is not ready for; a next step that is too early costs little, one that is too far ahead is skipped.
 */
export function lowerMedianLevel(levels: readonly Level[]): Level | undefined {
  const sorted = [...levels].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

/** Per question of the bank, the lower median of its level answers ("Don't know", N/A and blanks left out). */
export function teamMedianLevels(responses: readonly Response[], bank: QuestionBank): MedianLevels {
  const medians: MedianLevels = {}
  const counts = countLevels(responses, bank)
  bank.questions.forEach((question, order) => {
    const median = lowerMedianOfCounts(counts[order] ?? [0, 0, 0, 0, 0])
    if (median !== undefined) medians[question.id] = median
  })
  return medians
}

/** lowerMedianLevel of the levels chosen as often as `counts` says, without listing them. */
function lowerMedianOfCounts(counts: LevelCounts): Level | undefined {
  const total = counts.reduce((sum, count) => sum + count, 0)
  if (total === 0) return undefined
  // The position lowerMedianLevel takes in the sorted levels, counted from 0.
  let left = Math.floor((total - 1) / 2)
  for (const level of LEVELS) {
    left -= counts[level]
    if (left < 0) return level
  }
  return undefined
}

/**
 * One group for the team, from each person's score of it at the depth they took (undefined when their check
 * asked none of its questions). Its score is the median of the people's scores, the mean of the two middle ones
 * for an even count, as the Team page's median is. The counts are of people:
 * - asked: every response;
 * - notApplicable: people the group asked nothing that applies (their check did not ask its questions, or they
 *   answered all of them "Not applicable"), left out as a question answered "Not applicable" is;
 * - scored: people with a score for it; answered: people with any answer in it; dontKnow: people without a score
 *   who answered one of its questions "Don't know".
 * So isScoreUncertain reads: fewer than half of the people the group applies to have a score for it.
 */
function teamGroup<K extends string>(
  template: GroupScore<K>,
  people: readonly (GroupScore | undefined)[],
): TeamGroup<K> {
  const values: number[] = []
  let answered = 0
  let dontKnow = 0
  let notApplicable = 0
  for (const group of people) {
    if (group !== undefined && group.answered > 0) answered += 1
    if (group === undefined || group.notApplicable === group.asked) notApplicable += 1
    else if (group.score !== null) values.push(group.score)
    else if (group.dontKnow > 0) dontKnow += 1
  }
  const applicable = people.length - notApplicable
  const group = {
    key: template.key,
    label: template.label,
    questionIds: template.questionIds,
    asked: people.length,
    answered,
    scored: values.length,
    dontKnow,
    notApplicable,
    score: values.length === 0 ? null : quantile(sortAscending(values), 0.5),
    coverage: applicable === 0 ? null : values.length / applicable,
  }
  return { group, split: isSplit(values) }
}

/** A team's group, and whether the people's scores of it are split (isSplit), as the Team page's pillars are. */
interface TeamGroup<K extends string> {
  group: GroupScore<K>
  split: boolean
}

// A quick check is scored on the questions it asked, as the self-check scores it.
const personScoresOf = perResponse((response, bank) => {
  const { kinds, depth } = answersOf(response, bank)
  return scoreAnswerKinds(bank, bankForDepth(bank, depth), kinds)
})

/**
 * The team's scores in the shape of one person's (see teamGroup for what the counts mean), from responses
 * already brought to the bank's version.
 */
export const teamScores = (responses: readonly Response[], bank: QuestionBank): AssessmentScores =>
  scoreTeam(responses, bank).scores

/** The pillars and practices the team is split on, by key. */
interface SplitGroups {
  pillar: ReadonlySet<string>
  practice: ReadonlySet<string>
}

function scoreTeam(
  responses: readonly Response[],
  bank: QuestionBank,
): { scores: AssessmentScores; split: SplitGroups } {
  const template = scoreAnswers(bank, {})
  const people = responses.map((response) => ({
    scores: personScoresOf(response, bank),
    depth: checkDepthOf(response, bank),
  }))
  // Everyone has all five pillars in PILLARS order; a quick check has only the practices it asks, so a practice is
  // found by its place in the practices of the person's depth, worked out once per depth rather than per person.
  const practiceAt = {
    full: placesOf(template.practices),
    quick: placesOf(scoreAnswers(bankForDepth(bank, 'quick'), {}).practices),
  }
  const team = <K extends string>(
    group: GroupScore<K>,
    of: (scores: AssessmentScores, depth: CheckDepth) => GroupScore | undefined,
  ) =>
    teamGroup(
      group,
      people.map(({ scores, depth }) => of(scores, depth)),
    )
  const pillars = template.pillars.map((group, index) => team(group, (scores) => scores.pillars[index]))
  const practices = template.practices.map((group) =>
    team(group, (scores, depth) => {
      const at = practiceAt[depth].get(group.key)
      return at === undefined ? undefined : scores.practices[at]
    }),
  )
  const splitKeys = (groups: readonly TeamGroup<string>[]) =>
    new Set(groups.filter(({ split }) => split).map(({ group }) => group.key))
  return {
    scores: {
      pillars: pillars.map(({ group }) => group),
      practices: practices.map(({ group }) => group),
      overall: team(template.overall, (scores) => scores.overall).group,
    },
    split: { pillar: splitKeys(pillars), practice: splitKeys(practices) },
  }
}

const placesOf = (groups: readonly GroupScore[]) => new Map(groups.map((group, index) => [group.key, index]))

/**
 * The deepest check anyone in the team took: the questions the team was asked. Nobody at all reads as the full
 * check, as inferCheckDepth reads no answers.
 */
export function teamCheckDepth(responses: readonly Response[], bank: QuestionBank): CheckDepth {
  return responses.length > 0 && responses.every((r) => checkDepthOf(r, bank) === 'quick') ? 'quick' : 'full'
}

/**
 * The self-check's rule applied to the team: findStrengthsAndGaps on the medians of the people's pillar and
 * practice scores, with the questions behind a finding ordered by their median level. The people's scores decide
 * whether a score is uncertain (fewer than half of the people it applies to have one); the team's answers, its
 * median levels on the questions of the deepest check taken, decide whether a group rests on enough answers to be
 * named (two, or a practice asked once on its one), as one person's answers do. A question's next step for the
 * team is nextStepFor(question, medianLevels[id]): the step for the lower median level, or the first step when no
 * one gave it a level. A pillar or practice the team is split on (isSplit on the people's scores of it, the rule of
 * the Team page's pillar table) is never a strength or gap: the ones the rule would have named are listed in
 * `split` instead, for the team to discuss, and the next in line take their places. Responses of other bank
 * versions are brought to this bank first, as aggregateTeam does; those that cannot be are left out.
 */
export function teamStrengthsAndGaps(
  responses: readonly Response[],
  bank: QuestionBank,
): TeamStrengthsAndGaps {
  const included = migrateResponses(responses, BANK_VERSIONS, bank.bankVersion).responses
  const { scores, split } = scoreTeam(included, bank)
  const medianLevels = teamMedianLevels(included, bank)
  const depth = teamCheckDepth(included, bank)
  const answerBasis = scoreAnswers(bankForDepth(bank, depth), medianLevels)
  const isSplitGroup = (kind: Finding['kind'], key: string) => split[kind].has(key)
  const regardless = findStrengthsAndGaps(scores, bank, medianLevels, answerBasis)
  const named = [...regardless.strengths, ...regardless.gaps].filter(({ kind, key }) =>
    isSplitGroup(kind, key),
  )
  return {
    scores,
    medianLevels,
    answerBasis,
    depth,
    findings: findStrengthsAndGaps(scores, bank, medianLevels, answerBasis, isSplitGroup),
    // Pillars first, as in the strengths and gaps; the sort is stable.
    split: named.sort((a, b) => Number(a.kind === 'practice') - Number(b.kind === 'practice')),
  }
}

export interface TeamStrengthsAndGaps {
  /** Shaped like one person's scores; the counts in each group are of people (see teamScores). */
  scores: AssessmentScores
  medianLevels: MedianLevels
  /** The team's median levels scored as one person's answers: what counts the answers a finding rests on. */
  answerBasis: AssessmentScores
  /** The deepest check anyone took (teamCheckDepth). */
  depth: CheckDepth
  /** Neither split pillars nor split practices. */
  findings: StrengthsAndGaps
  /**
   * The pillars and practices the strengths and gaps would name but the team is split on: "split: discuss".
   * Pillars first; within each, would-be strengths best first, then would-be gaps weakest first.
   */
  split: Finding[]
}

/**
 * The team's next steps, each once: "Try first" from its median levels on the questions of the deepest check
 * taken, named by the same rule as its findings, then every other step by pillar.
 */
export function teamNextSteps(
  team: TeamStrengthsAndGaps,
  bank: QuestionBank,
  targets: Targets,
  steps?: NextStepsById,
): NextStepsReport {
  return buildNextSteps({
    bank: bankForDepth(bank, team.depth),
    answers: team.medianLevels,
    scores: team.scores,
    basis: team.answerBasis,
    targets,
    steps,
  })
}
