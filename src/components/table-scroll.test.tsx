import { render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { TableScroll } from './table-scroll.tsx'

// jsdom lays nothing out: each test says how wide the table is against its box.
function measure(scrollWidth: number, clientWidth: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth)
}

afterEach(() => {
  vi.restoreAllMocks()
})

const table = (
  <table>
    <caption>Scores</caption>
    <tbody>
      <tr>
        <td>1</td>
      </tr>
    </tbody>
  </table>
)

test('a table wider than its box says so in words, and the scroll box is described by it', () => {
  measure(600, 340)
  render(<TableScroll label="Scores">{table}</TableScroll>)
  expect(screen.getByText('Scroll sideways for more columns')).toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Scores' })).toHaveAccessibleDescription(
    'Scroll sideways for more columns',
  )
})

test('a table that fits shows no cue', () => {
  measure(340, 340)
  render(<TableScroll label="Scores">{table}</TableScroll>)
  expect(screen.queryByText('Scroll sideways for more columns')).not.toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Scores' })).not.toHaveAttribute('aria-describedby')
})
