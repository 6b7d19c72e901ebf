import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { BANK_VERSION, QUESTION_BANK } from '../domain/bank/question-bank.ts'
import { nextStepFor } from '../domain/bank/next-steps.ts'
import { describeFullCheckRemainder } from '../domain/bank/check-times.ts'
import { renderApp } from '../test-support/render-app.tsx'
import { FULL_CHECK_ITEMS, FULL_QUESTIONS, QUICK_QUESTIONS } from '../test-support/bank-counts.ts'

const culture = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')

function saveAnswers(
  answers: Record<string, number | string>,
  dora: Record<string, string> = {},
  depth?: 'quick' | 'full',
) {
  const answeredAt = Object.fromEntries(Object.keys(answers).map((id) => [id, 1000]))
  localStorage.setItem(
    'calms-radar:self-check',
    JSON.stringify({
      version: 3,
      state: {
        bankVersion: BANK_VERSION,
        answers,
        dora,
        answeredAt,
        lastStep: 6,
        resetAt: 0,
        setAside: [],
        setAsideAcknowledged: 0,
        ...(depth === undefined ? {} : { depth }),
      },
    }),
  )
}

test('a pillar without a scored answer shows "not enough answers", never 0', async () => {
  // Culture: every question at level 2 (50) except the first at level 4 (100):
  // mean = (100 + 50 * (n - 1)) / n; with n = 6: (100 + 250) / 6 = 58.33 -> 58.
  saveAnswers(Object.fromEntries(culture.map((question, index) => [question.id, index === 0 ? 4 : 2])))
  await renderApp('#/results')
  expect(await screen.findByRole('heading', { level: 1, name: 'Results' })).toBeInTheDocument()

  const table = screen.getByRole('table', { name: 'Scores by CALMS pillar' })
  const cultureRow = within(table).getByRole('row', { name: /Culture/ })
  expect(
    within(cultureRow)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual([
    String(Math.round((100 + 50 * (culture.length - 1)) / culture.length)),
    `${culture.length} / ${culture.length}`,
    '0',
    '0',
  ])
  const automationRow = within(table).getByRole('row', { name: /Automation/ })
  expect(within(automationRow).getAllByRole('cell')[0]).toHaveTextContent('not enough answers')

  const chart = screen.getByRole('img', { name: /^CALMS pillar scores, 0 to 100: Culture 58/ })
  expect(chart).toHaveAccessibleName(/Automation not enough answers/)
})

test('gaps are named; "Try first" gives their steps, each with its answer; every other step waits once under "All next steps"', async () => {
  const byId = new Map(culture.map((question) => [question.id, question]))
  const question = (id: string) => {
    const found = byId.get(id)
    if (!found) throw new Error(`no ${id}`)
    return found
  }
  // Culture: on-call and blame-in-reviews "Don't know", the other four at level 0: 0 on 4 of 6 answers, a gap.
  // Practices: shared-ownership has no score; blameless-postmortems 0 on one scored answer of two, never named;
  // psychological-safety (raising-concerns, owning-mistakes) 0 on two: a gap; not-just-tools (tool-adoption)
  // 0 on its one answer: a gap, "one answer".
  saveAnswers({
    'culture-dev-on-call': 'dont-know',
    'culture-blame-in-reviews': 'dont-know',
    'culture-postmortem-actions': 0,
    'culture-raising-concerns': 0,
    'culture-owning-mistakes': 0,
    'culture-tool-adoption': 0,
  })
  const { user } = await renderApp('#/results')

  const gaps = await screen.findByRole('region', { name: 'Gaps' })
  expect(
    within(gaps)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'Culture (pillar): 0',
    // Both at 0, in key order.
    'Not just a tool set (one answer) (practice): 0',
    'Psychological safety (practice): 0',
  ])

  // The two named practices tie at 0, both culture, both taken: not-just-tools first in the lesson. Each step is
  // for the practice's lowest answer, the first in bank order among equals.
  const steps = await screen.findByRole('region', { name: 'Try first' })
  const tryFirst = within(steps).getByRole('list', { name: 'Try first' })
  const items = within(tryFirst).getAllByRole('listitem')
  const tools = question('culture-tool-adoption')
  const concerns = question('culture-raising-concerns')
  expect(items.map((item) => within(item).getByText(/^From your answer/).textContent)).toEqual([
    `From your answer "${tools.options[0]}" to "${tools.text}".`,
    `From your answer "${concerns.options[0]}" to "${concerns.text}".`,
  ])
  expect(items[0]).toHaveTextContent(nextStepFor(tools, 0)?.text ?? 'missing')
  expect(steps).not.toHaveTextContent(/tie at/)

  // The rest, once each, collapsed: owning-mistakes and postmortem-actions; "Don't know" has no step.
  const all = within(steps).getByText('All next steps')
  const details = all.closest('details')
  expect(details).not.toHaveAttribute('open')
  await user.click(all)
  expect(details).toHaveAttribute('open')
  const rest = within(details as HTMLElement).getAllByRole('listitem')
  expect(rest.map((item) => within(item).getByText(/^From your answer/).textContent)).toEqual([
    `From your answer "${question('culture-postmortem-actions').options[0]}" to "${question('culture-postmortem-actions').text}".`,
    `From your answer "${question('culture-owning-mistakes').options[0]}" to "${question('culture-owning-mistakes').text}".`,
  ])
  for (const id of ['culture-tool-adoption', 'culture-postmortem-actions']) {
    expect(screen.getAllByText(nextStepFor(question(id), 0)?.text ?? 'missing')).toHaveLength(1)
  }

  const unknown = screen.getByRole('region', { name: 'What you could not answer' })
  expect(unknown).toHaveTextContent(
    'You could not answer 2 questions about culture: that itself is a gap in shared visibility.',
  )
})

