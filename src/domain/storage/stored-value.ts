import { fail, formatZodIssues, ok, type ParseResult } from '../common/parse-result.ts'
import { isRecord } from '../common/is-record.ts'
import { z } from '../common/zod-setup.ts'
import { BANK_VERSIONS } from '../bank/versions/released-banks.ts'

/*
 * Every value the app keeps in localStorage (the self-check, the team view, the snapshots of each, the targets and
 * plans) is JSON in zustand persist's envelope, {"state": ..., "version": n}, and is opened the same way: the text
 * as JSON, then the envelope, then the state against the schema of the version it claims. A version this app has
 * no reader for is refused by its number, since it can only come from a newer app.
 */

/**
 * How messages name a stored value: "The saved self-check is ...", "The saved snapshots are ..."; and how a
 * sentence about this device names it ("your self-check", "the team view"), in the backup, "Clear this device"
 * and the notice that it could not be read.
 */
export interface StoredValueName {
  name: string
  plural: boolean
  label: string
}

/** One reader per format version this app can read: the state checked, and brought to the caller's type. */
export type StateReaders<Value> = Readonly<Partial<Record<number, (state: unknown) => ParseResult<Value>>>>

/** JSON may spell 0 as -0, which writes back as 0: read as 0, so what is read round-trips. */
const withoutNegativeZero = (_key: string, value: unknown) => (Object.is(value, -0) ? 0 : value)

const EnvelopeSchema = z.object({ state: z.unknown(), version: z.int().check(z.nonnegative()) })

function wordsFor({ name, plural }: StoredValueName) {
  return {
    subject: `The saved ${name}`,
    is: plural ? 'are' : 'is',
    has: plural ? 'have' : 'has',
    it: plural ? 'they' : 'it',
    It: plural ? 'They' : 'It',
    was: plural ? 'were' : 'was',
  }
}

/** Checks a state of any version against the reader of that version; a version without one is refused. */
export function readStoredState<Value>(
  stored: StoredValueName,
  state: unknown,
  version: number,
  readers: StateReaders<Value>,
): ParseResult<Value> {
  const read = readers[version]
  if (read !== undefined) return read(state)
  const words = wordsFor(stored)
  return fail(
    `${words.subject} ${words.has} format version ${version}, which this version of CALMS Radar does not know. ` +
      `${words.It} may come from a newer version of the app.`,
  )
}

/** A state checked against a schema, with errors that say where in the saved value the problem is. */
export function checkStoredState<Value>(
  stored: StoredValueName,
  schema: z.ZodMiniType<Value>,
  state: unknown,
): ParseResult<Value> {
  const parsed = schema.safeParse(state)
  return parsed.success ? ok(parsed.data) : fail(...formatZodIssues(parsed.error, `saved ${stored.name}`))
}

/**
 * The one way a stored value's text is opened: as JSON, then as a versioned envelope, and then its state is
 * checked by `readState` against the version it claims (with readStoredState, which refuses unknown versions).
 */
export function openStoredValue<Value>(
  raw: string,
  stored: StoredValueName,
  readState: (state: unknown, version: number) => ParseResult<Value>,
): ParseResult<Value> {
  const words = wordsFor(stored)
  let json: unknown
  try {
    json = JSON.parse(raw, withoutNegativeZero)
  } catch {
    return fail(
      `${words.subject} ${words.is} not valid JSON (${words.it} may have been cut off or edited by hand).`,
    )
  }
  const envelope = EnvelopeSchema.safeParse(json)
  if (!envelope.success) {
    return fail(
      `${words.subject} ${words.has} no version: ${words.it} ${words.was} not written by CALMS Radar.`,
    )
  }
  return readState(envelope.data.state, envelope.data.version)
}

/** What a newer app wrote that this one must not touch: its format version, or a question bank it does not know. */
export interface NewerStoredValue {
  formatVersion: { found: number; known: number } | undefined
  bankVersion: { found: number; known: number } | undefined
}

const bankVersionOf = (value: unknown): number | undefined =>
  isRecord(value) && typeof value['bankVersion'] === 'number' ? value['bankVersion'] : undefined

/**
 * Finds a stored value that a newer CALMS Radar wrote: an envelope version above `knownFormat`, or a question bank
 * above `knownBank` on the state or on any record of a list inside it (snapshots, team responses). Such a value is
 * neither readable here nor damaged, so it is never kept aside as unreadable and never overwritten.
 */
export function findNewerStoredValue(
  raw: string,
  knownFormat: number,
  knownBank: number,
): NewerStoredValue | undefined {
  let json: unknown
  try {
    json = JSON.parse(raw, withoutNegativeZero)
  } catch {
    return undefined
  }
  const envelope = EnvelopeSchema.safeParse(json)
  if (!envelope.success) return undefined
  const { state, version } = envelope.data
  const lists: unknown[][] = isRecord(state)
    ? Object.values(state).filter((value): value is unknown[] => Array.isArray(value))
    : []
  // A reduce, not Math.max(...): a hand-edited list can hold more entries than one call takes arguments.
  const newestBank = [[state], ...lists].reduce<number>(
    (newest, list) => list.reduce<number>((most, value) => Math.max(most, bankVersionOf(value) ?? 0), newest),
    0,
  )
  const formatVersion = version > knownFormat ? { found: version, known: knownFormat } : undefined
  const bankVersion = newestBank > knownBank ? { found: newestBank, known: knownBank } : undefined
  return formatVersion === undefined && bankVersion === undefined ? undefined : { formatVersion, bankVersion }
}

/** Both versions in words, for the notice that asks to reload. */
export function describeNewerStoredValue({ formatVersion, bankVersion }: NewerStoredValue): string {
  const parts = [
    ...(formatVersion
      ? [`storage format ${formatVersion.found} (this page knows up to ${formatVersion.known})`]
      : []),
    ...(bankVersion
      ? [`question bank version ${bankVersion.found} (this page knows up to ${bankVersion.known})`]
      : []),
  ]
  return `Your saved data uses ${parts.join(' and ')}.`
}

/** A stored value's format, as its store and the backup use it. */
export interface StoredFormat<Value> {
  stored: StoredValueName
  /** The format version this app writes. */
  version: number
  /** Checks a state of a known version and brings it up to the current one (persist's migrate). */
  upgrade: (state: unknown, version: number) => ParseResult<Value>
  /** The one place that reads the value back from storage: its state, upgraded, and the version it was written in. */
  parse: (raw: string) => ParseResult<{ state: Value; version: number }>
  /** The value as a newer CALMS Radar wrote it, which this app leaves alone; undefined when it is not. */
  findNewer: (raw: string) => NewerStoredValue | undefined
}

/**
 * Builds a stored format from its name, its current version and one reader per version it can read, so every
 * stored value is opened, upgraded and checked for a newer app's writing in the same way.
 */
export function storedFormat<Value>({
  name,
  version,
  readers,
}: {
  name: StoredValueName
  version: number
  readers: StateReaders<Value>
}): StoredFormat<Value> {
  const upgrade = (state: unknown, stateVersion: number) =>
    readStoredState(name, state, stateVersion, readers)
  return {
    stored: name,
    version,
    upgrade,
    parse: (raw) =>
      openStoredValue(raw, name, (state, stateVersion) => {
        const checked = upgrade(state, stateVersion)
        return checked.ok ? ok({ state: checked.value, version: stateVersion }) : checked
      }),
    findNewer: (raw) => findNewerStoredValue(raw, version, BANK_VERSIONS.current.bankVersion),
  }
}
