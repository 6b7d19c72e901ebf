import { PracticeIdSchema } from '../bank/practices.ts'
import { z } from '../common/zod-setup.ts'
import { DoraMetricSchema } from '../dora/dora-metrics.ts'
import { CreatedAtSchema } from '../formats/response.ts'

/*
 * An experiment is one thing a team tries before its next re-check: what, for which practice, who looks after it,
 * which answer should move if it works, and when to look.
 */

export const EXPERIMENT_STATUSES = ['planned', 'doing', 'done', 'dropped'] as const
export const ExperimentStatusSchema = z.enum(EXPERIMENT_STATUSES)
export type ExperimentStatus = z.infer<typeof ExperimentStatusSchema>

export const EXPERIMENT_STATUS_LABELS: Record<ExperimentStatus, string> = {
  planned: 'Planned',
  doing: 'Doing',
  done: 'Done',
  dropped: 'Dropped',
}

/** Planned and doing are work in progress, and count towards the WIP limit. */
export function isActiveStatus(status: ExperimentStatus): boolean {
  return status === 'planned' || status === 'doing'
}

/**
 * A question id as the bank writes them (kebab-case, 3 to 48 characters), checked with a plain test: zod's regex
 * check would bring its code into the chunk every screen loads.
 */
export const QuestionKeySchema = z
  .string()
  .check(z.refine((id) => /^[a-z][a-z0-9-]{2,47}$/.test(id), 'must be a kebab-case question id'))

/** Short enough for one line of a checklist, a sticky note and a CSV cell. */
export const MAX_EXPERIMENT_TEXT = 200
export const MAX_OWNER_LENGTH = 60
/** One question is the usual signal; a few more may measure one change, but not a whole pillar. */
export const MAX_SIGNAL_QUESTIONS = 5

/** A line of text a person typed: trimmed, not empty, at most `max` UTF-16 code units, on one line. */
const lineOfText = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    // Counted in UTF-16 code units, as the input's maxlength counts them.
    z.refine((text) => text.length <= max, `must be at most ${max} characters`),
    // A control character (a line break among them) would break the checklist line and the table cell.
    z.refine(
      (text) => !/[\p{Cc}\p{Cs}]/u.test(text),
      'must be one line, without control or broken characters',
    ),
  )

export const ExperimentTextSchema = lineOfText(MAX_EXPERIMENT_TEXT)
export const OwnerSchema = lineOfText(MAX_OWNER_LENGTH)
export const LearnedSchema = lineOfText(MAX_EXPERIMENT_TEXT)

/**
 * What should move if the experiment works: answers to questions of the bank, or a DORA outcome. A plain union
 * (each side strict, told apart by `kind`): zod's discriminated union would add its code to the chunk every
 * screen loads, for two cases.
 */
export const SignalSchema = z.union([
  z.strictObject({
    kind: z.literal('questions'),
    questionIds: z.array(QuestionKeySchema).check(
      z.minLength(1, 'must name at least one question'),
      z.maxLength(MAX_SIGNAL_QUESTIONS, `at most ${MAX_SIGNAL_QUESTIONS} questions`),
      z.refine((ids) => new Set(ids).size === ids.length, 'must not name a question twice'),
    ),
  }),
  z.strictObject({ kind: z.literal('dora'), metric: DoraMetricSchema }),
])
export type Signal = z.infer<typeof SignalSchema>

const RECHECK_DATE_TEXT = 'must be a date such as 2026-12-31'

/** Whether YYYY-MM-DD names a day the calendar has: 2026-02-30 reads back as another day and is refused. */
const isCalendarDay = (text: string) => {
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/**
 * A calendar day, YYYY-MM-DD. Checked by hand rather than with zod's ISO date, whose code would join the chunk every
 * screen loads.
 */
export const RecheckDateSchema = z.string().check(
  // The round trip through Date also refuses any other spelling: "24.12.2026", "2026-1-5", a time.
  z.refine(isCalendarDay, RECHECK_DATE_TEXT),
)

export const ExperimentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  what: ExperimentTextSchema,
  practice: PracticeIdSchema,
  owner: z.optional(OwnerSchema),
  signal: SignalSchema,
  recheckOn: RecheckDateSchema,
  status: ExperimentStatusSchema,
  /** Written when the experiment is done or dropped; kept if it is taken up again. */
  learned: z.optional(LearnedSchema),
  createdAt: CreatedAtSchema,
})
export type Experiment = z.infer<typeof ExperimentSchema>

/** Re-check after four weeks: long enough for a habit to show, short enough to fit between two retros a month. */
export const RECHECK_AFTER_DAYS = 28

const DAY_MS = 24 * 60 * 60 * 1000

/** The calendar day of a moment in UTC, as stored and compared: YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** The re-check date a new experiment starts with: RECHECK_AFTER_DAYS after today, in UTC. */
export function defaultRecheckDate(today: Date): string {
  // A UTC day is always 24 hours long: no daylight saving time to step over.
  return toIsoDate(new Date(today.getTime() + RECHECK_AFTER_DAYS * DAY_MS))
}