test('a quick check with one scored answer per pillar names no pillar', async () => {
  // One quick question per pillar answered at level 0, every other quick question "Don't know": each pillar rests
  // on one scored answer, fewer than two. The practices asked once are named on their one answer.
  const quick = QUESTION_BANK.questions.filter((question) => question.quick === true)
  const firstOf = new Set(
    ['culture', 'automation', 'lean', 'measurement', 'sharing'].map(
      (pillar) => quick.find((question) => question.pillar === pillar)?.id,
    ),
  )
  saveAnswers(
    Object.fromEntries(quick.map((question) => [question.id, firstOf.has(question.id) ? 0 : 'dont-know'])),
    {},
    'quick',
  )
  await renderApp('#/results')
  const gaps = await screen.findByRole('region', { name: 'Gaps' })
  expect(within(gaps).queryByText(/\(pillar\)/)).not.toBeInTheDocument()
  expect(
    within(gaps)
      .getAllByRole('listitem')
      .every((item) => item.textContent.includes('(one answer)')),
  ).toBe(true)
  expect(screen.getByRole('region', { name: 'Strengths' })).toHaveTextContent(
    'No pillar or practice stands out as a strength yet.',
  )
})

test('a score on fewer than half of its answers is uncertain in the table, the chart and its text, and never named', async () => {
  const [onCall, blame] = culture
  if (!onCall || !onCall.allowNotApplicable || !blame || blame.practice !== 'blameless-postmortems')
    throw new Error('culture starts with on-call (N/A allowed), then the blameless review question')
  // Culture: one "Not applicable" and one level 4 of 6 questions: 100 on 1 of 5 applicable, fewer than half.
  // Blameless post-mortems (2 questions): 100 on 1 of 2, half, but one scored answer: not named either.
  saveAnswers({ [onCall.id]: 'not-applicable', [blame.id]: 4 })
  await renderApp('#/results')

  const table = await screen.findByRole('table', { name: 'Scores by CALMS pillar' })
  const cultureRow = within(table).getByRole('row', { name: /Culture/ })
  expect(within(cultureRow).getAllByRole('cell')[0]).toHaveTextContent(
    '100 (uncertain, based on 1 of 5 answers)',
  )
  const chart = screen.getByRole('img', { name: /^CALMS pillar scores, 0 to 100: / })
  expect(chart).toHaveAccessibleName(
    /Culture 100 \(uncertain, based on 1 of 5 answers\), Automation not enough/,
  )
  // The legend comes with the chart's code, which loads after the text results.
  expect(
    await screen.findByText(/A hollow, dashed point is uncertain: its score is based on fewer than half/),
  ).toBeInTheDocument()
  // The drawing itself: one hollow point, for Culture (no role names an SVG circle).
  const drawn = screen.getByRole('img', { name: /^CALMS pillar scores, 0 to 100: / })
  expect(drawn.querySelectorAll('.radar-dot-uncertain')).toHaveLength(1)

  const strengths = screen.getByRole('region', { name: 'Strengths' })
  expect(strengths).toHaveTextContent('No pillar or practice stands out as a strength yet.')
  expect(strengths).toHaveTextContent('A strength scores 75 or more and a gap 50 or less')
  // Its step (level 4 keeps it) is still there, once, under "All next steps".
  expect(await screen.findAllByText(nextStepFor(blame, 4)?.text ?? 'missing')).toHaveLength(1)
})

