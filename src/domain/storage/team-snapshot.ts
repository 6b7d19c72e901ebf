import { LEVELS, type PillarAnswers } from '../bank/answers.ts'
import type { Pillar } from '../bank/pillars.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { ok, type ParseResult } from '../common/parse-result.ts'
import { z } from '../common/zod-setup.ts'
import type { Response } from '../formats/response.ts'
import { migrateResponses } from '../formats/response-migration.ts'
import { ActionPlanSchema, type ActionPlan } from '../plan/action-plan.ts'
import { QuestionKeySchema } from '../plan/experiment.ts'
import { lowerMedianLevel } from '../plan/team-findings.ts'
import { scorePillars } from '../scoring/scoring.ts'
import { TargetsSchema, type Targets } from '../scoring/targets.ts'
import { aggregateTeam, byPillar } from '../team/team-aggregation.ts'
import { MAX_TEAM_RESPONSES } from '../team/team-membership.ts'
import { quantile, sortAscending } from '../team/statistics.ts'
import { SNAPSHOT_HEAD, startSnapshot } from './snapshot-list.ts'

/*
 * A team snapshot freezes one round of a team (a kickoff, a retro) for "Compare over time". It keeps no names and
 * no single person's answers: per person only the pillar scores, and per question how many people chose each
 * answer. The level counts let a later bank version re-score what it still asks; the pillar scores give the
 * medians and spread the team page shows. Tagged with its bank version, as every stored answer is.
 */

const ScoreSchema = z.nullable(z.number().check(z.minimum(0), z.maximum(100)))

const PillarScoresSchema = z.strictObject({
  culture: ScoreSchema,
  automation: ScoreSchema,
  lean: ScoreSchema,
  measurement: ScoreSchema,
  sharing: ScoreSchema,
})
export type PillarScores = z.infer<typeof PillarScoresSchema>

const CountSchema = z.int().check(z.minimum(0), z.maximum(MAX_TEAM_RESPONSES))

export const QuestionLevelsSchema = z.strictObject({
  /** People per level, 0 to 4. */
  levels: z.tuple([CountSchema, CountSchema, CountSchema, CountSchema, CountSchema]),
  dontKnow: CountSchema,
  notApplicable: CountSchema,
  /** Left blank, or not asked by a quick check: either way no answer. */
  blank: CountSchema,
})
export type QuestionLevels = z.infer<typeof QuestionLevelsSchema>

const countPeople = (counts: QuestionLevels): number =>
  counts.levels.reduce((total, count) => total + count, 0) +
  counts.dontKnow +
  counts.notApplicable +
  counts.blank

export const TeamSnapshotSchema = z
  .strictObject({
    ...SNAPSHOT_HEAD,
    /** One entry per response, in no particular order and without names. */
    people: z
      .array(z.strictObject({ pillarScores: PillarScoresSchema }))
      .check(z.maxLength(MAX_TEAM_RESPONSES, `at most ${MAX_TEAM_RESPONSES} people`)),
    questionLevels: z.record(QuestionKeySchema, QuestionLevelsSchema),
    /** The team's targets and action plan of the moment; absent when there were none. */
    targets: z.optional(TargetsSchema),
    plan: z.optional(ActionPlanSchema),
  })
  .check(
    // Every person is counted once for every question, so the counts and the people tell one story.
    z.refine(
      (snapshot) =>
        Object.values(snapshot.questionLevels).every(
          (counts) => countPeople(counts) === snapshot.people.length,
        ),
      'the answers counted for each question must add up to the number of people',
    ),
  )
export type TeamSnapshot = z.infer<typeof TeamSnapshotSchema>

/**
 * Freezes a team's round under a label a person typed (checked here, as any outside input). Responses are brought
 * to the bank's version first, as the team page does; those that cannot be are left out of the snapshot too.
 */
export function createTeamSnapshot(
  responses: readonly Response[],
  bank: QuestionBank,
  label: string,
  now: Date,
  id: string,
  planned?: { targets: Targets; plan: ActionPlan },
): ParseResult<TeamSnapshot> {
  const head = startSnapshot(label, now, planned)
  if (!head.ok) return head
  const { takenAt, label: checkedLabel, ...plan } = head.value
  const included = migrateResponses(responses, BANK_VERSIONS, bank.bankVersion).responses
  const people = included.map((response) => {
    const pillarScores = byPillar((): number | null => null)
    for (const group of scorePillars(bank, response.answers)) pillarScores[group.key] = group.score
    return { pillarScores }
  })
  const questionLevels: Record<string, QuestionLevels> = {}
  for (const question of aggregateTeam(included, bank).questions) {
    questionLevels[question.questionId] = {
      levels: [...question.levelCounts],
      dontKnow: question.dontKnow,
      notApplicable: question.notApplicable,
      blank: question.unanswered + question.notAsked,
    }
  }
  return ok({
    id,
    takenAt,
    label: checkedLabel,
    bankVersion: bank.bankVersion,
    people,
    questionLevels,
    ...plan,
  })
}

/**
 * The team's pillar scores in a snapshot: per pillar the median of the people's scores (the mean of the two
 * middle ones for an even count, as on the team page), null when nobody had a score there.
 */
export function scoreTeamSnapshot(snapshot: TeamSnapshot): Record<Pillar, number | null> {
  return byPillar((pillar) => {
    const scores = snapshot.people.flatMap(({ pillarScores }) => {
      const score = pillarScores[pillar]
      return score === null ? [] : [score]
    })
    return scores.length === 0 ? null : quantile(sortAscending(scores), 0.5)
  })
}

/**
 * A snapshot's team level per question, as one set of answers: the lower median of the levels people chose
 * (lowerMedianLevel, as the team page's next steps use), for signals to compare a round with. A question nobody
 * answered with a level is left out, as a blank answer is; "Don't know" and N/A do not count.
 */
export function teamSnapshotLevels(snapshot: TeamSnapshot): PillarAnswers {
  const answers: PillarAnswers = {}
  for (const [id, counts] of Object.entries(snapshot.questionLevels)) {
    const levels = LEVELS.flatMap((level) => Array.from({ length: counts.levels[level] }, () => level))
    const median = lowerMedianLevel(levels)
    if (median !== undefined) answers[id] = median
  }
  return answers
}

/**
 * Whether two snapshots hold the same round: the same bank, people and counts, whatever their names and times.
 * A new round right after the plan's baseline keeps that baseline rather than a second copy of it.
 */
export function isSameRound(a: TeamSnapshot, b: TeamSnapshot): boolean {
  const round = ({ bankVersion, people, questionLevels }: TeamSnapshot) =>
    JSON.stringify([bankVersion, people, Object.entries(questionLevels).sort(([x], [y]) => (x < y ? -1 : 1))])
  return round(a) === round(b)
}
