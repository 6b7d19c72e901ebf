import { describe, expect, test } from 'vitest'
import { LEVELS } from '../bank/answers.ts'
import { QUESTION_BANK } from '../bank/question-bank.ts'
import { bank, p1, p2, p3, p4, team } from '../../test-support/team-fixture.ts'
import { teamStrengthsAndGaps } from './team-findings.ts'
import {
  buildPresentSlides,
  CHARS_PER_LINE,
  continuedHeading,
  FINDINGS_LINES_PER_SLIDE,
  linesOf,
  paginate,
  paginateLines,
  type PresentInput,
  type Slide,
} from './present-slides.ts'

const input = (extra: Partial<PresentInput> = {}): PresentInput => ({
  responses: team,
  bank,
  targets: {},
  sessionName: 'Payments retro',
  spreadShown: true,
  ...extra,
})

const ofKind = <K extends Slide['kind']>(slides: readonly Slide[], kind: K) =>
  slides.filter((slide): slide is Extract<Slide, { kind: K }> => slide.kind === kind)

describe('paginate', () => {
  test('cuts a list into pages of at most the size, and nothing at all into one empty page', () => {
    expect(paginate([1, 2, 3, 4, 5, 6, 7, 8], 3)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8],
    ])
    expect(paginate([1, 2, 3], 3)).toEqual([[1, 2, 3]])
    expect(paginate([], 3)).toEqual([[]])
  })

  test('cuts by lines: an item goes to the next page when it would pass the budget, a long one alone', () => {
    // Budget 4: 2 + 1 = 3 fit, 2 more would be 5; then 2 alone, then 6 (longer than a page) alone, then 1.
    expect(paginateLines([2, 1, 2, 6, 1], (lines) => lines, 4)).toEqual([[2, 1], [2], [6], [1]])
    expect(paginateLines([], () => 1, 4)).toEqual([[]])
  })

  test('a text counts a line for every CHARS_PER_LINE characters begun', () => {
    expect(linesOf('')).toBe(1)
    expect(linesOf('x'.repeat(CHARS_PER_LINE))).toBe(1)
    expect(linesOf('x'.repeat(CHARS_PER_LINE + 1))).toBe(2)
  })

  test('a page after the first says it continues', () => {
    expect(continuedHeading('Strengths and gaps', 0)).toBe('Strengths and gaps')
    expect(continuedHeading('Strengths and gaps', 1)).toBe('Strengths and gaps (continued)')
  })
})

