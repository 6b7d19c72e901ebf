import { renderToStaticMarkup } from 'react-dom/server'
import { CHECK_DEPTHS, DEFAULT_CHECK_DEPTH } from '../domain/bank/check-depth.ts'
import { prerenderedStepAttributes } from '../browser/prerendered-step.ts'
import { QuestionnairePage } from '../features/questionnaire/questionnaire-page.tsx'
import { App } from './app.tsx'

/**
 * What the build puts in index.html's body in place of the empty #root (vite.config.ts): the start page, so its
 * heading and introduction paint before any script runs, and the first step of each check as a template, for the
 * prerendered page's script to show when a start choice is tapped before the app has started
 * (src/browser/prerendered-step.ts). The markup comes from the app's own components, so nothing is written twice;
 * the app replaces it on mount.
 */
export function prerenderedBody(): string {
  const steps = CHECK_DEPTHS.map(
    (depth) =>
      `<template ${prerenderedStepAttributes(depth, DEFAULT_CHECK_DEPTH)}>${renderToStaticMarkup(
        <QuestionnairePage stepNumber={1} depth={depth} />,
      )}</template>`,
  )
  return [`<div id="root">${renderToStaticMarkup(<App />)}</div>`, ...steps].join('\n    ')
}
