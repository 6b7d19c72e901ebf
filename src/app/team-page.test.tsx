import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../domain/bank/question-bank.ts'
import { renderApp } from '../test-support/render-app.tsx'
import { responseAt, shareLink } from '../test-support/team-responses.ts'

test('with fewer than three responses the spread is hidden until the facilitator confirms', async () => {
  const { user } = await renderApp('#/team')
  await user.click(await screen.findByLabelText('Paste share links or codes, one per line'))
  await user.paste([shareLink(responseAt(1)), shareLink(responseAt(3))].join('\n'))
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))

  const table = await screen.findByRole('table', { name: 'Team scores by CALMS pillar' })
  // Culture: one person at 25, one at 75 -> median (25 + 75) / 2 = 50. Quartiles with linear interpolation:
  // q1 = 25 + 0.25 * 50 = 37.5, q3 = 25 + 0.75 * 50 = 62.5, so the middle half reads 38 to 63 once shown.
  const culturRow = within(table).getByRole('row', { name: /Culture/ })
  expect(
    within(culturRow)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['2', '50', 'shown from 3 responses', '-'])
  expect(screen.queryByRole('heading', { name: 'Where we disagree' })).not.toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Show the spread anyway' }))
  expect(
    within(culturRow)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual([
    '2',
    '50',
    '38 to 63',
    // Interquartile range 62.5 - 37.5 = 25 (medium); one person at 25 and another at 75: split.
    'medium (25), split',
  ])
  expect(screen.getByRole('heading', { name: 'Where we disagree' })).toBeInTheDocument()
})

test('a response can be removed, and the session name is kept', async () => {
  const { user } = await renderApp('#/team')
  await user.type(await screen.findByLabelText('Session name'), 'Payments retro')
  await user.click(screen.getByLabelText('Paste share links or codes, one per line'))
  await user.paste(shareLink(responseAt(2, { alias: 'Bo' })))
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))
  await user.click(await screen.findByRole('button', { name: 'Remove Bo' }))
  expect(screen.getByRole('heading', { name: 'Responses (0)' })).toBeInTheDocument()

  const again = await renderApp('#/team')
  expect(await screen.findByLabelText('Session name')).toHaveValue('Payments retro')
  again.unmount()
})

test('a split team: one person at each end and the rest in between reads "low", and split', async () => {
  const { user } = await renderApp('#/team')
  await user.click(await screen.findByLabelText('Paste share links or codes, one per line'))
  const people = [
    responseAt(4),
    responseAt(2),
    responseAt(2, { createdAt: '2026-11-22T11:00:00Z' }),
    responseAt(2, { createdAt: '2026-11-22T12:00:00Z' }),
    responseAt(0),
  ]
  await user.paste(people.map(shareLink).join('\n'))
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))

  const table = await screen.findByRole('table', { name: 'Team scores by CALMS pillar' })
  // Culture 0, 50, 50, 50, 100: q1 = 50, q3 = 50 -> middle half 50 to 50, IQR 0 (low); 0 and 100 -> split.
  expect(
    within(within(table).getByRole('row', { name: /Culture/ }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['5', '50', '50 to 50', 'low (0), split'])
  const disagreements = screen.getByRole('region', { name: 'Where we disagree' })
  const [first] = within(disagreements).getAllByRole('listitem')
  expect(first).toHaveTextContent('Split: answers at both ends.')
  // Its median 50 would make Culture a gap, but the team is split on it: talked about, not named.
  const findings = screen.getByRole('region', { name: 'Team strengths and gaps' })
  expect(
    within(findings).getByText('No pillar or practice has a team median low enough to be a gap.'),
  ).toBeInTheDocument()
  expect(within(findings).getByRole('list', { name: 'Split in the team' })).toHaveTextContent(
    'Culture (pillar): median 50 — split: discuss',
  )
})

