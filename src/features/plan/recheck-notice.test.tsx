import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp } from '../../test-support/render-app.tsx'

/** A self-check plan with one experiment under way whose re-check date is long past. */
function savePlanDue() {
  localStorage.setItem(
    'calms-radar:plans',
    JSON.stringify({
      version: 1,
      state: {
        selfCheck: {
          targets: {},
          plan: {
            experiments: [
              {
                id: 'e1',
                what: 'Pair on call',
                practice: 'shared-ownership',
                signal: { kind: 'questions', questionIds: ['culture-dev-on-call'] },
                recheckOn: '2020-01-06',
                status: 'doing',
                createdAt: '2019-12-09T10:00:00Z',
              },
            ],
          },
        },
        team: { targets: {}, plan: { experiments: [] } },
      },
    }),
  )
}

test('with a re-check due, the start page says so below its content and "Re-check now" starts a new self-check', async () => {
  savePlanDue()
  const { user } = await renderApp('#/')
  const start = await screen.findByRole('heading', { level: 1, name: 'CALMS Radar' })
  const notice = await screen.findByRole('region', { name: 'Time to re-check' })
  // Below the prerendered content: after the heading in document order.
  expect(start.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  expect(notice).toHaveTextContent('1 experiment waits to see whether its signal moved')
  await user.click(screen.getByRole('button', { name: 'Re-check now' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Culture' })).toBeInTheDocument()
  const stored = JSON.parse(localStorage.getItem('calms-radar:plans') ?? '{}') as {
    state: { selfCheck: { recheckStartedOn?: string } }
  }
  expect(stored.state.selfCheck.recheckStartedOn).toBe(new Date().toISOString().slice(0, 10))
})

test('without a stored plan the start page shows no re-check notice', async () => {
  await renderApp('#/')
  await screen.findByRole('heading', { level: 1, name: 'CALMS Radar' })
  expect(screen.queryByRole('region', { name: 'Time to re-check' })).not.toBeInTheDocument()
})
