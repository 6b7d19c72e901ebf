import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { PillarAnswers } from '../bank/answers.ts'
import { escapeMarkdown, writeSelfCheckMarkdown, writeTeamMarkdown } from './markdown-summary.ts'
import type { Pillar } from '../bank/pillars.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import type { Response } from '../formats/response.ts'
import { buildSelfCheckReport } from '../scoring/self-check-report.ts'

const versions = { bankVersion: 1, app: '0.1.0' }
const exportedAt = new Date('2026-11-21T10:00:00Z')

function allAt(levels: Partial<Record<Pillar, 0 | 1 | 2 | 3 | 4>>): PillarAnswers {
  const answers: PillarAnswers = {}
  for (const question of QUESTION_BANK.questions) {
    const level = levels[question.pillar]
    if (level !== undefined) answers[question.id] = level
  }
  return answers
}

describe('escapeMarkdown', () => {
  test('escapes the characters that make emphasis, code, links, HTML or table cells, and folds line breaks', () => {
    expect(escapeMarkdown('*boss* | _x_ `y` <img src=x> [a](b) \\')).toBe(
      '\\*boss\\* \\| \\_x\\_ \\`y\\` \\<img src=x\\> \\[a\\](b) \\\\',
    )
    expect(escapeMarkdown('two\nlines\r\n  here')).toBe('two lines here')
  })

  test('property: every active character comes out escaped, and unescaping gives the text back', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeMarkdown(text)
        expect(escaped).toMatch(/^(?:[^\\`*_<>[\]|\n\r]|\\[\\`*_<>[\]|])*$/)
        expect(escaped.replace(/\\(.)/g, '$1')).toBe(text.replace(/\s+/g, ' '))
      }),
    )
  })
})

describe('self-check summary', () => {
  // Culture all level 4 (100), Automation all 3 (75), Lean all 1 (25), one Measurement "Don't know";
  // overall (7 * 100 + 9 * 75 + 8 * 25) / 24 = 65.6 -> 66. Deploying monthly-to-six-monthly is exactly the 2024
  // Low profile, and with Automation at 75 it is a mismatch.
  const measurement = QUESTION_BANK.questions.find((question) => question.pillar === 'measurement')
  if (measurement === undefined) throw new Error('the bank needs a measurement question')
  const answers = { ...allAt({ culture: 4, automation: 3, lean: 1 }), [measurement.id]: 'dont-know' as const }
  const text = writeSelfCheckMarkdown(
    buildSelfCheckReport(QUESTION_BANK, answers, { deploymentFrequency: 'df-monthly-6m' }),
    versions,
    exportedAt,
  )
  const lines = text.split('\n')

  test('starts with the title and names export time, bank version and app version', () => {
    expect(lines.slice(0, 7)).toEqual([
      '# CALMS Radar self-check',
      '',
      '- Exported: 2026-11-21 10:00 UTC',
      '- Question bank version: 1',
      '- App version: CALMS Radar 0.1.0',
      '',
      expect.stringMatching(
        /^Overall score: \*\*66\*\* out of 100, from 24 scored answers to 36 questions\./,
      ),
    ])
  })

  test('has the scores table', () => {
    expect(text).toContain(
      [
        "| Pillar | Score | Answered | Don't know | Not applicable |",
        '| :-- | --: | --: | --: | --: |',
        '| Culture | 100 | 7 / 7 | 0 | 0 |',
        '| Automation | 75 | 9 / 9 | 0 | 0 |',
        '| Lean | 25 | 8 / 8 | 0 | 0 |',
        '| Measurement | not enough answers | 1 / 6 | 1 | 0 |',
        '| Sharing | not enough answers | 0 / 6 | 0 | 0 |',
      ].join('\n'),
    )
  })

  test("lists strengths, and gaps with each question's answer and next step", () => {
    expect(text).toContain(
      [
        '## Strengths',
        '',
        '- **Culture** (pillar): 100',
        '- **Automation** (pillar): 75',
        '- **Shared ownership (developers on call)** (practice): 100',
        '- **Blameless post-mortems** (practice): 100',
        '- **Not just a tool set** (practice): 100',
      ].join('\n'),
    )
    const lean = QUESTION_BANK.questions.find((question) => question.pillar === 'lean')
    if (lean === undefined) throw new Error('the bank needs a lean question')
    expect(text).toContain(
      [
        '### Lean (pillar): 25',
        '',
        `- **${lean.text}**`,
        `  - Answer: ${lean.options[1]}`,
        `  - Next step: ${lean.nextStep}`,
      ].join('\n'),
    )
    expect(lines.filter((line) => line.startsWith('### ') && line.includes('(practice)'))).toEqual([
      '### Small, frequent releases (practice): 25',
      '### Small batches, limited work in progress (practice): 25',
      '### Flow without hand-offs and waste (practice): 25',
    ])
  })

  test('names the "Don\'t know" pillars, the DORA cluster and the mismatches', () => {
    expect(text).toContain(
      '- Measurement: 1 question answered "Don\'t know", itself a gap in shared visibility.',
    )
    expect(text).toContain(
      'Closest to the **Low** cluster of the 2024 State of DevOps report (a partial result; missing: lead time for changes, change failure rate, time to restore service).',
    )
    expect(text).toContain(
      '| Deployment frequency | Between once per month and once every six months | Low |',
    )
    expect(text).toContain(
      '### Practices and outcomes disagree\n\n- Automation scores 75/100, but you deploy',
    )
    expect(text.endsWith('What holds deployments back?\n')).toBe(true)
  })

  test('with nothing answered it says so instead of inventing scores', () => {
    const empty = writeSelfCheckMarkdown(buildSelfCheckReport(QUESTION_BANK, {}, {}), versions, exportedAt)
    expect(empty).toContain('No pillar or practice stands out as a strength yet.')
    expect(empty).toContain('No pillar or practice scores low enough to be a gap.')
    expect(empty).toContain('No DORA cluster:')
    expect(empty).not.toContain('What could not be answered')
  })
})