test('a quick check is scored on the questions it asked, says so, and continues to the full check', async () => {
  const quickCulture = culture.filter((question) => question.quick === true)
  // The three quick culture questions at level 3: 75 on 3 of the 3 it asked (the full check asks 6).
  saveAnswers(Object.fromEntries(quickCulture.map((question) => [question.id, 3])), {}, 'quick')
  const { user } = await renderApp('#/results')
  // The time left, not in all: the questions only the full check asks, at check-times.ts's minutes.
  expect(
    await screen.findByText(
      new RegExp(
        `These results rest on the quick check: ${QUICK_QUESTIONS} of ${FULL_QUESTIONS} questions\\. ` +
          `The full check asks the other ${FULL_QUESTIONS - QUICK_QUESTIONS}, ${describeFullCheckRemainder()}, ` +
          'marked “New” on each step',
      ),
    ),
  ).toBeInTheDocument()
  const table = screen.getByRole('table', { name: 'Scores by CALMS pillar' })
  expect(
    within(within(table).getByRole('row', { name: /Culture/ }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['75', '3 / 3', '0', '0'])

  await user.click(screen.getByRole('button', { name: 'Continue to the full check' }))
  // Culture still has three open questions, so the full check goes on at step 1, every answer kept.
  expect(await screen.findByRole('heading', { level: 1, name: 'Culture' })).toBeInTheDocument()
  expect(screen.getByText(`3 of ${FULL_CHECK_ITEMS} questions answered`)).toBeInTheDocument()
  const [first] = quickCulture
  const group = screen.getByRole('radiogroup', { name: `1. ${first?.text ?? ''}` })
  expect(within(group).getByRole('radio', { name: first?.options[3] ?? '' })).toBeChecked()
  expect(screen.getAllByRole('radiogroup', { name: /^\d\. / })).toHaveLength(culture.length)
  // The questions the quick check did not ask say "New" in their names; the ones it asked do not.
  expect(screen.getByText('Questions marked “New” were not in your quick check.')).toBeInTheDocument()
  const marked = screen
    .getAllByRole('radiogroup', { name: /^\d\. / })
    .filter((radios) => within(radios).queryByText('New') !== null)
  // Each radio's name is its question id.
  expect(marked.map((radios) => within(radios).getAllByRole('radio')[0]?.getAttribute('name'))).toEqual(
    culture.filter((question) => question.quick !== true).map((question) => question.id),
  )
})

test('the practice view shows the same numbers per lesson practice', async () => {
  saveAnswers(Object.fromEntries(culture.map((question) => [question.id, 3])))
  const { user } = await renderApp('#/results')
  await user.click(await screen.findByRole('button', { name: 'By practice' }))
  const table = screen.getByRole('table', { name: 'Scores by lesson practice' })
  expect(within(table).getByRole('row', { name: /Blameless post-mortems/ })).toHaveTextContent('75')
  expect(screen.getByRole('img', { name: /^Scores by lesson practice/ })).toBeInTheDocument()
})

test('the practice radar names its axes with short practice names, its text equivalent with the full ones', async () => {
  saveAnswers(Object.fromEntries(culture.map((question) => [question.id, 3])))
  const { user } = await renderApp('#/results')
  await user.click(await screen.findByRole('button', { name: 'By practice' }))
  const radar = screen.getByRole('img', { name: /^Scores by lesson practice/ })
  expect(within(radar).getByText('Post-mortems')).toBeInTheDocument()
  expect(within(radar).getByText('On call')).toBeInTheDocument()
  // A practice this check has no answers for keeps its short name and says it has no score.
  expect(within(radar).getByText('CI (no score)')).toBeInTheDocument()
  expect(within(radar).queryByText('1')).not.toBeInTheDocument()
  expect(radar).toHaveAccessibleName(expect.stringContaining('Blameless post-mortems 75'))
})

test('editing an answer from the results page updates the results', async () => {
  const [first] = culture
  if (!first) throw new Error('no culture question')
  saveAnswers({ [first.id]: 0 })
  const { user } = await renderApp('#/results')
  await user.click(await screen.findByRole('link', { name: 'Edit Culture answers' }))
  const group = await screen.findByRole('radiogroup', { name: `1. ${first.text}` })
  await user.click(within(group).getByRole('radio', { name: first.options[4] }))
  await user.click(screen.getByRole('link', { name: 'Results' }))
  const table = await screen.findByRole('table', { name: 'Scores by CALMS pillar' })
  expect(within(table).getByRole('row', { name: /Culture/ })).toHaveTextContent('100')
})

test('"Change this answer" beside a next step opens that question, focused, and "Back to results" shows the new answer', async () => {
  const third = culture[2]
  if (!third) throw new Error('culture needs three questions')
  // Culture: every question at level 0. Its practices tie at 0; shared-ownership and blameless-postmortems (its
  // first question, blame-in-reviews) are tried first, so the third question, postmortem-actions, waits under
  // "All next steps".
  saveAnswers(Object.fromEntries(culture.map((question) => [question.id, 0])))
  const { user } = await renderApp('#/results')
  const steps = await screen.findByRole('region', { name: 'Try first' })
  await user.click(within(steps).getByText('All next steps'))
  const source = `From your answer "${third.options[0]}" to "${third.text}".`
  const item = within(steps).getByText(source).closest('li')
  if (!item) throw new Error('the third culture question has no next step')
  const change = within(item).getByRole('link', { name: 'Change this answer' })
  expect(change).toHaveAccessibleDescription(source)
  await user.click(change)

  const group = await screen.findByRole('radiogroup', { name: `3. ${third.text}` })
  const chosen = within(group).getByRole('radio', { name: third.options[0] })
  expect(chosen).toHaveFocus()
  await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}')
  expect(within(group).getByRole('radio', { name: third.options[3] })).toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Back to results' }))

  // Culture: five questions at 0 and one at level 3 (75): 75 / 6 = 12.5 -> 13.
  const table = await screen.findByRole('table', { name: 'Scores by CALMS pillar' })
  expect(within(table).getByRole('row', { name: /Culture/ })).toHaveTextContent('13')
  const after = screen.getByRole('region', { name: 'Try first' })
  expect(after).not.toHaveTextContent(source)
  expect(after).toHaveTextContent(`From your answer "${third.options[3]}" to "${third.text}".`)
})

test('a question the self-check did not ask cannot be changed from a link, and the page says so', async () => {
  saveAnswers({}, {}, 'quick')
  const notQuick = QUESTION_BANK.questions.find((question) => question.quick !== true)
  if (!notQuick) throw new Error('every question is quick')
  await renderApp(`#/results/change/${notQuick.id}`)
  expect(
    await screen.findByRole('heading', { level: 1, name: 'This question is not in your self-check' }),
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to results' })).toHaveAttribute('href', '#/results')
})

test('a person whose only answer is a DORA "Don\'t know" sees the results and the exports', async () => {
  saveAnswers({}, { leadTime: 'dont-know' })
  await renderApp('#/results')
  expect(await screen.findByRole('heading', { level: 1, name: 'Results' })).toBeInTheDocument()
  expect(screen.queryByText(/nothing to show/)).not.toBeInTheDocument()

  const table = screen.getByRole('table', { name: 'Scores by CALMS pillar' })
  const scoreCells = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent)
  expect(scoreCells).toEqual(Array.from({ length: 5 }, () => 'not enough answers'))

  const dora = await screen.findByRole('region', { name: 'Delivery outcomes (DORA)' })
  expect(dora).toHaveTextContent('No overall cluster: answer at least one throughput metric')
  // Without an overall cluster the table shows the answered metric alone, "Don't know" included.
  const doraTable = within(dora).getByRole('table', { name: 'Each DORA metric against the 2024 clusters' })
  expect(within(doraTable).getByRole('row', { name: /Lead time for changes/ })).toHaveTextContent(
    "Don't know",
  )
  expect(within(doraTable).queryByRole('row', { name: /Deployment frequency/ })).not.toBeInTheDocument()
  expect(await screen.findByRole('region', { name: 'Export your results' })).toBeInTheDocument()
})

test('with nothing answered the page says so and offers no export', async () => {
  await renderApp('#/results')
  expect(await screen.findByText(/You have not answered any question yet/)).toBeInTheDocument()
  // The backup renders with the exports' section, so once it is there the exports would be too.
  expect(await screen.findByRole('region', { name: 'Back up or move your data' })).toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'Export your results' })).not.toBeInTheDocument()
})