describe('buildPresentSlides', () => {
  test('without responses, one slide says there is nothing to present yet', () => {
    expect(buildPresentSlides(input({ responses: [] }))).toEqual([
      { kind: 'nothing', heading: 'Nothing to present yet' },
    ])
  })

  test('the slides come in the order the room sees them', () => {
    // Four disagreements (every fixture question has a spread), one answered DORA metric, then its verdict; the
    // developers are three, so the role slide shows, between the findings and "Try first".
    expect(buildPresentSlides(input()).map((slide) => slide.heading)).toEqual([
      'Payments retro',
      'Where the team stands',
      'Where we disagree: 1 of 4',
      'Where we disagree: 2 of 4',
      'Where we disagree: 3 of 4',
      'Where we disagree: 4 of 4',
      'Deployment frequency',
      "The team's DORA verdict",
      'Strengths and gaps',
      'By role',
      'Try first',
    ])
  })

  test('the first slide names the session, or "Team session", and how many people answered', () => {
    expect(buildPresentSlides(input())[0]).toEqual({
      kind: 'session',
      heading: 'Payments retro',
      answered: '4 people answered',
    })
    expect(buildPresentSlides(input({ responses: [p1], sessionName: '  ' }))[0]).toEqual({
      kind: 'session',
      heading: 'Team session',
      answered: '1 person answered',
    })
  })

  test('the radar slide holds the medians, the middle half and the targets', () => {
    const [radar] = ofKind(buildPresentSlides(input({ targets: { culture: 80 } })), 'radar')
    // Culture 75, 25, 75, 50 -> sorted 25, 50, 75, 75: median (50 + 75) / 2 = 62.5; q1 at position 0.75:
    // 25 + 0.75 * 25 = 43.75; q3 at position 2.25: 75. Automation 75, 100, 50 -> 50, 75, 100: median 75, q1 at
    // 0.5: 62.5, q3 at 1.5: 87.5. Lean 0 and 100: median 50, q1 25, q3 75. Measurement and sharing: nobody.
    expect(radar?.pillars).toEqual([
      { pillar: 'culture', label: 'Culture', median: 62.5, middleHalf: { q1: 43.75, q3: 75 }, target: 80 },
      { pillar: 'automation', label: 'Automation', median: 75, middleHalf: { q1: 62.5, q3: 87.5 } },
      { pillar: 'lean', label: 'Lean', median: 50, middleHalf: { q1: 25, q3: 75 } },
      { pillar: 'measurement', label: 'Measurement' },
      { pillar: 'sharing', label: 'Sharing' },
    ])
    expect(radar?.targetsShown).toBe(true)
  })

  test('a disagreement slide per question, a split first, with a bar per option and the other answers apart', () => {
    const slides = ofKind(buildPresentSlides(input()), 'disagreement')
    // lean-1: levels 0 and 4, split, range 4; culture-1: levels 4, 1, 3, 2 (scores 100 and 25: split), range 3;
    // automation-1: levels 3, 4, 2, range 2; culture-2: levels 2 and 1, range 1.
    expect(slides.map((slide) => [slide.questionId, slide.split])).toEqual([
      ['lean-1', true],
      ['culture-1', true],
      ['automation-1', false],
      ['culture-2', false],
    ])
    // lean-1: P2 level 0, P3 level 4, P1 "Don't know", P4 blank; it allows no "Not applicable".
    expect(slides[0]).toMatchObject({
      question: 'Fixture question lean-1?',
      pillarLabel: 'Lean',
      practice: 'shared-ownership',
      tally: {
        options: [
          { label: 'Level zero', count: 1 },
          { label: 'Level one', count: 0 },
          { label: 'Level two', count: 0 },
          { label: 'Level three', count: 0 },
          { label: 'Level four', count: 1 },
        ],
        apart: [
          { label: "Don't know", count: 1 },
          { label: 'Left blank', count: 1 },
        ],
      },
    })
    // automation-1 allows it: P2 answered "Not applicable"; nobody left it blank.
    expect(slides[2]?.tally.apart).toEqual([
      { label: "Don't know", count: 0 },
      { label: 'Not applicable', count: 1 },
    ])
  })

  test('without the spread: no disagreement slides, no middle half and no split listed', () => {
    const slides = buildPresentSlides(input({ spreadShown: false }))
    expect(ofKind(slides, 'disagreement')).toEqual([])
    expect(ofKind(slides, 'radar')[0]?.pillars[0]).toEqual({
      pillar: 'culture',
      label: 'Culture',
      median: 62.5,
    })
    const titles = ofKind(slides, 'findings').flatMap((slide) => slide.groups.map((group) => group.title))
    expect(titles).not.toContain('Split: discuss')
  })

  test('a DORA metric slide only for a metric someone answered, then the verdict', () => {
    const slides = buildPresentSlides(input())
    // Deployment frequency: P1 and P2 on demand, P3 "Don't know", P4 no answer. Nobody answered the others.
    expect(ofKind(slides, 'dora-metric')).toEqual([
      {
        kind: 'dora-metric',
        heading: 'Deployment frequency',
        metric: 'deploymentFrequency',
        tally: {
          options: [
            { label: 'On demand, several times a day', count: 2 },
            { label: 'Daily to weekly', count: 0 },
            { label: 'Weekly to monthly', count: 0 },
            { label: 'Monthly to every 6 months', count: 0 },
            { label: 'Less than every 6 months', count: 0 },
          ],
          apart: [
            { label: "Don't know", count: 1 },
            { label: 'Not answered', count: 1 },
          ],
        },
      },
    ])
    const [verdict] = ofKind(slides, 'dora-verdict')
    // No stability metric answered: no overall cluster. The one metric answered stands on its own.
    expect(verdict?.verdict).toMatch(/^No overall cluster: answer at least one stability metric/)
    expect(verdict?.lines[0]).toMatch(/^Deployment frequency: On demand, several times a day: /)
    expect(buildPresentSlides(input({ responses: [p4] })).map((slide) => slide.kind)).not.toContain(
      'dora-verdict',
    )
  })

  test('the role slide shows roles of three or more people, and only the head count of the others', () => {
    const [roles] = ofKind(buildPresentSlides(input()), 'role')
    // Developers P1, P2, P4: culture 75, 25, 50 -> median 50. Automation: P2 has no score, so two people, too
    // few for a figure; lean: P2 alone. Operations: P3 alone.
    expect(roles).toEqual({
      kind: 'role',
      heading: 'By role',
      rows: [{ role: 'Developer', count: 3, medians: [50, undefined, undefined, undefined, undefined] }],
      hidden: 'Not shown, to protect anonymity (fewer than 3 people): Operations (1).',
    })
    expect(ofKind(buildPresentSlides(input({ responses: [p1, p2, p3] })), 'role')).toEqual([])
  })

  test('what does not fit a findings slide continues on the next, headed "(continued)"', () => {
    // The real bank, everyone at a different level per practice: more findings than one slide holds.
    const questions = QUESTION_BANK.questions
    const people = [0, 1, 2].map((shift) => ({
      bankVersion: QUESTION_BANK.bankVersion,
      answers: Object.fromEntries(
        questions.map((question, at) => [question.id, LEVELS[(at + shift) % 5] ?? 0]),
      ),
      dora: {},
      createdAt: `2026-11-2${shift}T10:00:00Z`,
    }))
    const slides = ofKind(
      buildPresentSlides(input({ responses: people, bank: QUESTION_BANK, spreadShown: true })),
      'findings',
    )
    const lines = slides.flatMap((slide) => slide.groups.flatMap((group) => group.lines))
    const { findings, split } = teamStrengthsAndGaps(people, QUESTION_BANK)
    expect(lines.reduce((total, line) => total + linesOf(line), 0)).toBeGreaterThan(FINDINGS_LINES_PER_SLIDE)
    expect(slides.length).toBeGreaterThan(1)
    expect(slides.map((slide) => slide.heading)).toEqual([
      'Strengths and gaps',
      ...Array.from({ length: slides.length - 1 }, () => 'Strengths and gaps (continued)'),
    ])
    for (const slide of slides) {
      const onSlide = slide.groups.flatMap((group) => group.lines)
      if (onSlide.length > 1)
        expect(onSlide.reduce((total, line) => total + linesOf(line), 0)).toBeLessThanOrEqual(
          FINDINGS_LINES_PER_SLIDE,
        )
    }
    // Every line once, split ones never as a strength or gap.
    expect(lines.filter((line) => line.endsWith('split: discuss'))).toHaveLength(split.length)
    expect(new Set(lines).size).toBe(lines.length)
    expect(findings.strengths.length + findings.gaps.length).toBeGreaterThan(0)
  })

  test('no respondent alias anywhere in the slides', () => {
    const named = [
      { ...p1, alias: 'Ana Alias' },
      { ...p2, alias: 'Bo Secret' },
      { ...p3, alias: 'Chi Hidden' },
      { ...p4, alias: 'Dee Private' },
    ]
    const text = JSON.stringify(buildPresentSlides(input({ responses: named })))
    for (const alias of ['Ana', 'Bo Secret', 'Chi', 'Dee']) expect(text).not.toContain(alias)
  })
})
