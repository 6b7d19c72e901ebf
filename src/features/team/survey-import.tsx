import { useId, useMemo, useState } from 'react'
import { DORA_METRIC_DEFINITIONS, DORA_METRICS } from '../../domain/dora/dora-metrics.ts'
import { shorten } from '../../domain/common/parse-result.ts'
import { megabytes } from '../../domain/common/file-size.ts'
import { plural } from '../../domain/common/plural.ts'
import { PILLAR_LABELS, PILLARS } from '../../domain/bank/pillars.ts'
import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import type { Response } from '../../domain/formats/response.ts'
import {
  suggestMapping,
  targetFromKey,
  targetKey,
  type NumberScale,
  type SurveyMapping,
} from '../../domain/team/survey-import/column-mapping.ts'
import {
  MAX_SURVEY_BYTES,
  parseSurveyCsv,
  type SurveyTable,
} from '../../domain/team/survey-import/read-survey-csv.ts'
import { readSurveyResponses } from '../../domain/team/survey-import/survey-rows.ts'
import { describeTeamSizeLimit } from '../../domain/team/team-membership.ts'
import { useTeamActions } from '../../store/team-store.ts'
import { TableScroll } from '../../components/table-scroll.tsx'

interface LoadedSurvey {
  fileName: string
  table: SurveyTable
  mapping: SurveyMapping
  /** Taken once when the file is read, so the preview and what is added get the same times. */
  importedAt: Date
}

const TARGET_OPTIONS = (
  <>
    <option value="ignore">Ignore</option>
    <option value="alias">Name or alias</option>
    <option value="role">Role</option>
    <option value="timestamp">Timestamp</option>
    {PILLARS.map((pillar) => (
      <optgroup key={pillar} label={`${PILLAR_LABELS[pillar]} questions`}>
        {QUESTION_BANK.questions
          .filter((question) => question.pillar === pillar)
          .map((question) => (
            <option key={question.id} value={targetKey({ kind: 'question', questionId: question.id })}>
              {question.text}
            </option>
          ))}
      </optgroup>
    ))}
    <optgroup label="DORA outcomes">
      {DORA_METRICS.map((metric) => (
        <option key={metric} value={targetKey({ kind: 'dora', metric })}>
          {DORA_METRIC_DEFINITIONS[metric].label}
        </option>
      ))}
    </optgroup>
  </>
)

const firstAnswer = (table: SurveyTable, column: number): string =>
  table.rows.map((row) => row.cells[column]?.trim() ?? '').find((cell) => cell !== '') ?? ''

/**
 * Brings in the answers of people who took the questions in a form tool: read the CSV, check which column is which,
 * see which rows cannot be read and why, then add the good rows to the team view.
 */
