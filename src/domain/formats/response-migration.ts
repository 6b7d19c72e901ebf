import { fail, ok, type ParseResult } from '../common/parse-result.ts'
import type { BankVersions, SetAsideAnswer } from '../bank/bank-versions.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'
import type { Response } from './response.ts'

export interface MigratedResponse {
  /** The response as the current bank asks it. */
  response: Response
  /** Its answers the current bank has no place for. */
  setAside: SetAsideAnswer[]
}

/**
 * A response read with the question order of its own bank version (a link, a file, a team view), brought through
 * the bank versions' migrations to the bank this app asks (or to `toVersion`), or the reason it cannot be.
 */
export function migrateResponse(
  response: Response,
  bankVersions: BankVersions = BANK_VERSIONS,
  toVersion: number = bankVersions.current.bankVersion,
): ParseResult<MigratedResponse> {
  const migrated = bankVersions.migrateAnswers(response.bankVersion, response, toVersion)
  if (!migrated.ok) return fail(...migrated.errors)
  return ok({
    response: {
      ...response,
      bankVersion: toVersion,
      answers: migrated.value.answers,
      dora: migrated.value.dora,
    },
    setAside: migrated.value.setAside,
  })
}

// Responses are never changed in place, so each is migrated once per bank list and target version: the team page
// gets the same migrated objects back on every change, and work keyed on them (see perResponse) is done once.
const migrations = new WeakMap<BankVersions, Map<number, WeakMap<Response, ParseResult<MigratedResponse>>>>()

function migrateOnce(
  response: Response,
  bankVersions: BankVersions,
  toVersion: number,
): ParseResult<MigratedResponse> {
  let byTarget = migrations.get(bankVersions)
  if (byTarget === undefined) {
    byTarget = new Map()
    migrations.set(bankVersions, byTarget)
  }
  let cache = byTarget.get(toVersion)
  if (cache === undefined) {
    cache = new WeakMap()
    byTarget.set(toVersion, cache)
  }
  const known = cache.get(response)
  if (known !== undefined) return known
  const migrated = migrateResponse(response, bankVersions, toVersion)
  cache.set(response, migrated)
  return migrated
}

/** Many responses brought to one bank: those that cannot be are counted out, never dropped unseen. */
export function migrateResponses(
  responses: readonly Response[],
  bankVersions: BankVersions = BANK_VERSIONS,
  toVersion: number = bankVersions.current.bankVersion,
): { responses: Response[]; excluded: number; setAside: number } {
  const migrated = responses.map((response) => migrateOnce(response, bankVersions, toVersion))
  const kept = migrated.flatMap((result) => (result.ok ? [result.value] : []))
  return {
    responses: kept.map((entry) => entry.response),
    excluded: migrated.length - kept.length,
    setAside: kept.reduce((count, entry) => count + entry.setAside.length, 0),
  }
}