describe('team summary', () => {
  const person = (level: 1 | 3 | 4, second: number, extra: Partial<Response> = {}): Response => ({
    bankVersion: 1,
    answers: { 'culture-dev-on-call': level },
    dora: {},
    createdAt: `2026-11-20T09:00:0${second}Z`,
    ...extra,
  })
  const three = [
    person(1, 1, { alias: '*Ana* <b>', dora: { leadTime: 'lt-lt-1h' } }),
    person(3, 2),
    person(4, 3, { dora: { leadTime: 'dont-know' } }),
  ]

  test('escapes the session name and aliases, and names versions', () => {
    const text = writeTeamMarkdown(
      { sessionName: 'Pay|ments\nretro', responses: three },
      QUESTION_BANK,
      versions,
      exportedAt,
    )
    expect(text.split('\n').slice(0, 8)).toEqual([
      '# CALMS Radar team summary: Pay\\|ments retro',
      '',
      '- Session: Pay\\|ments retro',
      '- Respondents: 3 (\\*Ana\\* \\<b\\>, Respondent 2, Respondent 3)',
      '- Exported: 2026-11-21 10:00 UTC',
      '- Question bank version: 1',
      '- App version: CALMS Radar 0.1.0',
      '',
    ])
  })

  test('with three people: medians, spread, disagreements and the DORA distribution', () => {
    const text = writeTeamMarkdown({ sessionName: '', responses: three }, QUESTION_BANK, versions, exportedAt)
    expect(text.startsWith('# CALMS Radar team summary\n')).toBe(true)
    // Culture 25, 75, 100: median 75; q1 = 25 + 0.5 * 50 = 50, q3 = 75 + 0.5 * 25 = 87.5, IQR 37.5 -> 38 (high);
    // 25 at the low end and 75, 100 at the high end: split.
    expect(text).toContain('| Culture | 3 | 75 | 25 | 100 | high (38), split |')
    expect(text).toContain('| Automation | 0 | not enough answers | - | - | - |')
    expect(text).toContain(
      "Disagreement is the interquartile range of the people's pillar scores: low under 15 points, medium under 30, high from 30; split: at least one person at 25 or less and another at 75 or more, whatever the quartiles say.",
    )
    expect(text).toContain(
      [
        '1. **When your service breaks at 3 AM, who gets paged?** (Culture) Split: answers at both ends.',
        '   - A separate operations team is paged; developers hear about it days later, if at all: 0',
        '   - Operations is paged and calls a developer only when the runbook does not fix it: 1',
      ].join('\n'),
    )
    expect(text).toContain(
      [
        '### Lead time for changes',
        '',
        '| Answer | People |',
        '| :-- | --: |',
        '| Less than one hour | 1 |',
      ].join('\n'),
    )
    expect(text).toContain("| Don't know | 1 |\n| Not answered | 1 |")
  })

  test('below three people the spread and the disagreements are left out', () => {
    const text = writeTeamMarkdown(
      { sessionName: '', responses: three.slice(0, 2) },
      QUESTION_BANK,
      versions,
      exportedAt,
    )
    expect(text).toContain('| Culture | 2 | 50 | shown from 3 responses | shown from 3 responses | - |')
    expect(text).toContain('Left out with fewer than three responses')
    expect(text).not.toContain('who gets paged?**')
  })
})
