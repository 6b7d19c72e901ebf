// Respondent numbers in a real browser: a team view saved before the numbers were kept (storage format 2) is
// numbered in its order; removing someone leaves the others' numbers, Undo gives the number back, and a reload
// keeps them. Axe on the list after a removal.
import { afterEach, expect, test } from 'vitest'
import { QUESTION_BANK } from '../src/domain/bank/question-bank.ts'
import { compactResponse } from '../src/domain/formats/compact-response.ts'
import type { Response } from '../src/domain/formats/response.ts'
import { findAxeViolations, openBrowser, type OpenBrowser } from './helpers/browser.ts'
import { openRoute } from './helpers/self-check.ts'

let browser: OpenBrowser | undefined

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const CULTURE = QUESTION_BANK.questions.filter((question) => question.pillar === 'culture')

/** Four people without an alias, a minute apart, at Culture levels 0 to 3. */
const PEOPLE: Response[] = [0, 1, 2, 3].map((level) => ({
  bankVersion: QUESTION_BANK.bankVersion,
  answers: Object.fromEntries(CULTURE.map((question) => [question.id, level as 0 | 1 | 2 | 3])),
  dora: {},
  createdAt: `2026-11-30T09:0${level}:00Z`,
}))

const VERSION_2 = JSON.stringify({
  version: 2,
  state: {
    sessionName: 'Retro',
    responses: PEOPLE.map((response) => compactResponse(response, QUESTION_BANK)),
  },
})

test('removing someone renumbers no one, Undo gives the number back, and a reload keeps them', async () => {
  browser = await openBrowser()
  const { page, problems } = browser
  await browser.context.addInitScript((team) => {
    // The script also runs in the first blank page, which has no storage.
    if (location.protocol === 'about:') return
    if (localStorage.getItem('calms-radar:team') === null) localStorage.setItem('calms-radar:team', team)
  }, VERSION_2)
  await openRoute(page, '#/team', 'Team')
  await page.getByRole('heading', { name: 'Responses (4)' }).waitFor()
  const table = page.getByRole('table', { name: 'Responses in this team view' })
  const names = () => table.getByRole('rowheader').allTextContents()
  expect(await names()).toEqual(['Respondent 1', 'Respondent 2', 'Respondent 3', 'Respondent 4'])

  await table.getByRole('button', { name: 'Remove Respondent 2' }).click()
  await page.getByRole('heading', { name: 'Responses (3)' }).waitFor()
  expect(await names()).toEqual(['Respondent 1', 'Respondent 3', 'Respondent 4'])
  expect(await findAxeViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Undo removing Respondent 2' }).click()
  await page.getByRole('heading', { name: 'Responses (4)' }).waitFor()
  expect(await names()).toEqual(['Respondent 1', 'Respondent 2', 'Respondent 3', 'Respondent 4'])

  await table.getByRole('button', { name: 'Remove Respondent 3' }).click()
  await page.getByRole('heading', { name: 'Responses (3)' }).waitFor()
  await page.reload()
  await page.getByRole('heading', { name: 'Responses (3)' }).waitFor()
  expect(await names()).toEqual(['Respondent 1', 'Respondent 2', 'Respondent 4'])
  const stored = await page.evaluate(() => localStorage.getItem('calms-radar:team'))
  expect(JSON.parse(stored ?? '{}')).toMatchObject({
    version: 3,
    state: { numbers: [1, 2, 4], nextNumber: 5 },
  })
  expect(problems).toEqual([])
})
