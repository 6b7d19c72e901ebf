import { act, renderHook, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { navigate, takeFocusRequest, useRoute } from './hash-route.ts'

test('useRoute follows the address as navigate changes it; each move asks for focus once, a correction never', async () => {
  const { result } = renderHook(() => useRoute())
  expect(result.current).toEqual({ name: 'start' })
  expect(takeFocusRequest()).toBe(false)

  act(() => navigate('#/step/2'))
  await waitFor(() => expect(result.current).toEqual({ name: 'step', step: 2 }))
  expect(window.location.hash).toBe('#/step/2')
  expect(takeFocusRequest()).toBe(true)
  expect(takeFocusRequest()).toBe(false)

  const entries = window.history.length
  act(() => navigate('#/results', { replace: true }))
  // Told at once, without waiting for an event from the browser.
  expect(result.current).toEqual({ name: 'results' })
  expect(window.location.hash).toBe('#/results')
  expect(window.history.length).toBe(entries)
  expect(takeFocusRequest()).toBe(false)
})
