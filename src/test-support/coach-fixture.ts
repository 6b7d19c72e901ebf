import type { Level } from '../domain/bank/answers.ts'
import { getBank } from '../domain/bank/bank-registry.ts'
import type { Pillar } from '../domain/bank/pillars.ts'
import type { PracticeId } from '../domain/bank/practices.ts'
import { QUESTION_BANK } from '../domain/bank/question-bank.ts'
import { addTeamFiles, type CoachTeam } from '../domain/coach/coach-teams.ts'
import { buildTeamFile, serializeTeamFile } from '../domain/coach/team-file.ts'
import {
  DORA_METRIC_DEFINITIONS,
  DORA_METRICS,
  DoraAnswersSchema,
  type DoraAnswers,
} from '../domain/dora/dora-metrics.ts'
import type { Response } from '../domain/formats/response.ts'
import type { Targets } from '../domain/scoring/targets.ts'

/*
 * People and team files for the tests of src/domain/coach, on the current bank. A person answers every question
 * of a pillar at one level, so their pillar score is that level's score (0, 25, 50, 75, 100) and a team's medians
 * can be worked out by hand; a practice can be given a level of its own.
 */

export interface PersonLevels {
  pillars?: Partial<Record<Pillar, Level>>
  practices?: Partial<Record<PracticeId, Level>>
  dora?: DoraAnswers
  alias?: string
}

let nextSecond = 0

/** Each person is made a second after the last, so no two are the same response. */
export function coachPerson({ pillars = {}, practices = {}, dora = {}, alias }: PersonLevels): Response {
  nextSecond += 1
  const answers: Response['answers'] = {}
  for (const question of QUESTION_BANK.questions) {
    const level = practices[question.practice] ?? pillars[question.pillar]
    if (level !== undefined) answers[question.id] = level
  }
  return {
    bankVersion: QUESTION_BANK.bankVersion,
    answers,
    dora,
    createdAt: new Date(Date.UTC(2026, 10, 1) + nextSecond * 1000).toISOString().replace('.000Z', 'Z'),
    ...(alias === undefined ? {} : { alias }),
  }
}

/** Every pillar at one level. */
export const everywhere = (level: Level): Partial<Record<Pillar, Level>> => ({
  culture: level,
  automation: level,
  lean: level,
  measurement: level,
  sharing: level,
})

/** DORA answers by band position per metric (0 = best), in DORA_METRICS order; null leaves a metric unanswered. */
export function doraAt(...positions: (number | null)[]): DoraAnswers {
  const answers: Record<string, string> = {}
  DORA_METRICS.forEach((metric, index) => {
    const position = positions[index]
    const band =
      position === null || position === undefined
        ? undefined
        : DORA_METRIC_DEFINITIONS[metric].bands[position]
    if (band !== undefined) answers[metric] = band.id
  })
  return DoraAnswersSchema.parse(answers)
}

export interface TeamRoundFixture {
  teamId: string
  name: string
  date: string
  people: readonly Response[]
  targets?: Targets
}

export const teamFileText = ({ teamId, name, date, people, targets }: TeamRoundFixture): string =>
  serializeTeamFile(
    buildTeamFile(
      { teamId, name, date, responses: people, ...(targets === undefined ? {} : { targets }) },
      QUESTION_BANK,
    ),
  )

/** Teams as a coach would have them after adding these rounds' files in this order. */
export function coachTeams(...rounds: TeamRoundFixture[]): CoachTeam[] {
  const files = rounds.map((round, index) => ({ name: `team-${index + 1}.json`, text: teamFileText(round) }))
  return addTeamFiles([], files, getBank).teams
}
