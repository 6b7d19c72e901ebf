import { PILLAR_LABELS, PILLARS } from '../bank/pillars.ts'
import type { GetBank, QuestionBank } from '../bank/question-bank-schema.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { plural } from '../common/plural.ts'
import { writeCsv } from '../exports/csv-export.ts'
import { escapeMarkdown } from '../exports/markdown-summary.ts'
import type { CoachTeam } from './coach-teams.ts'
import { compareTeamNames, type DepartmentPicture } from './department.ts'
import { roundFigures } from './round-figures.ts'

/*
 * The department's picture leaves the browser two ways: a long CSV for the organisation's own BI stack (one row
 * per team, round and pillar or practice) and a Markdown page for the department's wiki. Neither orders teams by
 * a score: teams come alphabetically, and the Markdown names no team beside a figure.
 */

export const DEPARTMENT_CSV_FIELDS = [
  'team',
  'team id',
  'round date',
  'bank version',
  'kind',
  'pillar or practice',
  'median',
  'people',
  'target',
] as const

/** One decimal, as the other CSV exports write scores. */
const formatNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(Math.round(value * 10) / 10)

/**
 * Every round of every team, alphabetically by team and oldest round first: per pillar its median, the people
 * with a score there and the team's target; per practice its median and the people with a score (practices have
 * no targets). "bank version" is the bank the answers come from; the medians are of the answers brought to the
 * current bank.
 */
export function departmentCsv(
  teams: readonly CoachTeam[],
  getBank: GetBank,
  bank: QuestionBank = BANK_VERSIONS.current,
): string {
  const rows = [...teams].sort(compareTeamNames).flatMap((team) =>
    team.rounds.flatMap((round) => {
      const figures = roundFigures(round, getBank, bank)
      const lead = [team.name, team.teamId, round.date, String(round.bankVersion)]
      return [
        ...PILLARS.map((pillar) => [
          ...lead,
          'pillar',
          PILLAR_LABELS[pillar],
          formatNumber(figures.medians[pillar]),
          String(figures.pillarPeople[pillar]),
          formatNumber(round.targets?.[pillar]),
        ]),
        ...figures.practices.map((practice) => [
          ...lead,
          'practice',
          practice.label,
          formatNumber(practice.median),
          String(practice.people),
          '',
        ]),
      ]
    }),
  )
  return writeCsv(DEPARTMENT_CSV_FIELDS, rows)
}

const formatScore = (score: number | undefined): string =>
  score === undefined ? '-' : String(Math.round(score))

/** The department's page for its wiki: the teams gathered, the pillars, the common gaps and DORA, no team ranked. */
export function departmentMarkdown(picture: DepartmentPicture, date: string): string {
  const teamCount = picture.teams.length
  const lines = [
    '# CALMS Radar across teams',
    '',
    `- Date: ${escapeMarkdown(date)}`,
    `- Teams: ${teamCount}`,
    '',
    '## The teams',
    '',
    'In alphabetical order. Each team chose the name its file carries; no person is named.',
    '',
    ...picture.teams.map(
      (team) =>
        `- ${escapeMarkdown(team.name)}: ${plural(team.people, 'person', 'people')}, ` +
        `${plural(team.roundCount, 'round', 'rounds')}, answers from question bank version ${team.bankVersion}`,
    ),
    '',
    '## The department by CALMS pillar',
    '',
    "Each team's median for the pillar, in ascending order and without names, and the median of those medians.",
    '',
    '| Pillar | Teams with a score | Median of team medians | Team medians |',
    '| :-- | --: | --: | :-- |',
    ...PILLARS.map((pillar) => {
      const { teamMedians, medianOfMedians } = picture.pillars[pillar]
      const medians = teamMedians.map((median) => formatScore(median)).join(', ')
      return `| ${PILLAR_LABELS[pillar]} | ${teamMedians.length} | ${formatScore(medianOfMedians)} | ${medians === '' ? '-' : medians} |`
    }),
    '',
    '## Common gaps',
    '',
    'Practices that are a gap in at least half of the teams: where a department-level action belongs ' +
      '(training, a platform team, a policy).',
    '',
    ...(picture.commonGaps.length === 0
      ? ['No practice is a gap in half of the teams or more.']
      : picture.commonGaps.map(
          (gap) => `- ${gap.teams} of ${plural(gap.of, 'team', 'teams')}: ${escapeMarkdown(gap.label)}`,
        )),
    '',
    '## DORA across teams',
    '',
    "How many teams sit in each cluster, from each team's median answers by the rule of a team's verdict.",
    '',
    '| Cluster | Teams |',
    '| :-- | --: |',
    ...picture.doraClusters.map(({ label, teams }) => `| ${label} | ${teams} |`),
    `| Not classified | ${picture.doraUnclassified} |`,
  ]
  return `${lines.join('\n').trimEnd()}\n`
}
