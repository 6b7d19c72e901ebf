import { expect, test } from 'vitest'
import { PRACTICE_CATALOGUE, PRACTICE_SHORT_LABEL_MAX_LENGTH, PRACTICES } from './practices.ts'

const shortLabels = PRACTICES.map((practice) => PRACTICE_CATALOGUE[practice].shortLabel)

test('every practice has a short label that fits a radar axis', () => {
  expect(PRACTICE_SHORT_LABEL_MAX_LENGTH).toBe(14)
  for (const label of shortLabels) {
    expect(label.trim()).toBe(label)
    expect(label.length).toBeGreaterThan(0)
    expect(label.length).toBeLessThanOrEqual(PRACTICE_SHORT_LABEL_MAX_LENGTH)
  }
})

test('no two practices share a short label, so every axis names one practice', () => {
  expect(new Set(shortLabels.map((label) => label.toLowerCase())).size).toBe(PRACTICES.length)
})

test('short labels as written for the radar', () => {
  expect(PRACTICE_CATALOGUE['blameless-postmortems'].shortLabel).toBe('Post-mortems')
  expect(PRACTICE_CATALOGUE['small-frequent-releases'].shortLabel).toBe('Small releases')
  expect(PRACTICE_CATALOGUE['shared-ownership'].shortLabel).toBe('On call')
})