test('"Remove" takes effect at once, and "Undo" puts that response back where it was', async () => {
  const { user } = await renderApp('#/team')
  await user.click(await screen.findByLabelText('Paste share links or codes, one per line'))
  await user.paste(
    [responseAt(1, { alias: 'Ana' }), responseAt(2, { alias: 'Bo' }), responseAt(3, { alias: 'Chi' })]
      .map(shareLink)
      .join('\n'),
  )
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))
  await user.click(await screen.findByRole('button', { name: 'Remove Bo' }))
  expect(screen.getByRole('heading', { name: 'Responses (2)' })).toBeInTheDocument()
  const undo = screen.getByRole('button', { name: 'Undo removing Bo' })
  expect(undo).toHaveFocus()

  await user.click(undo)
  expect(screen.getByRole('heading', { name: 'Responses (3)' })).toBeInTheDocument()
  const table = screen.getByRole('table', { name: 'Responses in this team view' })
  expect(
    within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Ana', 'Bo', 'Chi'])
  expect(screen.queryByRole('button', { name: 'Undo removing Bo' })).not.toBeInTheDocument()
})

test('quick and full checks combine; a question a quick check skipped counts its people as not asked', async () => {
  const culture = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')
  const quickOnly = culture.filter((question) => question.quick === true)
  const fullOnly = culture.find((question) => question.quick !== true)
  if (fullOnly === undefined) throw new Error('culture has a question only the full check asks')
  const at = (level: 0 | 4) => Object.fromEntries(culture.map((question) => [question.id, level]))
  const quick = responseAt(2, { answers: Object.fromEntries(quickOnly.map((question) => [question.id, 2])) })
  const { user } = await renderApp('#/team')
  await user.click(await screen.findByLabelText('Paste share links or codes, one per line'))
  await user.paste(
    [
      shareLink(responseAt(0, { answers: at(0) })),
      shareLink(responseAt(4, { answers: at(4) })),
      shareLink(quick),
    ].join('\n'),
  )
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))

  const table = await screen.findByRole('table', { name: 'Team scores by CALMS pillar' })
  expect(within(table).getByRole('columnheader', { name: 'People with a score' })).toBeInTheDocument()
  // Culture: 0, 100 and the quick check's 50 on its three questions: three people with a score.
  expect(
    within(within(table).getByRole('row', { name: /Culture/ })).getAllByRole('cell')[0],
  ).toHaveTextContent('3')
  const disagreements = screen.getByRole('region', { name: 'Where we disagree' })
  const entry = within(disagreements).getByText(fullOnly.text).closest('li')
  expect(entry).toHaveTextContent('Not asked (quick check): 1')
  expect(entry).not.toHaveTextContent('Left blank')
})

test('after people are added and one is removed, every team figure ends up counting the team as it now is', async () => {
  const { user } = await renderApp('#/team')
  await user.click(await screen.findByLabelText('Paste share links or codes, one per line'))
  await user.paste(
    [responseAt(1, { alias: 'Ana' }), responseAt(3, { alias: 'Bo' }), responseAt(4, { alias: 'Chi' })]
      .map(shareLink)
      .join('\n'),
  )
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))
  const scores = await screen.findByRole('table', { name: 'Team scores by CALMS pillar' })
  const culture = () =>
    within(within(scores).getByRole('row', { name: /Culture/ }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
  const onDemand = () =>
    within(screen.getByRole('table', { name: 'Deployment frequency' })).getByRole('row', {
      name: /On demand/,
    })
  // Culture 25, 75 and 100: three people, median 75. Deploying on demand: Bo and Chi (levels above 2).
  await waitFor(() => expect(culture().slice(0, 2)).toEqual(['3', '75']))
  expect(
    screen.getByRole('img', { name: /^Team radar, 0 to 100: Culture median 75[ ,]/ }),
  ).toBeInTheDocument()
  expect(within(onDemand()).getByRole('cell')).toHaveTextContent('2')

  await user.click(screen.getByRole('button', { name: 'Remove Chi' }))
  expect(screen.getByRole('heading', { name: 'Responses (2)' })).toBeInTheDocument()
  // Culture 25 and 75: two people, median (25 + 75) / 2 = 50. Deploying on demand: Bo alone.
  await waitFor(() => expect(culture().slice(0, 2)).toEqual(['2', '50']))
  expect(
    screen.getByRole('img', { name: /^Team radar, 0 to 100: Culture median 50[ ,]/ }),
  ).toBeInTheDocument()
  expect(within(onDemand()).getByRole('cell')).toHaveTextContent('1')
})

const sectionHeadings = () =>
  screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)

