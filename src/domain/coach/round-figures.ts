import type { Pillar } from '../bank/pillars.ts'
import type { GetBank, QuestionBank } from '../bank/question-bank-schema.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import type { Cluster } from '../dora/dora-cluster-tables.ts'
import type { Response } from '../formats/response.ts'
import { decodeShareCode } from '../formats/share-code.ts'
import { teamStrengthsAndGaps } from '../plan/team-findings.ts'
import { aggregateTeam, byPillar } from '../team/team-aggregation.ts'
import { buildTeamDoraReport } from '../team/team-dora.ts'
import type { CoachRound } from './coach-teams.ts'

/*
 * One round of one team as the team page would count it: its answers brought to the current bank, the pillar
 * medians of the radar, the practice medians of its strengths and gaps, the practices that are its gaps and its
 * DORA cluster. Worked out once per round's list of codes, which is never changed in place.
 */

export interface PracticeFigure {
  practiceId: string
  label: string
  /** The median of the people's practice scores; null when nobody has one. */
  median: number | null
  /** People with a score for it. */
  people: number
}

export interface RoundFigures {
  /** Responses counted (those that could be brought to the current bank). */
  people: number
  medians: Record<Pillar, number | undefined>
  /** People with a score in each pillar. */
  pillarPeople: Record<Pillar, number>
  practices: PracticeFigure[]
  /** Practice ids the team's strengths and gaps name as gaps (teamStrengthsAndGaps, the Team page's rule). */
  gapPractices: string[]
  /** The team's DORA cluster from its median answers (the verdict's rule); null when it has none. */
  doraCluster: Cluster | null
}

// Keyed by the round's list of codes, which is never changed in place and outlives the round objects that storage
// and the store copy around it.
const decoded = new WeakMap<readonly string[], Response[]>()

/** A round's share codes read back; they were checked when the file came in, so none is expected to fail. */
export function roundResponses(round: CoachRound, getBank: GetBank): Response[] {
  const known = decoded.get(round.responses)
  if (known !== undefined) return known
  const responses = round.responses.flatMap((code) => {
    const read = decodeShareCode(code, getBank)
    return read.ok ? [read.value] : []
  })
  decoded.set(round.responses, responses)
  return responses
}

const figures = new WeakMap<QuestionBank, WeakMap<readonly string[], RoundFigures>>()

export function roundFigures(
  round: CoachRound,
  getBank: GetBank,
  bank: QuestionBank = BANK_VERSIONS.current,
): RoundFigures {
  let byRound = figures.get(bank)
  if (byRound === undefined) {
    byRound = new WeakMap()
    figures.set(bank, byRound)
  }
  const known = byRound.get(round.responses)
  if (known !== undefined) return known
  const responses = roundResponses(round, getBank)
  const aggregate = aggregateTeam(responses, bank)
  const team = teamStrengthsAndGaps(responses, bank)
  const computed: RoundFigures = {
    people: aggregate.respondents,
    medians: byPillar((pillar) => aggregate.pillars[pillar].summary?.median),
    pillarPeople: byPillar((pillar) => aggregate.pillars[pillar].respondents),
    practices: team.scores.practices.map((group) => ({
      practiceId: group.key,
      label: group.label,
      median: group.score,
      people: group.scored,
    })),
    gapPractices: team.findings.gaps.filter((gap) => gap.kind === 'practice').map((gap) => gap.key),
    doraCluster: buildTeamDoraReport(aggregate).classification.cluster,
  }
  byRound.set(round.responses, computed)
  return computed
}
