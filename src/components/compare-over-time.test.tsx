import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useRef, useState } from 'react'
import { expect, test } from 'vitest'
import { CompareOverTimeSection, SnapshotPicker } from './compare-over-time.tsx'

interface Saved {
  id: string
  label: string
}

function Page({ initial }: { initial: Saved[] }) {
  const [snapshots, setSnapshots] = useState(initial)
  const [comparedId, setComparedId] = useState<string | undefined>()
  const [status, setStatus] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  return (
    <CompareOverTimeSection intro="Rounds kept earlier." headingRef={headingRef}>
      <SnapshotPicker
        snapshots={snapshots}
        describe={(snapshot) => snapshot.label}
        noun="team snapshot"
        compared={snapshots.find((snapshot) => snapshot.id === comparedId)}
        onCompare={setComparedId}
        onDelete={(id) => setSnapshots((list) => list.filter((snapshot) => snapshot.id !== id))}
        onDeleted={setStatus}
        focusWhenEmpty={headingRef}
      >
        <p>Then and now</p>
      </SnapshotPicker>
      <p role="status">{status}</p>
    </CompareOverTimeSection>
  )
}

test('a compared snapshot shows what it compares and is deleted after asking; focus goes back to the list', async () => {
  const user = userEvent.setup()
  render(
    <Page
      initial={[
        { id: 'a', label: 'Retro 1' },
        { id: 'b', label: 'Retro 2' },
      ]}
    />,
  )
  expect(screen.getByRole('heading', { level: 2, name: 'Compare over time' })).toBeInTheDocument()
  expect(screen.queryByText('Then and now')).not.toBeInTheDocument()

  await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), 'Retro 1')
  expect(screen.getByText('Then and now')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Delete snapshot' }))
  expect(screen.getByText('Delete the team snapshot "Retro 1"? This cannot be undone.')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Delete' }))

  expect(screen.getByRole('status')).toHaveTextContent('Team snapshot "Retro 1" deleted.')
  const list = screen.getByRole('combobox', { name: 'Compare with' })
  expect(list).toHaveFocus()
  expect(list).toHaveValue('')
  expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Nothing', 'Retro 2'])
})

test('deleting the last snapshot takes the list with it, and focus goes where the page says', async () => {
  const user = userEvent.setup()
  render(<Page initial={[{ id: 'a', label: 'Retro 1' }]} />)
  await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), 'Retro 1')
  await user.click(screen.getByRole('button', { name: 'Delete snapshot' }))
  await user.click(screen.getByRole('button', { name: 'Delete' }))

  expect(screen.queryByRole('combobox', { name: 'Compare with' })).not.toBeInTheDocument()
  expect(screen.getByRole('heading', { level: 2, name: 'Compare over time' })).toHaveFocus()
})
