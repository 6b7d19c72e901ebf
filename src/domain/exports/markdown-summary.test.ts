import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { PillarAnswers } from '../bank/answers.ts'
import { escapeMarkdown, writeSelfCheckMarkdown, writeTeamMarkdown } from './markdown-summary.ts'
import type { Pillar } from '../bank/pillars.ts'
import { BANK_V1 } from '../bank/versions/bank-v1.ts'
import type { Response } from '../formats/response.ts'
import { buildDoraReport } from '../dora/dora-report.ts'
import type { ScoreChanges } from '../scoring/snapshot-comparison.ts'
import { buildSelfCheckReport } from '../scoring/self-check-report.ts'

const versions = { bankVersion: 1, app: '0.1.0' }
const exportedAt = new Date('2026-11-21T10:00:00Z')

function allAt(levels: Partial<Record<Pillar, 0 | 1 | 2 | 3 | 4>>): PillarAnswers {
  const answers: PillarAnswers = {}
  for (const question of BANK_V1.questions) {
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

/**
 * A baseline where Culture rose from 25 to 62.5 and Lean has no score now, one practice row for brevity; DORA went
 * from on demand with over 60% failing (Low) to on demand with 21-30% failing (High).
 */
const CHANGES: ScoreChanges = {
  baselineLabel: 'Kickoff | *Q4*',
  baselineTakenAt: '2026-10-01T08:00:00Z',
  baselineTitle: '2026-10-01 Kickoff | *Q4*',
  outcomes: {
    previous: buildDoraReport({ deploymentFrequency: 'df-on-demand', changeFailureRate: 'cfr-over-60' }),
    current: buildDoraReport({ deploymentFrequency: 'df-on-demand', changeFailureRate: 'cfr-21-30' }),
  },
  pillars: [
    { key: 'culture', label: 'Culture', previous: 25, current: 62.5, change: 37.5 },
    { key: 'lean', label: 'Lean', previous: 50, current: null, change: null },
  ],
  practices: [
    { key: 'blameless-postmortems', label: 'Blameless post-mortems', previous: 75, current: 50, change: -25 },
  ],
}

describe('self-check summary', () => {
  // Culture all level 4 (100), Automation all 3 (75), Lean all 1 (25), one Measurement "Don't know";
  // overall (7 * 100 + 9 * 75 + 8 * 25) / 24 = 65.6 -> 66. Deploying monthly-to-six-monthly is the 2024 Low
  // value, but without a stability answer there is no overall cluster; with Automation at 75 it is a mismatch.
  const measurement = BANK_V1.questions.find((question) => question.pillar === 'measurement')
  if (measurement === undefined) throw new Error('the bank needs a measurement question')
  const answers = { ...allAt({ culture: 4, automation: 3, lean: 1 }), [measurement.id]: 'dont-know' as const }
  const text = writeSelfCheckMarkdown(
    buildSelfCheckReport(BANK_V1, answers, { deploymentFrequency: 'df-monthly-6m' }),
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

  test('lists strengths and gaps by name, a tie of four as one sentence, and no next step under them', () => {
    expect(text).toContain(
      [
        '## Strengths',
        '',
        'A strength scores 75 or more and a gap 50 or less: at most 2 pillars and 3 practices each, more only ' +
          'when scores tie. A pillar or practice is named on at least two scored answers, a practice with only ' +
          'one question that applies on its one answer. A score based on fewer than half of the questions that ' +
          'apply is uncertain and never named.',
        '',
        '- **Culture** (pillar): 100',
        '- **Automation** (pillar): 75',
        // All four Culture practices score 100: the three places and the tie with the third, four in all, said in
        // one sentence in the order the lesson introduces them; bank v1 asks "not just a tool set" once.
        '- Four practices tie at 100: Shared ownership (developers on call); Blameless post-mortems; Not just a ' +
          'tool set (one answer); Psychological safety.',
        '',
        '## Gaps',
        '',
        '- **Lean** (pillar): 25',
        '- Four practices tie at 25: Small, frequent releases; Small batches, limited work in progress; Flow ' +
          'without hand-offs and waste; Fast feedback.',
        '',
      ].join('\n'),
    )
  })

  test('"Try first": three steps from the lowest practices, two at most from Lean, the ties said in a sentence', () => {
    // Lean's four practices tie at 25 (every answer level 1), Automation's five at 75 (level 3), Culture's at 100
    // (level 4, nothing new to try). In the lesson's order the Lean ones are small-frequent-releases (3rd of the
    // lesson's practices), limit-work-in-progress, flow-and-handoffs and fast-feedback (CALMS reference): the
    // first two fill Lean's two places; the third place goes to the first Automation practice in the lesson's
    // order, automation-first-class (4th). Each step is for the practice's first question, all being equal.
    const step = (id: string) => escapeMarkdown(BANK_V1.questions.find((q) => q.id === id)?.nextStep ?? '')
    const tryFirst = text.slice(text.indexOf('## Try first'), text.indexOf('## All next steps'))
    expect(tryFirst.split('\n').filter((line) => /^\d\. /.test(line))).toEqual([
      `1. ${step('lean-change-size')}`,
      `2. ${step('lean-work-in-progress')}`,
      `3. ${step('automation-repeated-toil')}`,
    ])
    expect(tryFirst).toContain(
      '   - From your answer "Weeks of work from the whole team: dozens of features and fixes tested together" to ' +
        '"How big is a typical change by the time it reaches production?"\n' +
        '   - Small, frequent releases (Lesson: The Cultural Shift)',
    )
    expect(tryFirst).toContain(
      'Four practices tie at 25; these two come first because the lesson introduces them first, with at most ' +
        'two from one pillar.\n\nFive practices tie at 75; this one comes first because the lesson introduces it ' +
        'first.',
    )
  })

  test('"All next steps": every other answered question\'s step once, by pillar', () => {
    // 7 + 9 + 8 = 24 questions answered with a level; 3 are under "Try first"; the Measurement "Don't know" has
    // no step.
    const all = text.slice(text.indexOf('## All next steps'), text.indexOf('## What could not be answered'))
    expect(all.split('\n').filter((line) => line.startsWith('### '))).toEqual([
      '### Culture',
      '### Automation',
      '### Lean',
    ])
    const steps = all.split('\n').filter((line) => line.startsWith('- '))
    expect(steps).toHaveLength(24 - 3)
    const every = text.split('\n').filter((line) => /^(\d\. |- )/.test(line))
    for (const question of BANK_V1.questions) {
      const step = escapeMarkdown(question.nextStep ?? '')
      expect(every.filter((entry) => entry.endsWith(step)).length).toBeLessThanOrEqual(1)
    }
  })

  test('names the "Don\'t know" pillars, the missing DORA half and the mismatches', () => {
    expect(text).toContain(
      '- Measurement: 1 question answered "Don\'t know", itself a gap in shared visibility.',
    )
    // Without an overall cluster only the answered metric shows, on its own: monthly-to-six-monthly is 2024
    // Low's value (band 3).
    expect(text).toContain(
      [
        '## Delivery outcomes (DORA)',
        '',
        '**No overall cluster: answer at least one stability metric (change failure rate or failed deployment ' +
          'recovery time).**',
        '',
        '| Metric | Your answer |',
        '| :-- | :-- |',
        '| Deployment frequency | Monthly to every 6 months: Low (monthly to six-monthly) |',
        '',
        "A cluster's values are those of its typical team, not cut-offs. Throughput (deployment frequency",
      ].join('\n'),
    )
    expect(text).not.toContain('Speed and stability')
    expect(text).toContain(
      '### Practices and outcomes disagree\n\n- Automation scores 75/100, but you deploy',
    )
    expect(text.endsWith('What holds deployments back?\n')).toBe(true)
  })

  test('fast but unstable: the verdict first, each metric against 2024, then the finding', () => {
    // on demand and under an hour are within Elite's values; over 60% is worse than every 2024 value (the worst is
    // Low's 40%); recovery under an hour is Elite's. Throughput Elite, stability Low: the overall cluster is Low.
    const fast = writeSelfCheckMarkdown(
      buildSelfCheckReport(
        BANK_V1,
        {},
        {
          deploymentFrequency: 'df-on-demand',
          leadTime: 'lt-lt-1h',
          changeFailureRate: 'cfr-over-60',
          timeToRestore: 'ttr-lt-1h',
        },
      ),
      versions,
      exportedAt,
    )
    expect(fast).toContain(
      [
        '**DORA 2024 cluster: Low (throughput Elite, stability Low).**',
        '',
        '| Metric | Your answer |',
        '| :-- | :-- |',
        '| Deployment frequency | On demand, several times a day: Elite (on demand) |',
        '| Lead time for changes | Under an hour: Elite (less than one day) |',
        '| Change failure rate | Over 60%: worse than Low (40%) |',
        '| Failed deployment recovery time | Under an hour: Elite (less than one hour) |',
      ].join('\n'),
    )
    expect(fast).toContain(
      '### Speed and stability\n\nFast but unstable: your throughput (deployment frequency and lead time for changes) ' +
        'reaches Elite, your stability (change failure rate and failed deployment recovery time) only Low',
    )
    expect(fast).toContain(
      'do well on both. Look at what lets failing changes reach production and what slows recovery.\n\n' +
        'A change failure rate of over 60% is worse than the value of every DORA 2024 cluster, even Low (40%): ' +
        'on its own it makes your stability Low.\n',
    )
  })

  test('with nothing answered it says so instead of inventing scores', () => {
    const empty = writeSelfCheckMarkdown(buildSelfCheckReport(BANK_V1, {}, {}), versions, exportedAt)
    expect(empty).toContain('No pillar or practice stands out as a strength yet.')
    expect(empty).toContain('No pillar or practice scores low enough to be a gap.')
    expect(empty).toContain('**No overall cluster: answer at least one throughput metric')
    expect(empty).not.toContain('| Metric |')
    expect(empty).not.toContain('What could not be answered')
  })

  test('an uncertain pillar says what its score is based on, and is never named', () => {
    // Culture: one "Not applicable" and one level 4 of its 7 questions: 100 on 1 of 6 applicable, fewer than
    // half. Both are about shared ownership: 100 on its one question that applies, the only strength.
    const report = buildSelfCheckReport(
      BANK_V1,
      { 'culture-dev-on-call': 'not-applicable', 'culture-outcome-ownership': 4 },
      {},
    )
    const uncertain = writeSelfCheckMarkdown(report, versions, exportedAt)
    expect(uncertain).toContain('| Culture | 100 (uncertain, based on 1 of 6 answers) | 2 / 7 | 0 | 1 |')
    expect(uncertain.split('\n').filter((line) => line.startsWith('- **'))).toEqual([
      '- **Shared ownership (developers on call) (one answer)** (practice): 100',
    ])
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

  test('escapes the session name and aliases, names versions and each person by their kept number', () => {
    // Numbers 2 and 4 were removed before the export: the two without an alias are Respondent 3 and 5.
    const text = writeTeamMarkdown(
      { sessionName: 'Pay|ments\nretro', responses: three, numbers: [1, 3, 5] },
      BANK_V1,
      versions,
      exportedAt,
    )
    expect(text.split('\n').slice(0, 8)).toEqual([
      '# CALMS Radar team summary: Pay\\|ments retro',
      '',
      '- Session: Pay\\|ments retro',
      '- Respondents: 3 (\\*Ana\\* \\<b\\>, Respondent 3, Respondent 5)',
      '- Exported: 2026-11-21 10:00 UTC',
      '- Question bank version: 1',
      '- App version: CALMS Radar 0.1.0',
      '',
    ])
  })

  test('with three people: medians, spread, disagreements and the DORA distribution', () => {
    const text = writeTeamMarkdown(
      { sessionName: '', responses: three, numbers: [1, 2, 3] },
      BANK_V1,
      versions,
      exportedAt,
    )
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
      ['### Lead time for changes', '', '| Answer | People |', '| :-- | --: |', '| Under an hour | 1 |'].join(
        '\n',
      ),
    )
    expect(text).toContain("| Don't know | 1 |\n| Not answered | 1 |")
  })

  test("the team's DORA verdict from each metric's median answer, in the self-check's words", () => {
    const dora = (deploys: string, failures: string, restore: string) => ({
      deploymentFrequency: deploys,
      leadTime: 'lt-1h-1d',
      changeFailureRate: failures,
      timeToRestore: restore,
    })
    const team = [
      person(1, 1, { dora: dora('df-on-demand', 'cfr-0-5', 'ttr-lt-1h') }),
      person(3, 2, { dora: dora('df-daily-weekly', 'cfr-21-30', 'ttr-1d-1w') }),
      person(4, 3, { dora: dora('df-on-demand', 'cfr-16-20', 'dont-know') }),
    ]
    // Medians: deploys [0, 0, 1] -> on demand; lead time 1h-1d; failure rate [0-5, 16-20, 21-30] -> 16-20%;
    // recovery [<1h, 1d-1w] (one "Don't know") -> the worse middle answer, 1d-1w. Throughput Elite; stability
    // against Elite 3 + 2 = 5, against High 0 + (2 - 1) = 1 -> High. Overall High.
    const text = writeTeamMarkdown(
      { sessionName: '', responses: team, numbers: [1, 2, 3] },
      BANK_V1,
      versions,
      exportedAt,
    )
    expect(text).toContain(
      [
        '## DORA outcomes across the team',
        '',
        "The team's cluster comes from each metric's median answer among the people who gave one (with an even " +
          "number of answers, the worse of the two middle ones), by the same rule as one person's answers.",
        '',
        '**DORA 2024 cluster: High (throughput Elite, stability High).**',
        '',
        '| Metric | Team median |',
        '| :-- | :-- |',
        '| Deployment frequency | On demand, several times a day: Elite (on demand) |',
        '| Lead time for changes | 1 hour to 1 day: Elite (less than one day) |',
        '| Change failure rate | 16-20%: High (20%) |',
        '| Failed deployment recovery time | 1 day to 1 week: between High and Medium (both less ' +
          'than one day) and Low (one week to one month) |',
        '',
        "A cluster's values are those of its typical team, not cut-offs.",
      ].join('\n'),
    )
    expect(text).not.toContain('### Speed and stability')
    expect(text).toContain('### Deployment frequency\n\n| Answer | People |')
  })

  test('below three people the spread and the disagreements are left out', () => {
    const text = writeTeamMarkdown(
      { sessionName: '', responses: three.slice(0, 2), numbers: [1, 2] },
      BANK_V1,
      versions,
      exportedAt,
    )
    expect(text).toContain('| Culture | 2 | 50 | shown from 3 responses | shown from 3 responses | - |')
    expect(text).toContain('Left out with fewer than three responses')
    expect(text).not.toContain('who gets paged?**')
  })

  test('a comparison shown on the page is carried: baseline name and date, change per pillar and practice', () => {
    const report = buildSelfCheckReport(BANK_V1, { 'culture-dev-on-call': 3 }, {})
    const compared = writeSelfCheckMarkdown(report, versions, exportedAt, CHANGES)
    expect(compared).toContain(
      [
        '## Compared with Kickoff \\| \\*Q4\\*, taken 2026-10-01',
        '',
        '| Pillar | Baseline | Now | Change |',
        '| :-- | --: | --: | --: |',
        // 62.5 - 25 = 37.5, shown rounded as scores are: 63 now, +38.
        '| Culture | 25 | 63 | +38 |',
        '| Lean | 50 | - | - |',
        '',
        '| Practice | Baseline | Now | Change |',
        '| :-- | --: | --: | --: |',
        '| Blameless post-mortems | 75 | 50 | \u221225 |',
      ].join('\n'),
    )
    expect(writeSelfCheckMarkdown(report, versions, exportedAt)).not.toContain('## Compared with')
  })

  test("a comparison carries the baseline's DORA verdict and answers beside today's, in the same words", () => {
    const report = buildSelfCheckReport(
      BANK_V1,
      {},
      { deploymentFrequency: 'df-on-demand', changeFailureRate: 'cfr-21-30' },
    )
    const compared = writeSelfCheckMarkdown(report, versions, exportedAt, CHANGES)
    // Today: on demand is Elite; 21-30% is one band beyond High's 20% (band 3), within stability's one band:
    // stability High, overall High. Then: over 60% is worse than every value, stability Low, overall Low. Both
    // sides have an overall cluster, so all four metrics show.
    expect(compared).toContain(
      [
        '**DORA 2024 cluster: High (throughput Elite, stability High), from 2 of the 4 metrics; lead time for ' +
          'changes and failed deployment recovery time are missing.**',
        '',
        'In 2026-10-01 Kickoff \\| \\*Q4\\*: DORA 2024 cluster: Low (throughput Elite, stability Low), from 2 of ' +
          'the 4 metrics; lead time for changes and failed deployment recovery time are missing.',
        '',
        '| Metric | Your answer | 2026-10-01 Kickoff \\| \\*Q4\\* |',
        '| :-- | :-- | :-- |',
        '| Deployment frequency | On demand, several times a day: Elite (on demand) | On demand, several ' +
          'times a day: Elite (on demand) |',
        '| Lead time for changes | not answered | not answered |',
        '| Change failure rate | 21-30%: between High (20%) and Low (40%) | Over 60%: worse than Low (40%) |',
        '| Failed deployment recovery time | not answered | not answered |',
      ].join('\n'),
    )
  })
})
