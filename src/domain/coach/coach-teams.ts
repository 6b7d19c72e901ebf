import type { GetBank } from '../bank/question-bank-schema.ts'
import { formatCount } from '../common/format-count.ts'
import { plural } from '../common/plural.ts'
import { z } from '../common/zod-setup.ts'
import { MAX_SHARE_CODE_LENGTH } from '../formats/share-code.ts'
import { RecheckDateSchema } from '../plan/experiment.ts'
import { TargetsSchema } from '../scoring/targets.ts'
import { MAX_TEAM_RESPONSES } from '../team/team-membership.ts'
import { parseTeamFile, TeamIdSchema, TeamNameSchema, type TeamFile } from './team-file.ts'

/*
 * The teams a coach has gathered from team files: each team by its id, with its rounds by date. A file of the same
 * team and date is the same round again (a duplicate when its answers are the same, a replacement when they are
 * not); a file of another date is another round, kept as the team's history.
 */

/** At most this many teams, the scale the view is built and tested for. */
export const MAX_COACH_TEAMS = 200
/** A team's history: a round a quarter for five years. */
export const MAX_ROUNDS_PER_TEAM = 20
/** Every round of every team together: share codes of about 50 characters keep in about 1 MB. */
export const MAX_COACH_RESPONSES = 20_000

export const CoachRoundSchema = z.strictObject({
  /** YYYY-MM-DD, as the team file says. */
  date: RecheckDateSchema,
  /** The question bank the share codes follow, before any migration to the current one. */
  bankVersion: z.int().check(z.minimum(1)),
  /** Share codes without aliases, as the team file carried them. */
  responses: z
    .array(z.string().check(z.maxLength(MAX_SHARE_CODE_LENGTH)))
    .check(z.maxLength(MAX_TEAM_RESPONSES, `at most ${formatCount(MAX_TEAM_RESPONSES)} responses`)),
  targets: z.optional(TargetsSchema),
})
export type CoachRound = z.infer<typeof CoachRoundSchema>

export const CoachTeamSchema = z.strictObject({
  teamId: TeamIdSchema,
  /** The name of the team's latest round's file. */
  name: TeamNameSchema,
  rounds: z.array(CoachRoundSchema).check(
    z.minLength(1, 'at least one round'),
    z.maxLength(MAX_ROUNDS_PER_TEAM, `at most ${MAX_ROUNDS_PER_TEAM} rounds`),
    // Oldest first, one per date: what adding a file relies on to find a round by its date.
    z.refine(
      (rounds) => rounds.every((round, index) => index === 0 || (rounds[index - 1]?.date ?? '') < round.date),
      'rounds must be oldest first, one per date',
    ),
  ),
})
export type CoachTeam = z.infer<typeof CoachTeamSchema>

export type TeamFileOutcomeKind = 'added' | 'next-round' | 'replaced' | 'duplicate' | 'refused'

export interface TeamFileOutcome {
  fileName: string
  kind: TeamFileOutcomeKind
  /** A sentence about this file, naming it: what was done with it, or why it was refused. */
  message: string
}

function roundOf(file: TeamFile): CoachRound {
  return {
    date: file.date,
    bankVersion: file.bankVersion,
    responses: file.responses,
    ...(file.targets === undefined ? {} : { targets: file.targets }),
  }
}

/** The same people's answers, in whatever order the file lists them. */
function sameResponses(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const sortedB = [...b].sort()
  return [...a].sort().every((code, index) => code === sortedB[index])
}

const countResponses = (teams: readonly CoachTeam[]): number =>
  teams.reduce(
    (total, team) => total + team.rounds.reduce((sum, round) => sum + round.responses.length, 0),
    0,
  )

/** The team's name is its latest round's: a team that took a pseudonym later is shown under it. */
function withRound(team: CoachTeam, round: CoachRound, name: string): CoachTeam {
  const rounds = [...team.rounds.filter((kept) => kept.date !== round.date), round].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  )
  const latest = rounds.at(-1)
  return { ...team, name: latest === round ? name : team.name, rounds }
}

type Placed = { teams: CoachTeam[]; kind: Exclude<TeamFileOutcomeKind, 'refused'>; message: string }

function place(teams: readonly CoachTeam[], file: TeamFile, fileName: string): Placed | string {
  const round = roundOf(file)
  const people = plural(round.responses.length, 'response', 'responses')
  const index = teams.findIndex((team) => team.teamId === file.teamId)
  const team = teams[index]
  const added = countResponses(teams) + round.responses.length
  if (team === undefined) {
    if (teams.length >= MAX_COACH_TEAMS) {
      return `${fileName}: this view already holds ${MAX_COACH_TEAMS} teams, the most it keeps. Remove a team first.`
    }
    if (added > MAX_COACH_RESPONSES) return tooManyResponses(fileName)
    return {
      teams: [...teams, { teamId: file.teamId, name: file.name, rounds: [round] }],
      kind: 'added',
      message: `${fileName}: added "${file.name}", round of ${file.date} with ${people}.`,
    }
  }
  const same = team.rounds.find((kept) => kept.date === file.date)
  if (same !== undefined && sameResponses(same.responses, round.responses)) {
    return {
      teams: [...teams],
      kind: 'duplicate',
      message: `${fileName}: "${team.name}" round of ${file.date} is here already, with the same answers.`,
    }
  }
  if (same === undefined && team.rounds.length >= MAX_ROUNDS_PER_TEAM) {
    return `${fileName}: "${team.name}" already has ${MAX_ROUNDS_PER_TEAM} rounds, the most this view keeps for a team.`
  }
  if (added - (same?.responses.length ?? 0) > MAX_COACH_RESPONSES) return tooManyResponses(fileName)
  const updated = [...teams]
  updated[index] = withRound(team, round, file.name)
  return same === undefined
    ? {
        teams: updated,
        kind: 'next-round',
        message: `${fileName}: "${file.name}" round of ${file.date} added to its history (${plural(team.rounds.length + 1, 'round', 'rounds')}).`,
      }
    : {
        teams: updated,
        kind: 'replaced',
        message: `${fileName}: "${file.name}" round of ${file.date} replaced with the file's ${people}.`,
      }
}

const tooManyResponses = (fileName: string) =>
  `${fileName}: this view would hold more than ${formatCount(MAX_COACH_RESPONSES)} responses, the most it keeps. Remove a team first.`

/**
 * Adds team files in the order given, each checked on its own: a refused file is named with its problem and
 * leaves the others to go in. A later file of the same batch sees the earlier ones, so a file chosen twice is a
 * duplicate.
 */
export function addTeamFiles(
  teams: readonly CoachTeam[],
  files: readonly { name: string; text: string }[],
  getBank: GetBank,
): { teams: CoachTeam[]; outcomes: TeamFileOutcome[] } {
  let current = [...teams]
  const outcomes: TeamFileOutcome[] = []
  for (const { name, text } of files) {
    const parsed = parseTeamFile(text, getBank)
    if (!parsed.ok) {
      outcomes.push({ fileName: name, kind: 'refused', message: `${name}: ${parsed.errors.join(' ')}` })
      continue
    }
    const placed = place(current, parsed.value, name)
    if (typeof placed === 'string') {
      outcomes.push({ fileName: name, kind: 'refused', message: placed })
      continue
    }
    current = placed.teams
    outcomes.push({ fileName: name, kind: placed.kind, message: placed.message })
  }
  return { teams: current, outcomes }
}

export function removeCoachTeam(teams: readonly CoachTeam[], teamId: string): CoachTeam[] {
  return teams.filter((team) => team.teamId !== teamId)
}
