import type { Pillar } from '../bank/pillars.ts'
import type { QuestionBank } from '../bank/question-bank-schema.ts'
import { type Response } from '../formats/response.ts'
import { ROLE_LABELS, ROLES, type Role } from '../formats/profile.ts'
import { quantile, sortAscending } from './statistics.ts'
import { migrateResponses } from '../formats/response-migration.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { byPillar, collectPillarScores } from './team-aggregation.ts'

/** Fewer people than this in a role would let the team read each one's answers off the role's median. */
export const MIN_ROLE_GROUP_SIZE = 3

/** Why a role is not shown, in words: "fewer than 3 people". */
export function describeRoleGroupMinimum(): string {
  return `fewer than ${MIN_ROLE_GROUP_SIZE} people`
}

/** The roles left out, by head count only: "Not shown, to protect anonymity (fewer than 3 people): QA / testing (2)." */
export function describeHiddenRoles(hidden: RoleSplit['hidden']): string {
  const roles = hidden.map((entry) => `${ROLE_LABELS[entry.role]} (${entry.count})`).join(', ')
  return `Not shown, to protect anonymity (${describeRoleGroupMinimum()}): ${roles}.`
}

export interface RolePillarMedian {
  respondents: number
  /** Omitted when fewer than the minimum group size scored this pillar, for the same anonymity reason. */
  median?: number
}

export interface RoleGroup {
  role: Role
  count: number
  pillars: Record<Pillar, RolePillarMedian>
}

export interface RoleSplit {
  groups: RoleGroup[]
  /** Roles with some people but fewer than the minimum: only their head count is shown. */
  hidden: { role: Role; count: number }[]
  /** People who gave no role are in the team figures but in no role group. */
  withoutRole: number
}

/** Per-role pillar medians, only where enough people stand behind a figure that nobody can be singled out. */
export function splitByRole(
  responses: readonly Response[],
  bank: QuestionBank,
  minGroupSize = MIN_ROLE_GROUP_SIZE,
): RoleSplit {
  const included = migrateResponses(responses, BANK_VERSIONS, bank.bankVersion).responses
  const split: RoleSplit = {
    groups: [],
    hidden: [],
    withoutRole: included.filter((response) => response.role === undefined).length,
  }
  for (const role of ROLES) {
    const members = included.filter((response) => response.role === role)
    if (members.length === 0) continue
    if (members.length < minGroupSize) {
      split.hidden.push({ role, count: members.length })
      continue
    }
    const scores = collectPillarScores(members, bank)
    const pillars = byPillar((pillar): RolePillarMedian => {
      const sorted = sortAscending(scores[pillar])
      return sorted.length < minGroupSize
        ? { respondents: sorted.length }
        : { respondents: sorted.length, median: quantile(sorted, 0.5) }
    })
    split.groups.push({ role, count: members.length, pillars })
  }
  return split
}
