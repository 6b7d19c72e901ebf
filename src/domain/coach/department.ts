import type { Pillar } from '../bank/pillars.ts'
import { PRACTICES, type PracticeId } from '../bank/practices.ts'
import type { GetBank, QuestionBank } from '../bank/question-bank-schema.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { CLUSTER_LABELS, CLUSTERS } from '../dora/dora-cluster-tables.ts'
import type { Targets } from '../scoring/targets.ts'
import { byPillar } from '../team/team-aggregation.ts'
import { quantile, sortAscending } from '../team/statistics.ts'
import type { CoachTeam } from './coach-teams.ts'
import { roundFigures } from './round-figures.ts'

/*
 * Where the department stands, without a league table: each team on its own small radar in alphabetical order,
 * the teams' medians per pillar as an unlabelled distribution, the practices that are a gap in at least half of
 * the teams, and how many teams sit in each DORA cluster. Nothing here orders teams by a score or adds their
 * pillars up into one.
 */

export interface TeamPicture {
  teamId: string
  name: string
  /** Responses counted in its latest round. */
  people: number
  /** The question bank its latest round's answers come from, before they were brought to the current one. */
  bankVersion: number
  roundCount: number
  /** Its latest round's pillar medians, as its radar shows them; undefined where nobody has a score. */
  medians: Record<Pillar, number | undefined>
  /** The round before, when there is one. */
  previous?: Record<Pillar, number | undefined>
  targets: Targets
}

export interface PillarDistribution {
  /** One per team with a median for the pillar, ascending, without names. */
  teamMedians: number[]
  /** The median of teamMedians (the mean of the two middle ones for an even count); undefined for none. */
  medianOfMedians: number | undefined
}

export interface CommonGap {
  practiceId: string
  label: string
  /** Teams whose latest round names the practice as a gap. */
  teams: number
  /** Teams in the picture. */
  of: number
}

export interface DoraClusterCount {
  cluster: string
  label: string
  teams: number
}

export interface DepartmentPicture {
  /** Alphabetical by name, never by a score. */
  teams: TeamPicture[]
  pillars: Record<Pillar, PillarDistribution>
  /** Gaps in at least half of the teams: most teams first, then practice order. */
  commonGaps: CommonGap[]
  /** Every cluster, best first, with how many teams sit in it. */
  doraClusters: DoraClusterCount[]
  /** Teams whose median answers give no cluster (a half of the metrics unanswered). */
  doraUnclassified: number
}

/** Alphabetical, as a person reads names ("alpha" before "Beta"); the id only keeps equal names in a fixed order. */
export function compareTeamNames(a: CoachTeam, b: CoachTeam): number {
  return (
    a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
    (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : 0)
  )
}

export function distribute(values: readonly number[]): PillarDistribution {
  const teamMedians = sortAscending(values)
  return {
    teamMedians,
    medianOfMedians: teamMedians.length === 0 ? undefined : quantile(teamMedians, 0.5),
  }
}

const practiceOrder = (id: string): number => PRACTICES.indexOf(id as PracticeId)

export function buildDepartmentPicture(
  teams: readonly CoachTeam[],
  getBank: GetBank,
  bank: QuestionBank = BANK_VERSIONS.current,
): DepartmentPicture {
  const sorted = [...teams].sort(compareTeamNames)
  const latest = sorted.flatMap((team) => {
    const round = team.rounds.at(-1)
    return round === undefined ? [] : [{ team, round, figures: roundFigures(round, getBank, bank) }]
  })
  const pictures = latest.map(({ team, round, figures }): TeamPicture => {
    const before = team.rounds.at(-2)
    return {
      teamId: team.teamId,
      name: team.name,
      people: figures.people,
      bankVersion: round.bankVersion,
      roundCount: team.rounds.length,
      medians: figures.medians,
      ...(before === undefined ? {} : { previous: roundFigures(before, getBank, bank).medians }),
      targets: round.targets ?? {},
    }
  })

  const gapCounts = new Map<string, number>()
  const labels = new Map<string, string>()
  for (const { figures } of latest) {
    for (const practice of figures.gapPractices) gapCounts.set(practice, (gapCounts.get(practice) ?? 0) + 1)
    for (const { practiceId, label } of figures.practices) labels.set(practiceId, label)
  }
  const of = latest.length
  const commonGaps = [...gapCounts]
    // "At least half": 6 of 12 counts, 6 of 13 does not.
    .filter(([, count]) => count * 2 >= of)
    .map(([practiceId, count]) => ({
      practiceId,
      label: labels.get(practiceId) ?? practiceId,
      teams: count,
      of,
    }))
    .sort((a, b) => b.teams - a.teams || practiceOrder(a.practiceId) - practiceOrder(b.practiceId))

  const clusters = latest.map(({ figures }) => figures.doraCluster)
  return {
    teams: pictures,
    pillars: byPillar((pillar) =>
      distribute(pictures.flatMap(({ medians }) => (medians[pillar] === undefined ? [] : [medians[pillar]]))),
    ),
    commonGaps,
    doraClusters: CLUSTERS.map((cluster) => ({
      cluster,
      label: CLUSTER_LABELS[cluster],
      teams: clusters.filter((found) => found === cluster).length,
    })),
    doraUnclassified: clusters.filter((found) => found === null).length,
  }
}
