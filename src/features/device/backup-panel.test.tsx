import { getBank } from '../../domain/bank/bank-registry.ts'
import { compactTeamSession } from '../../domain/storage/stored-team-session.ts'
import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { BANK_VERSION } from '../../domain/bank/question-bank.ts'
import type { Response } from '../../domain/formats/response.ts'
import type { StoredAssessment } from '../../domain/storage/stored-assessment.ts'
import { renderApp } from '../../test-support/render-app.tsx'
import { captureDownloads } from '../../test-support/capture-downloads.ts'

const mine: StoredAssessment = {
  bankVersion: BANK_VERSION,
  answers: { 'culture-dev-on-call': 4 },
  dora: {},
  answeredAt: { 'culture-dev-on-call': 1_800_000_000_000 },
  lastStep: 2,
  resetAt: 0,
  setAside: [],
  setAsideAcknowledged: 0,
}

// Older answers than mine: a merge by answer time would keep mine, a restore must not.
const theirs: StoredAssessment = {
  bankVersion: BANK_VERSION,
  answers: { 'culture-dev-on-call': 1, 'culture-blame-in-reviews': 'dont-know' },
  dora: { leadTime: 'lt-1d-1w' },
  answeredAt: { 'culture-dev-on-call': 1_700_000_000_000, 'culture-blame-in-reviews': 1_700_000_000_000 },
  lastStep: 4,
  resetAt: 5,
  setAside: [],
  setAsideAcknowledged: 0,
}

const bo: Response = {
  bankVersion: 1,
  answers: { 'culture-dev-on-call': 2 },
  dora: {},
  alias: 'Bo',
  createdAt: '2026-11-20T09:00:00Z',
}

const stored = (key: string): unknown => JSON.parse(localStorage.getItem(key) ?? 'null')

function saveMine() {
  localStorage.setItem('calms-radar:self-check', JSON.stringify({ version: 3, state: mine }))
  localStorage.setItem(
    'calms-radar:team',
    JSON.stringify({ version: 1, state: { sessionName: 'Mine', responses: [] } }),
  )
}

const backupFile = (changes: Record<string, unknown> = {}) =>
  new File(
    [
      JSON.stringify({
        format: 'calms-radar',
        version: 2,
        app: '0.1.0',
        bankVersion: BANK_VERSION,
        exportedAt: '2026-11-21T10:00:00.000Z',
        selfCheck: theirs,
        team: { sessionName: 'Payments retro', responses: [bo] },
        ...changes,
      }),
    ],
    'backup.json',
    { type: 'application/json' },
  )

async function openBackup() {
  saveMine()
  const view = await renderApp('#/results')
  const region = await screen.findByRole('region', { name: 'Back up or move your data' })
  return { ...view, region }
}

