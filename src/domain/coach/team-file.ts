import type { BankShape, GetBank } from '../bank/question-bank-schema.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import { kilobytesOf } from '../common/file-size.ts'
import { formatCount } from '../common/format-count.ts'
import { isRecord } from '../common/is-record.ts'
import { fail, formatZodIssues, ok, shorten, type ParseResult } from '../common/parse-result.ts'
import { z } from '../common/zod-setup.ts'
import type { Response } from '../formats/response.ts'
import { migrateResponses } from '../formats/response-migration.ts'
import { decodeShareCode, encodeShareCode, MAX_SHARE_CODE_LENGTH } from '../formats/share-code.ts'
import { toBase64Url } from '../live/live-entry.ts'
import { ActionPlanSchema, type ActionPlan } from '../plan/action-plan.ts'
import { RecheckDateSchema } from '../plan/experiment.ts'
import { TargetsSchema, type Targets } from '../scoring/targets.ts'
import { MAX_TEAM_RESPONSES } from '../team/team-membership.ts'

/*
 * A team file carries one round of one team to a coach: its answers as share codes without anyone's alias, its
 * targets and plan. The team is known by a random id made once on the team's device, and by a name it chooses
 * (a pseudonym if it likes), so a coach who gathers many teams never sees a person's name.
 *
 * It lives in src/domain/coach rather than formats because it carries the action plan, and formats come before
 * plan in the domain's import order.
 */

export const TEAM_FILE_FORMAT = 'calms-radar-team'
export const TEAM_FILE_VERSION = 1
export const MAX_TEAM_NAME_LENGTH = 80
/** 1,000 codes of at most 400 characters and a plan of 50 experiments: anything far bigger is not a team file. */
export const MAX_TEAM_FILE_LENGTH = 1_000_000

const TEAM_ID = /^[A-Za-z0-9_-]{8,64}$/
const TEAM_ID_BYTES = 16

/** A team's id: 16 random bytes, base64url (22 characters), made once by the team's device. */
export function createTeamId(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(TEAM_ID_BYTES)))
}

export const TeamIdSchema = z.string().check(z.regex(TEAM_ID, 'must be 8 to 64 letters, digits, "-" or "_"'))

export const TeamNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'must not be empty'),
  z.refine(
    (name) => name.length <= MAX_TEAM_NAME_LENGTH,
    `must be at most ${MAX_TEAM_NAME_LENGTH} characters`,
  ),
  // A line break or a lone surrogate would break the line the name is shown on, as an alias's would.
  z.refine((name) => !/[\p{Cc}\p{Cs}]/u.test(name), 'must not contain control or broken characters'),
)

export const TeamFileSchema = z.strictObject({
  format: z.literal(TEAM_FILE_FORMAT),
  version: z.literal(TEAM_FILE_VERSION),
  teamId: TeamIdSchema,
  name: TeamNameSchema,
  /** The day the round's file was made, YYYY-MM-DD: a team's rounds are told apart by it. */
  date: RecheckDateSchema,
  /** The question bank every share code in `responses` follows. */
  bankVersion: z.int().check(z.minimum(1)),
  responses: z
    .array(z.string().check(z.maxLength(MAX_SHARE_CODE_LENGTH)))
    .check(
      z.minLength(1, 'must hold at least one response'),
      z.maxLength(MAX_TEAM_RESPONSES, `must hold at most ${formatCount(MAX_TEAM_RESPONSES)} responses`),
    ),
  targets: z.optional(TargetsSchema),
  plan: z.optional(ActionPlanSchema),
})
export type TeamFile = z.infer<typeof TeamFileSchema>

/** What a team file calls a team that gave itself neither a session name nor a pseudonym. */
export const UNNAMED_TEAM = 'Unnamed team'

/**
 * The name a team file carries: the pseudonym when one is given, else the session name, cleaned so that the coach
 * can read it (line breaks and control characters become spaces, at most MAX_TEAM_NAME_LENGTH characters).
 */
