import { QUESTION_BANK } from '../../domain/bank/question-bank.ts'
import {
  writeComparisonCsv,
  writeSelfCheckAnswersCsv,
  writeSelfCheckSummaryCsv,
  writeTeamAnswersCsv,
  writeTeamSummaryCsv,
} from '../../domain/exports/csv-export.ts'
import { writeSelfCheckMarkdown, writeTeamMarkdown } from '../../domain/exports/markdown-summary.ts'
import type { Response } from '../../domain/formats/response.ts'
import type { ScoreChanges } from '../../domain/scoring/snapshot-comparison.ts'
import type { SelfCheckReport } from '../../domain/scoring/self-check-report.ts'
import { CSV_TYPE, EXPORT_VERSIONS, MARKDOWN_TYPE } from '../../browser/export-files.ts'

/** What each page's files are written from. */
export interface ExportSources {
  selfCheck: {
    report: SelfCheckReport
    /** Set while the page compares with a snapshot. */
    changes: ScoreChanges | undefined
  }
  /** numbers[i] is responses[i]'s respondent number, as the team view shows it. */
  team: { sessionName: string; responses: readonly Response[]; numbers: readonly number[] }
}
export type ExportSide = keyof ExportSources

/**
 * How one side writes a format: given what the page shows, the file's contents (written at the moment of the
 * download, so a file names the time it was saved), or undefined where the page does not offer this file.
 */
type Writer<Side extends ExportSide> = (source: ExportSources[Side]) => (() => string) | undefined

interface ExportFormat {
  id: string
  /** The download button's label. */
  label: string
  /** The file's name after the page's file stem. */
  suffix: string
  type: string
  /** A button after the download that copies the same text, for a format people paste. */
  copy?: { label: string; copied: string; refused: string }
  /** Each side that offers the format, and how it writes it. */
  write: { [Side in ExportSide]?: Writer<Side> }
}

/**
 * Every file format the Results and Team pages offer, in the order of their buttons: a new format is one entry
 * here (and its writer in src/domain/exports). Chart images are drawn from the page's radar instead (chart-downloads.tsx).
 */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'answers-csv',
    label: 'Download answers CSV',
    suffix: '-answers.csv',
    type: CSV_TYPE,
    write: {
      selfCheck:
        ({ report }) =>
        () =>
          writeSelfCheckAnswersCsv(
            { name: 'You', answers: report.answers, dora: report.outcomes.answers },
            report.bank,
            EXPORT_VERSIONS,
          ),
      team:
        ({ responses, numbers }) =>
        () =>
          writeTeamAnswersCsv({ responses, numbers }, QUESTION_BANK, EXPORT_VERSIONS),
    },
  },
  {
    id: 'summary-csv',
    label: 'Download summary CSV',
    suffix: '-summary.csv',
    type: CSV_TYPE,
    write: {
      selfCheck:
        ({ report }) =>
        () =>
          writeSelfCheckSummaryCsv(report, EXPORT_VERSIONS),
      team:
        ({ responses }) =>
        () =>
          writeTeamSummaryCsv(responses, QUESTION_BANK, EXPORT_VERSIONS),
    },
  },
  {
    id: 'comparison-csv',
    label: 'Download comparison CSV',
    suffix: '-comparison.csv',
    type: CSV_TYPE,
    write: {
      // Only while the page compares with a snapshot: the change per pillar and practice.
      selfCheck: ({ changes }) => changes && (() => writeComparisonCsv(changes, EXPORT_VERSIONS)),
    },
  },
  {
    id: 'markdown',
    label: 'Download Markdown summary',
    suffix: '.md',
    type: MARKDOWN_TYPE,
    copy: {
      label: 'Copy Markdown summary',
      copied: 'Markdown summary copied: paste it into your wiki or retro board.',
      refused: 'Your browser did not allow copying: download the Markdown summary instead.',
    },
    write: {
      selfCheck:
        ({ report, changes }) =>
        () =>
          writeSelfCheckMarkdown(report, EXPORT_VERSIONS, new Date(), changes),
      team: (team) => () => writeTeamMarkdown(team, QUESTION_BANK, EXPORT_VERSIONS, new Date()),
    },
  },
]

/** One file a page offers, ready for its button. */
export interface ExportFile {
  id: string
  label: string
  suffix: string
  type: string
  copy: ExportFormat['copy']
  write: () => string
}

/** The files one side offers for what its page shows, in the order of EXPORT_FORMATS. */
export function exportFiles<Side extends ExportSide>(side: Side, source: ExportSources[Side]): ExportFile[] {
  return EXPORT_FORMATS.flatMap(({ write: writers, ...format }) => {
    const write = writers[side]?.(source)
    return write === undefined ? [] : [{ ...format, copy: format.copy, write }]
  })
}