test("a facilitator's path: name, invite, collect and present, with the setup open while no one has answered", async () => {
  await renderApp('#/team')
  await screen.findByLabelText('Session name')
  const path = ['1. Name the session', '2. Invite', '3. Collect responses', '4. Present']
  expect(sectionHeadings().filter((heading) => path.includes(heading))).toEqual(path)
  expect(screen.getByLabelText('Paste share links or codes, one per line')).toBeVisible()
  expect(screen.getByLabelText('Import survey CSV')).toBeVisible()
  expect(screen.getByRole('img', { name: /^QR code for / })).toBeVisible()
  expect(screen.getByText(/^No responses yet: the team/)).toBeInTheDocument()
})

test('once responses are added, the page moves to the results, which come first, and the setup folds away', async () => {
  const { user } = await renderApp('#/team')
  await user.click(await screen.findByLabelText('Paste share links or codes, one per line'))
  await user.paste([shareLink(responseAt(1)), shareLink(responseAt(3))].join('\n'))
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))

  const results = await screen.findByRole('heading', { name: 'Where the team stands' })
  await waitFor(() => expect(results).toHaveFocus())
  // What went in is said where the person now is, not in the folded setup.
  expect(screen.getByText('2 added.')).toBeVisible()
  expect(screen.getByText('2 added.')).toHaveRole('status')
  const headings = sectionHeadings()
  expect(headings.indexOf('Where the team stands')).toBeLessThan(headings.indexOf('1. Name the session'))
  expect(screen.getByLabelText('Paste share links or codes, one per line')).not.toBeVisible()
  expect(screen.getByRole('img', { name: /^QR code for / })).not.toBeVisible()
  // The list of who answered, the copy button and the session name stay in view.
  expect(screen.getByRole('heading', { name: 'Responses (2)' })).toBeVisible()
  expect(screen.getByRole('button', { name: 'Copy invitation link' })).toBeVisible()
  expect(screen.getByText('The results show 2 responses, at the top of this page.')).toBeInTheDocument()
  expect(screen.getByText(/^The spread between answers is hidden: with fewer than three/)).toBeInTheDocument()

  // The folded setup opens again (from the keyboard too: tests/team.e2e.ts), and more responses can be added.
  await user.click(screen.getByText('Add responses: paste links, choose files or import a survey'))
  expect(screen.getByLabelText('Paste share links or codes, one per line')).toBeVisible()
  await user.click(screen.getByLabelText('Paste share links or codes, one per line'))
  await user.paste(shareLink(responseAt(2)))
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))
  expect(
    await screen.findByText('The results show 3 responses, at the top of this page.'),
  ).toBeInTheDocument()
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Where the team stands' })).toHaveFocus())
  expect(screen.getByText(/^The spread between answers is shown/)).toBeInTheDocument()
  expect(screen.getByLabelText('Paste share links or codes, one per line')).not.toBeVisible()
})

test('an addition that left something out stays where it is, so its report can be read', async () => {
  const { user } = await renderApp('#/team')
  await user.click(await screen.findByLabelText('Paste share links or codes, one per line'))
  await user.paste([shareLink(responseAt(1)), shareLink(responseAt(2)).slice(0, -4)].join('\n'))
  const add = screen.getByRole('button', { name: 'Add pasted responses' })
  await user.click(add)

  expect(await screen.findByText('1 added, 1 could not be read:')).toBeVisible()
  expect(await screen.findByRole('heading', { name: 'Where the team stands' })).not.toHaveFocus()
  expect(add).toHaveFocus()
  const headings = sectionHeadings()
  expect(headings.indexOf('3. Collect responses')).toBeLessThan(headings.indexOf('Where the team stands'))
})

test('opened with responses kept from before, the results come first and the setup is folded', async () => {
  const { user } = await renderApp('#/team')
  await user.click(await screen.findByLabelText('Paste share links or codes, one per line'))
  await user.paste(shareLink(responseAt(2, { alias: 'Bo' })))
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))
  await screen.findByRole('button', { name: 'Remove Bo' })

  await renderApp('#/team')
  await screen.findByRole('heading', { name: 'Where the team stands' })
  expect(sectionHeadings()[0]).toBe('Where the team stands')
  expect(screen.getByLabelText('Paste share links or codes, one per line')).not.toBeVisible()

  // Removing the last response brings the setup back, open.
  await user.click(screen.getByRole('button', { name: 'Remove Bo' }))
  expect(screen.getByLabelText('Paste share links or codes, one per line')).toBeVisible()
  expect(sectionHeadings()[0]).toBe('1. Name the session')
})