test('"Download JSON backup" saves the self-check and the team view in one versioned file', async () => {
  const files = captureDownloads()
  const { user, region } = await openBackup()
  await user.click(within(region).getByRole('button', { name: 'Download JSON backup' }))
  expect(files[0]?.name).toBe(`calms-radar-backup-${new Date().toISOString().slice(0, 10)}.json`)
  const backup = JSON.parse((await files[0]?.text()) ?? '') as Record<string, unknown>
  expect(String(backup['exportedAt'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  expect({ ...backup, exportedAt: 'checked above' }).toEqual({
    format: 'calms-radar',
    version: 4,
    app: '0.1.0',
    bankVersion: BANK_VERSION,
    exportedAt: 'checked above',
    selfCheck: mine,
    team: { sessionName: 'Mine', responses: [] },
    snapshots: [],
    plans: {
      selfCheck: { targets: {}, plan: { experiments: [] } },
      team: { targets: {}, plan: { experiments: [] } },
    },
    teamSnapshots: [],
    teamIdentity: { pseudonym: '' },
    coach: [],
  })
})

test('snapshots go into the backup; a file without any leaves none, and "Undo import" brings them back', async () => {
  const kickoff = {
    id: 'snapshot-2026-11-26T09:30:15Z',
    takenAt: '2026-11-26T09:30:15Z',
    label: 'Kickoff',
    bankVersion: 1,
    answers: { 'culture-dev-on-call': 2 },
    dora: {},
  }
  localStorage.setItem(
    'calms-radar:snapshots',
    JSON.stringify({ version: 1, state: { snapshots: [kickoff] } }),
  )
  const files = captureDownloads()
  const { user, region } = await openBackup()
  await user.click(within(region).getByRole('button', { name: 'Download JSON backup' }))
  const backup = JSON.parse((await files[0]?.text()) ?? '') as { snapshots: unknown }
  expect(backup.snapshots).toEqual([kickoff])

  await user.upload(within(region).getByLabelText('Import JSON backup'), backupFile())
  const question = within(region).getByRole('group', { name: /^Replace your data with this backup\?/ })
  expect(question).toHaveAccessibleName(
    /It replaces a self-check with 1 answer, 1 snapshot and the team view "Mine" with 0 responses here;/,
  )
  await user.click(within(question).getByRole('button', { name: 'Replace my data' }))
  expect(stored('calms-radar:snapshots')).toEqual({ version: 2, state: { snapshots: [] } })

  await user.click(within(region).getByRole('button', { name: 'Undo import' }))
  expect(stored('calms-radar:snapshots')).toEqual({ version: 2, state: { snapshots: [kickoff] } })
})

test('an import asks first, replaces everything exactly, and can be undone or the replaced data downloaded', async () => {
  const files = captureDownloads()
  const { user, region } = await openBackup()
  await user.upload(within(region).getByLabelText('Import JSON backup'), backupFile())

  const question = within(region).getByRole('group', { name: /^Replace your data with this backup\?/ })
  expect(question).toHaveAccessibleName(
    'Replace your data with this backup? It was saved on 2026-11-21 by CALMS Radar 0.1.0 and holds a self-check ' +
      'with 3 answers and the team view "Payments retro" with 1 response. It replaces a self-check with 1 answer ' +
      'and the team view "Mine" with 0 responses here; you can undo that right after.',
  )
  // The question takes focus once it is on screen, which a busy machine can leave for after the file is read.
  await waitFor(() => expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus())
  await user.click(within(question).getByRole('button', { name: 'Replace my data' }))

  expect(stored('calms-radar:self-check')).toEqual({ version: 3, state: theirs })
  // Kept in the team view's compact form, which reads back as the backup's responses.
  expect(stored('calms-radar:team')).toEqual({
    version: 3,
    state: compactTeamSession(
      { sessionName: 'Payments retro', responses: [bo], numbers: [1], nextNumber: 2 },
      getBank,
    ),
  })
  expect(within(region).getByRole('status')).toHaveTextContent(
    'Backup imported: you now have a self-check with 3 answers and the team view "Payments retro" with 1 response.',
  )
  // The page shows the restored answers: culture-dev-on-call at level 1 scores 25, on 1 of 7 culture answers.
  expect(
    screen.getByRole('img', {
      name: /^CALMS pillar scores, 0 to 100: Culture 25 \(uncertain, based on 1 of 6 answers\),/,
    }),
  ).toBeInTheDocument()

  const undo = within(region).getByRole('button', { name: 'Undo import' })
  expect(undo).toHaveFocus()
  await user.click(within(region).getByRole('button', { name: 'Download replaced data' }))
  const replaced = JSON.parse((await files[0]?.text()) ?? '') as { selfCheck: unknown; team: unknown }
  expect(replaced.selfCheck).toEqual(mine)
  expect(replaced.team).toEqual({ sessionName: 'Mine', responses: [] })

  await user.click(undo)
  expect(stored('calms-radar:self-check')).toEqual({ version: 3, state: mine })
  expect(stored('calms-radar:team')).toEqual({
    version: 3,
    state: { sessionName: 'Mine', responses: [], numbers: [], nextNumber: 1 },
  })
  expect(within(region).queryByRole('button', { name: 'Undo import' })).not.toBeInTheDocument()
  expect(within(region).getByLabelText('Import JSON backup')).toHaveFocus()
})

test('Cancel, or a file that is not a readable backup, changes nothing', async () => {
  const { user, region } = await openBackup()
  const input = within(region).getByLabelText('Import JSON backup')
  await user.upload(input, backupFile())
  await user.click(within(region).getByRole('button', { name: 'Cancel' }))
  expect(within(region).queryByRole('group', { name: /^Replace your data/ })).not.toBeInTheDocument()

  await user.upload(input, backupFile({ version: 5 }))
  expect(within(region).getByRole('alert')).toHaveTextContent(
    /nothing was changed:\s*This backup was made with a newer CALMS Radar \(backup file version 5; this app reads up to version 4\): reload the page\./,
  )
  expect(within(region).queryByRole('group', { name: /^Replace your data/ })).not.toBeInTheDocument()
  expect(stored('calms-radar:self-check')).toEqual({ version: 3, state: mine })
})

test('team snapshots go into the backup; a file without any leaves none, and "Undo import" brings them back', async () => {
  const round = {
    id: 'team-snapshot-2026-11-26T09:30:15Z',
    takenAt: '2026-11-26T09:30:15Z',
    label: 'Round of 2026-11-26',
    bankVersion: 1,
    people: [
      { pillarScores: { culture: 50, automation: null, lean: null, measurement: null, sharing: null } },
    ],
    questionLevels: {
      'culture-dev-on-call': { levels: [0, 0, 1, 0, 0], dontKnow: 0, notApplicable: 0, blank: 0 },
    },
  }
  localStorage.setItem(
    'calms-radar:team-snapshots',
    JSON.stringify({ version: 1, state: { snapshots: [round] } }),
  )
  const files = captureDownloads()
  const { user, region } = await openBackup()
  await user.click(within(region).getByRole('button', { name: 'Download JSON backup' }))
  const backup = JSON.parse((await files[0]?.text()) ?? '') as { teamSnapshots: unknown }
  expect(backup.teamSnapshots).toEqual([round])

  await user.upload(within(region).getByLabelText('Import JSON backup'), backupFile())
  const question = within(region).getByRole('group', { name: /^Replace your data with this backup\?/ })
  // The team's snapshots are named among what the import replaces, as every kind the backup holds is.
  expect(question).toHaveAccessibleName(
    /It replaces a self-check with 1 answer, the team view "Mine" with 0 responses and 1 team snapshot here;/,
  )
  await user.click(within(question).getByRole('button', { name: 'Replace my data' }))
  expect(stored('calms-radar:team-snapshots')).toEqual({ version: 1, state: { snapshots: [] } })

  await user.click(within(region).getByRole('button', { name: 'Undo import' }))
  expect(stored('calms-radar:team-snapshots')).toEqual({ version: 1, state: { snapshots: [round] } })
})