export function teamFileName(sessionName: string, pseudonym = ''): string {
  const clean = (text: string) =>
    text
      .replace(/[\p{Cc}\p{Cs}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_TEAM_NAME_LENGTH)
      // Cutting may split an emoji: its first half alone cannot be written as UTF-8.
      .replace(/[\uD800-\uDBFF]$/, '')
      .trim()
  return clean(pseudonym) || clean(sessionName) || UNNAMED_TEAM
}

export interface TeamFileInput {
  teamId: string
  /** The session name or the pseudonym that replaces it; cleaned by teamFileName. */
  name: string
  /** YYYY-MM-DD. */
  date: string
  responses: readonly Response[]
  targets?: Targets
  plan?: ActionPlan
}

/**
 * The team's round as a team file: every response brought to `bank` first (as the team page counts them, so the
 * file holds what the team saw; one that cannot be is left out there too) and written without its alias.
 */
export function buildTeamFile(input: TeamFileInput, bank: BankShape): TeamFile {
  const { responses } = migrateResponses(input.responses, BANK_VERSIONS, bank.bankVersion)
  return {
    format: TEAM_FILE_FORMAT,
    version: TEAM_FILE_VERSION,
    teamId: input.teamId,
    name: teamFileName(input.name),
    date: input.date,
    bankVersion: bank.bankVersion,
    responses: responses.map((response) => encodeShareCode(withoutAlias(response), bank)),
    ...(input.targets === undefined ? {} : { targets: input.targets }),
    ...(input.plan === undefined ? {} : { plan: input.plan }),
  }
}

function withoutAlias(response: Response): Response {
  if (response.alias === undefined) return response
  const copy = { ...response }
  delete copy.alias
  return copy
}

export function serializeTeamFile(file: TeamFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}

const NOT_A_TEAM_FILE = 'Not a CALMS Radar team file:'

/**
 * A team file from outside, checked against its schema and its bank: every share code must decode with the file's
 * bank version. A code carrying an alias (only a hand edit makes one) is written again without it, so the coach's
 * copy never holds a name.
 */
export function parseTeamFile(text: string, getBank: GetBank): ParseResult<TeamFile> {
  if (text.length > MAX_TEAM_FILE_LENGTH) {
    return fail(`${NOT_A_TEAM_FILE} it is ${kilobytesOf(text)}, more than a team file can be.`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail(`${NOT_A_TEAM_FILE} it is not valid JSON. Choose the .json file "Download team file" saved.`)
  }
  if (!isRecord(data)) return fail(`${NOT_A_TEAM_FILE} it does not hold a JSON object.`)
  const format = data['format']
  if (format !== TEAM_FILE_FORMAT) {
    const shown = typeof format === 'string' ? `"${shorten(format)}"` : 'missing'
    return fail(`${NOT_A_TEAM_FILE} its "format" field is ${shown}, not "${TEAM_FILE_FORMAT}".`)
  }
  const version = data['version']
  if (typeof version === 'number' && Number.isInteger(version) && version > TEAM_FILE_VERSION) {
    return fail(
      `This team file has file version ${version}, which this app does not know. Update the app to read it.`,
    )
  }
  const parsed = TeamFileSchema.safeParse(data)
  if (!parsed.success) return fail(...formatZodIssues(parsed.error))
  const file = parsed.data
  const bank = getBank(file.bankVersion)
  if (bank === undefined) {
    return fail(
      file.bankVersion > BANK_VERSIONS.current.bankVersion
        ? `This team file was made with a newer CALMS Radar (question bank version ${file.bankVersion}): reload the page.`
        : `This team file names question bank version ${file.bankVersion}, which CALMS Radar never released.`,
    )
  }
  const errors: string[] = []
  const codes = file.responses.map((code, index) => {
    const decoded = decodeShareCode(code, getBank)
    if (!decoded.ok) {
      errors.push(`response ${index + 1}: ${decoded.errors.join(' ')}`)
      return code
    }
    if (decoded.value.bankVersion !== file.bankVersion) {
      errors.push(
        `response ${index + 1}: question bank version ${decoded.value.bankVersion}, but the file's is ${file.bankVersion}`,
      )
      return code
    }
    return decoded.value.alias === undefined ? code : encodeShareCode(withoutAlias(decoded.value), bank)
  })
  if (errors.length > 0) return fail(...errors)
  return ok({ ...file, responses: codes })
}
