import { act, screen, within } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { renderApp } from '../../test-support/render-app.tsx'
import { captureDownloads } from '../../test-support/capture-downloads.ts'
import { KEPT_KINDS } from '../../store/device-registry.ts'

const SELF_CHECK = JSON.stringify({
  version: 3,
  state: {
    bankVersion: 2,
    answers: { 'culture-dev-on-call': 4 },
    dora: {},
    answeredAt: { 'culture-dev-on-call': 1_800_000_000_000 },
    lastStep: 2,
    resetAt: 0,
    profile: { alias: 'Ana', role: 'developer' },
    setAside: [],
    setAsideAcknowledged: 0,
  },
})
const TEAM = JSON.stringify({ version: 1, state: { sessionName: 'Payments retro', responses: [] } })
const SNAPSHOTS = JSON.stringify({
  version: 1,
  state: {
    snapshots: [
      {
        id: 'snapshot-2026-11-26T09:30:15Z',
        takenAt: '2026-11-26T09:30:15Z',
        label: 'Kickoff',
        bankVersion: 1,
        answers: { 'culture-dev-on-call': 2 },
        dora: {},
      },
    ],
  },
})
const UNREADABLE_KEY = 'calms-radar:self-check:unreadable:2026-11-20T09:00:00.000Z'

function storeEverything() {
  localStorage.setItem('calms-radar:self-check', SELF_CHECK)
  localStorage.setItem('calms-radar:team', TEAM)
  localStorage.setItem('calms-radar:snapshots', SNAPSHOTS)
  localStorage.setItem(UNREADABLE_KEY, '{"state":')
  localStorage.setItem('other-app:settings', 'keep me')
}

const storedKeys = () => Object.keys(localStorage).sort()

/** jsdom has neither caches nor service workers: stand-ins with one of ours and one of another app each. */
function fakeOfflineCopy() {
  const caches = {
    keys: vi.fn(() =>
      Promise.resolve(['calms-radar-precache-v2-http://localhost:3000/', 'other-app-precache-v1']),
    ),
    delete: vi.fn(() => Promise.resolve(true)),
  }
  const own = { scope: 'http://localhost:3000/', unregister: vi.fn(() => Promise.resolve(true)) }
  const other = { scope: 'http://localhost:3000/other-app/', unregister: vi.fn(() => Promise.resolve(true)) }
  const serviceWorker = { getRegistrations: vi.fn(() => Promise.resolve([own, other])) }
  Object.defineProperty(window, 'caches', { configurable: true, value: caches })
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: serviceWorker })
  return { caches, own, other }
}

afterEach(() => {
  Reflect.deleteProperty(window, 'caches')
  Reflect.deleteProperty(navigator, 'serviceWorker')
})

async function openClearDevice() {
  const view = await renderApp('#/results')
  const region = await screen.findByRole('region', { name: 'Back up or move your data' })
  expect(within(region).getByRole('heading', { level: 3, name: 'Clear this device' })).toBeInTheDocument()
  return { ...view, region }
}

test('the backup and "Clear this device" name every kind of data this device keeps, in the same words', async () => {
  const { region } = await openClearDevice()
  expect(
    within(region).getByText(
      'One JSON file holds everything this browser keeps for CALMS Radar: your self-check, your snapshots, ' +
        "your targets and plans, the team view, the team's snapshots, the team's id and pseudonym, and the coach's " +
        'teams. Import it in another browser to ' +
        'carry on there.',
    ),
  ).toBeInTheDocument()
  const clearText = within(region).getByText(/^On a shared computer/)
  expect(clearText).toHaveTextContent(
    'On a shared computer, remove everything CALMS Radar keeps in this browser: your self-check, your ' +
      "snapshots, your targets and plans, the team view, the team's snapshots, the team's id and pseudonym, the " +
      "coach's teams, the live session, and the offline copy of " +
      'the app.',
  )
  for (const { label } of KEPT_KINDS) expect(clearText).toHaveTextContent(label)
})