/** `onReadAll`, when given, is called instead of showing the outcome here when every row went in (see AddResponses). */
export function SurveyImport({ onReadAll }: { onReadAll?: ((outcome: string) => void) | undefined }) {
  const { responsesAdded } = useTeamActions()
  const [loaded, setLoaded] = useState<LoadedSurvey | null>(null)
  const [fileProblems, setFileProblems] = useState<string[]>([])
  const [report, setReport] = useState('')
  const ids = { heading: useId(), file: useId(), hint: useId(), scale: useId(), column: useId() }

  const preview = useMemo(
    () =>
      loaded === null
        ? null
        : readSurveyResponses(loaded.table, loaded.mapping, QUESTION_BANK, loaded.importedAt),
    [loaded],
  )

  const choose = async (file: File) => {
    // A file over the limit is never read into memory; the domain names it by its size.
    const text = file.size > MAX_SURVEY_BYTES ? '' : await file.text()
    const parsed = parseSurveyCsv({ size: file.size, text })
    setReport('')
    if (!parsed.ok) {
      setLoaded(null)
      setFileProblems(parsed.errors)
      return
    }
    setFileProblems([])
    setLoaded({
      fileName: file.name,
      table: parsed.value,
      mapping: suggestMapping(parsed.value, QUESTION_BANK),
      importedAt: new Date(),
    })
  }

  const remap = (survey: LoadedSurvey, column: number, key: string) => {
    const columns = survey.mapping.columns.map((target, index) =>
      index === column ? targetFromKey(key, QUESTION_BANK) : target,
    )
    setLoaded({ ...survey, mapping: { ...survey.mapping, columns } })
  }

  const add = (responses: readonly Response[], skipped: number) => {
    const result = responsesAdded(responses)
    const parts = [`Added ${plural(result.added, 'response', 'responses')} from the survey file.`]
    if (result.duplicates > 0) {
      const were = result.duplicates === 1 ? 'was' : 'were'
      parts.push(`${result.duplicates} ${were} already in the team view and counted once.`)
    }
    if (result.refusedOverLimit > 0) {
      parts.push(`${result.refusedOverLimit} did not fit: ${describeTeamSizeLimit()}.`)
    }
    if (skipped > 0)
      parts.push(
        `${plural(skipped, 'row', 'rows')} with problems ${skipped === 1 ? 'was' : 'were'} left out.`,
      )
    setLoaded(null)
    if (onReadAll !== undefined && result.added > 0 && skipped === 0 && result.refusedOverLimit === 0) {
      setReport('')
      onReadAll(parts.join(' '))
    } else {
      setReport(parts.join(' '))
    }
  }

  return (
    <section aria-labelledby={ids.heading} className="exports survey-import">
      <h3 id={ids.heading}>Import from a survey tool</h3>
      <p>
        Asked the questions in Google Forms, Microsoft Forms or another tool? Export its answers as CSV, one
        row per person and one column per question, and import the file here. You check which column is which
        before anything is added.
      </p>
      <details className="why">
        <summary>How a survey file is read</summary>
        <ul>
          <li>
            Columns are matched by question id or question text (case, spaces and punctuation do not matter,
            and a header that contains the text counts), and name, role and timestamp columns by their usual
            names.
          </li>
          <li>
            An answer is the option&rsquo;s text, &ldquo;Don&rsquo;t know&rdquo;, &ldquo;Not applicable&rdquo;
            or &ldquo;n/a&rdquo;, or a number: 1 to 5 for the first to the fifth option (a form&rsquo;s linear
            scale, 1 = least mature), or 0 to 4 for the levels if you choose that below. DORA answers are the
            band&rsquo;s text or id.
          </li>
          <li>A row with an answer that cannot be read is left out, and every such cell is named.</li>
          <li>
            A row&rsquo;s time comes from the timestamp column (year-first dates such as 2025-01-31 09:30;
            without a zone they count as UTC), otherwise from the time of the import.
          </li>
        </ul>
      </details>
      <div className="form-row">
        <label htmlFor={ids.file}>Import survey CSV</label>
        <input
          id={ids.file}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={ids.hint}
          onChange={(event) => {
            const [file] = event.target.files ?? []
            event.target.value = ''
            if (file !== undefined) void choose(file)
          }}
        />
        <p id={ids.hint} className="note">
          A .csv file of at most {megabytes(MAX_SURVEY_BYTES)}.
        </p>
      </div>
      {fileProblems.length > 0 && (
        <div role="alert">
          <ul className="problems">
            {fileProblems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {loaded !== null && preview !== null && (
        <>
          <TableScroll label="Columns of the survey file">
            <table>
              <caption>
                Columns of <bdi>{loaded.fileName}</bdi>: check what each one is
              </caption>
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">First answer</th>
                  <th scope="col">Read as</th>
                </tr>
              </thead>
              <tbody>
                {loaded.table.headers.map((header, index) => {
                  const headerId = `${ids.column}-${index}`
                  return (
                    <tr key={index}>
                      <th scope="row" id={headerId} className="cell-text">
                        {header === '' ? `Column ${index + 1} (no header)` : header}
                      </th>
                      <td className="cell-text">{shorten(firstAnswer(loaded.table, index))}</td>
                      <td>
                        <select
                          aria-labelledby={headerId}
                          value={targetKey(loaded.mapping.columns[index] ?? { kind: 'ignore' })}
                          onChange={(event) => remap(loaded, index, event.target.value)}
                        >
                          {TARGET_OPTIONS}
                        </select>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </TableScroll>
          <div className="form-row">
            <label htmlFor={ids.scale}>Numbers in answer cells mean</label>
            <select
              id={ids.scale}
              value={loaded.mapping.numberScale}
              onChange={(event) => {
                const numberScale: NumberScale =
                  event.target.value === 'levels-0-4' ? 'levels-0-4' : 'options-1-5'
                setLoaded({ ...loaded, mapping: { ...loaded.mapping, numberScale } })
              }}
            >
              <option value="options-1-5">Options 1 to 5 (1 = the first, least mature option)</option>
              <option value="levels-0-4">Levels 0 to 4 (0 = the least mature option)</option>
            </select>
          </div>
          <p>
            {preview.responses.length} of {plural(preview.rowsRead, 'row', 'rows')} can be added.
          </p>
          {preview.notes.map((note) => (
            <p key={note} className="note">
              {note}
            </p>
          ))}
          {preview.problems.length > 0 && (
            <>
              <p>What cannot be read:</p>
              <ul className="problems">
                {preview.problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            </>
          )}
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={preview.responses.length === 0}
              onClick={() => add(preview.responses, preview.rowsSkipped)}
            >
              Add {plural(preview.responses.length, 'response', 'responses')} to the team view
            </button>
            <button type="button" className="button" onClick={() => setLoaded(null)}>
              Cancel
            </button>
          </div>
        </>
      )}
      <p role="status" className="status">
        {report}
      </p>
    </section>
  )
}
