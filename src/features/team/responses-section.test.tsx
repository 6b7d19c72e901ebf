import { fireEvent, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp } from '../../test-support/render-app.tsx'
import { responseAt, shareLink } from '../../test-support/team-responses.ts'

/** 120 people with one alias each, a second apart: three pages of 50, 50 and 20. */
async function openTeamOf120() {
  const view = await renderApp('#/team')
  const links = Array.from({ length: 120 }, (_, index) =>
    shareLink(
      responseAt(2, {
        alias: `Person ${index + 1}`,
        createdAt: `2026-11-22T10:${String(Math.floor(index / 60)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}Z`,
      }),
    ),
  )
  await view.user.click(await screen.findByLabelText('Paste share links or codes, one per line'))
  await view.user.paste(links.join('\n'))
  await view.user.click(screen.getByRole('button', { name: 'Add pasted responses' }))
  await screen.findByRole('heading', { name: 'Responses (120)' })
  return view
}

const listedNames = () =>
  within(screen.getByRole('table', { name: 'Responses in this team view' }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)

test('a long list of responses shows pages of 50 with a count, and Previous and Next', async () => {
  const { user } = await openTeamOf120()
  const pages = screen.getByRole('navigation', { name: 'Pages of responses' })
  expect(within(pages).getByRole('status')).toHaveTextContent('Showing 1–50 of 120 responses')
  expect(listedNames()).toHaveLength(50)
  expect(listedNames()[0]).toBe('Person 1')
  const previous = within(pages).getByRole('button', { name: 'Previous page of responses' })
  const next = within(pages).getByRole('button', { name: 'Next page of responses' })
  expect(previous).toHaveAttribute('aria-disabled', 'true')

  await user.click(next)
  expect(within(pages).getByRole('status')).toHaveTextContent('Showing 51–100 of 120 responses')
  expect(listedNames()[0]).toBe('Person 51')
  await user.click(next)
  // 120 - 100 = 20 on the last page.
  expect(within(pages).getByRole('status')).toHaveTextContent('Showing 101–120 of 120 responses')
  expect(listedNames()).toHaveLength(20)
  expect(next).toHaveAttribute('aria-disabled', 'true')
  await user.click(next)
  expect(listedNames()[0]).toBe('Person 101')

  await user.click(previous)
  expect(listedNames()[0]).toBe('Person 51')
})

test('removing on a page removes that person, and the count follows', async () => {
  const { user } = await openTeamOf120()
  await user.click(screen.getByRole('button', { name: 'Next page of responses' }))
  await user.click(screen.getByRole('button', { name: 'Remove Person 60' }))
  expect(screen.getByRole('heading', { name: 'Responses (119)' })).toBeInTheDocument()
  expect(
    within(screen.getByRole('navigation', { name: 'Pages of responses' })).getByRole('status'),
  ).toHaveTextContent('Showing 51–100 of 119 responses')
  // Person 60 was 10th on the page; Person 101 moves up to fill it.
  expect(listedNames()).not.toContain('Person 60')
  expect(listedNames().at(-1)).toBe('Person 101')
})

test('printing shows every response, and the screen goes back to its page afterwards', async () => {
  const { user } = await openTeamOf120()
  await user.click(screen.getByRole('button', { name: 'Next page of responses' }))
  fireEvent(window, new Event('beforeprint'))
  expect(listedNames()).toHaveLength(120)
  fireEvent(window, new Event('afterprint'))
  expect(listedNames()).toHaveLength(50)
  expect(listedNames()[0]).toBe('Person 51')
})

test('a team that fits on one page has no page controls', async () => {
  const { user } = await renderApp('#/team')
  await user.click(await screen.findByLabelText('Paste share links or codes, one per line'))
  await user.paste([shareLink(responseAt(1)), shareLink(responseAt(3))].join('\n'))
  await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))
  expect(await screen.findByRole('heading', { name: 'Responses (2)' })).toBeInTheDocument()
  expect(screen.queryByRole('navigation', { name: 'Pages of responses' })).not.toBeInTheDocument()
})

test('each person keeps their number: removing, adding, Undo and a reload renumber no one', async () => {
  const paste = async (
    user: Awaited<ReturnType<typeof renderApp>>['user'],
    levels: (0 | 1 | 2 | 3 | 4)[],
  ) => {
    await user.click(await screen.findByLabelText('Paste share links or codes, one per line'))
    await user.paste(levels.map((level) => shareLink(responseAt(level))).join('\n'))
    await user.click(screen.getByRole('button', { name: 'Add pasted responses' }))
  }
  const { user } = await renderApp('#/team')
  // Three people without an alias: 1, 2 and 3 in the order they came.
  await paste(user, [1, 2, 3])
  await screen.findByRole('heading', { name: 'Responses (3)' })
  expect(listedNames()).toEqual(['Respondent 1', 'Respondent 2', 'Respondent 3'])

  // Removing the 2nd leaves 1 and 3, and the Undo names the one removed.
  await user.click(screen.getByRole('button', { name: 'Remove Respondent 2' }))
  expect(listedNames()).toEqual(['Respondent 1', 'Respondent 3'])
  expect(screen.getByText(/^Removed/)).toHaveTextContent('Removed Respondent 2.')

  // A newcomer gets 4: number 2 is not given again.
  await paste(user, [4])
  await screen.findByRole('heading', { name: 'Responses (3)' })
  expect(listedNames()).toEqual(['Respondent 1', 'Respondent 3', 'Respondent 4'])

  // Undo puts 2 back in its place, under its number.
  await user.click(screen.getByRole('button', { name: 'Undo removing Respondent 2' }))
  expect(listedNames()).toEqual(['Respondent 1', 'Respondent 2', 'Respondent 3', 'Respondent 4'])

  // After removing 3, a reload shows the same names.
  await user.click(screen.getByRole('button', { name: 'Remove Respondent 3' }))
  await renderApp('#/team')
  await screen.findByRole('heading', { name: 'Responses (3)' })
  expect(listedNames()).toEqual(['Respondent 1', 'Respondent 2', 'Respondent 4'])
  expect(screen.getByRole('button', { name: 'Remove Respondent 4' })).toBeInTheDocument()
})