test('asks first and offers a backup, then removes every CALMS Radar entry and the offline copy, and says what', async () => {
  storeEverything()
  const offline = fakeOfflineCopy()
  const files = captureDownloads()
  const { user, region } = await openClearDevice()
  expect(
    screen.getByRole('img', { name: /^CALMS pillar scores, 0 to 100: Culture 100 / }),
  ).toBeInTheDocument()

  await user.click(within(region).getByRole('button', { name: 'Clear this device' }))
  const question = within(region).getByRole('group', {
    name:
      'Remove everything CALMS Radar keeps in this browser? This cannot be undone: download a backup first if ' +
      'you want to keep your answers.',
  })
  expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus()

  await user.click(within(question).getByRole('button', { name: 'Download backup first' }))
  const backup = JSON.parse((await files[0]?.text()) ?? '') as Record<string, unknown>
  expect(files[0]?.name).toBe(`calms-radar-backup-${new Date().toISOString().slice(0, 10)}.json`)
  expect(backup['selfCheck']).toMatchObject({ answers: { 'culture-dev-on-call': 4 } })
  expect(backup['team']).toEqual({ sessionName: 'Payments retro', responses: [] })
  expect(storedKeys()).toHaveLength(5)

  await user.click(within(question).getByRole('button', { name: 'Remove everything' }))
  expect(
    await within(region).findByText(
      'Removed from this browser: your self-check, your snapshots, the team view, 1 unreadable copy kept aside ' +
        'and the offline copy of the app.',
    ),
  ).toHaveAttribute('aria-live', 'polite')
  expect(within(region).getByRole('button', { name: 'Clear this device' })).toHaveFocus()

  // Another app's entry, cache and worker on the same host stay.
  expect(storedKeys()).toEqual(['other-app:settings'])
  expect(offline.caches.delete.mock.calls).toEqual([['calms-radar-precache-v2-http://localhost:3000/']])
  expect(offline.own.unregister).toHaveBeenCalledTimes(1)
  expect(offline.other.unregister).not.toHaveBeenCalled()

  // The page shows an empty self-check, and the emptied stores write nothing back, here or on the next page.
  expect(screen.getByText(/You have not answered any question yet/)).toBeInTheDocument()
  window.location.hash = '#/team'
  expect(await screen.findByRole('heading', { name: 'Responses (0)' })).toBeInTheDocument()
  expect(screen.getByLabelText('Session name')).toHaveValue('')
  expect(storedKeys()).toEqual(['other-app:settings'])
})

test('Cancel removes nothing', async () => {
  storeEverything()
  const offline = fakeOfflineCopy()
  const { user, region } = await openClearDevice()
  await user.click(within(region).getByRole('button', { name: 'Clear this device' }))
  await user.click(within(region).getByRole('button', { name: 'Cancel' }))
  expect(within(region).queryByRole('group', { name: /^Remove everything/ })).not.toBeInTheDocument()
  expect(within(region).getByRole('button', { name: 'Clear this device' })).toHaveFocus()
  expect(storedKeys()).toHaveLength(5)
  expect(offline.caches.delete).not.toHaveBeenCalled()
})

test('after an import, clearing also forgets the replaced data, so "Undo import" cannot bring it back', async () => {
  localStorage.setItem('calms-radar:self-check', SELF_CHECK)
  const { user, region } = await openClearDevice()
  const backup = new File(
    [
      JSON.stringify({
        format: 'calms-radar',
        version: 1,
        app: '0.1.0',
        bankVersion: 1,
        exportedAt: '2026-11-21T10:00:00.000Z',
        selfCheck: { ...(JSON.parse(SELF_CHECK) as { state: object }).state, answers: {}, answeredAt: {} },
        team: { sessionName: '', responses: [] },
      }),
    ],
    'backup.json',
    { type: 'application/json' },
  )
  await user.upload(within(region).getByLabelText('Import JSON backup'), backup)
  await user.click(within(region).getByRole('button', { name: 'Replace my data' }))
  expect(within(region).getByRole('button', { name: 'Undo import' })).toBeInTheDocument()

  await user.click(within(region).getByRole('button', { name: 'Clear this device' }))
  await user.click(within(region).getByRole('button', { name: 'Remove everything' }))
  await within(region).findByText(/^Removed from this browser: your self-check\.$/)
  expect(within(region).queryByRole('button', { name: 'Undo import' })).not.toBeInTheDocument()
  expect(storedKeys()).toEqual([])
})

test('nothing stored: says so; storage out of reach: says that nothing could be removed there', async () => {
  const { user, region } = await openClearDevice()
  await user.click(within(region).getByRole('button', { name: 'Clear this device' }))
  await user.click(within(region).getByRole('button', { name: 'Remove everything' }))
  await within(region).findByText('There was nothing of CALMS Radar to remove in this browser.')

  const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  })
  await user.click(within(region).getByRole('button', { name: 'Clear this device' }))
  await user.click(within(region).getByRole('button', { name: 'Remove everything' }))
  await within(region).findByText(
    'There was nothing of CALMS Radar to remove in this browser. This browser does not let the page reach its ' +
      'storage, so saved answers could not be removed.',
  )
  blocked.mockRestore()
})

test('clearing in another tab empties this one, which writes nothing back', async () => {
  storeEverything()
  await openClearDevice()
  expect(
    screen.getByRole('img', { name: /^CALMS pillar scores, 0 to 100: Culture 100 / }),
  ).toBeInTheDocument()
  // What the other tab's "Clear this device" does to this tab's storage, and the events this tab then receives.
  for (const key of Object.keys(localStorage).filter((k) => k.startsWith('calms-radar:'))) {
    const oldValue = localStorage.getItem(key)
    localStorage.removeItem(key)
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue: null }))
    })
  }
  expect(await screen.findByText(/You have not answered any question yet/)).toBeInTheDocument()
  window.location.hash = '#/team'
  expect(await screen.findByRole('heading', { name: 'Responses (0)' })).toBeInTheDocument()
  expect(screen.getByLabelText('Session name')).toHaveValue('')
  expect(storedKeys()).toEqual(['other-app:settings'])
})
