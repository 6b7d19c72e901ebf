import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { QUESTION_BANK } from '../domain/bank/question-bank.ts'
import { renderApp } from './render-app.tsx'

const KEY = 'calms-radar:self-check'
const UNREADABLE = '{"state":{"bankVersion":1,"answers":'
const NOTICE = 'Saved data could not be read, so your self-check started clean.'
const keptAside = () => Object.keys(localStorage).filter((key) => key.startsWith(`${KEY}:unreadable:`))

test('every render is a page load: the same unreadable self-check is kept aside and told again, once', async () => {
  localStorage.setItem(KEY, UNREADABLE)
  await renderApp('#/results')
  expect(await screen.findByText(NOTICE)).toBeInTheDocument()

  // A browser that reloads finds the text again and keeps it aside again; the last page's notice is gone.
  localStorage.clear()
  localStorage.setItem(KEY, UNREADABLE)
  await renderApp('#/results')
  expect(await screen.findAllByText(NOTICE)).toHaveLength(1)
  expect(keptAside()).toHaveLength(1)
})

test('a page load starts from localStorage alone: answers the last page held in memory are gone', async () => {
  const [first] = QUESTION_BANK.questions
  if (!first) throw new Error('the bank has no question')
  const { user } = await renderApp('#/step/1')
  const group = await screen.findByRole('radiogroup', { name: `1. ${first.text}` })
  await user.click(within(group).getByRole('radio', { name: first.options[2] }))

  localStorage.clear()
  await renderApp('#/results')
  expect(await screen.findByText(/You have not answered any question yet/)).toBeInTheDocument()
})
