// Prints the question bank's word counts and times per depth, as the start page shows them and docs/question-bank.md quotes
// them: `npm run bank:counts`. Loads the domain's TypeScript through Vite, so the figures come from the bank itself.
import { runnerImport } from 'vite'

const load = async (path) =>
  (await runnerImport(new URL(path, import.meta.url).pathname, { configFile: false })).module

const { QUESTION_BANK } = await load('../../src/domain/bank/question-bank.ts')
const { measureDepth, measureFullCheckRemainder, countQuestionWords, countWords } = await load(
  '../../src/domain/bank/reading-time.ts',
)
const { bankForDepth, CHECK_DEPTHS } = await load('../../src/domain/bank/check-depth.ts')
const { PILLARS, PILLAR_LABELS } = await load('../../src/domain/bank/pillars.ts')

console.log(`Question bank version ${QUESTION_BANK.bankVersion}`)
console.log('pillar        quick q  quick words  full q  full words')
for (const pillar of PILLARS) {
  const cells = CHECK_DEPTHS.map((depth) => {
    const asked = bankForDepth(QUESTION_BANK, depth).questions.filter(
      (question) => question.pillar === pillar,
    )
    const words = asked.reduce((sum, question) => sum + countQuestionWords(question), 0)
    return `${String(asked.length).padStart(7)}  ${String(words).padStart(11)}`
  })
  console.log(`${PILLAR_LABELS[pillar].padEnd(12)}${cells.join(' ')}`)
}
const FORMULA = '(words / 200 per minute + 15 s a pillar question + 30 s a DORA metric, rounded up)'
for (const depth of CHECK_DEPTHS) {
  const { pillarQuestions, doraMetrics, words, minutes } = measureDepth(QUESTION_BANK, depth)
  console.log(
    `${depth}: ${pillarQuestions} pillar questions + ${doraMetrics} DORA metrics, ${words} words -> ${minutes} minutes ${FORMULA}`,
  )
}
const rest = measureFullCheckRemainder(QUESTION_BANK)
console.log(
  `the rest of the full check after a quick one: ${rest.pillarQuestions} pillar questions, ${rest.words} words -> ${rest.minutes} minutes`,
)
const longestOption = Math.max(...QUESTION_BANK.questions.flatMap((q) => q.options.map(countWords)))
const longestText = Math.max(...QUESTION_BANK.questions.map((q) => countWords(q.text)))
console.log(
  `longest option ${longestOption} words (limit 14); longest question ${longestText} words (limit 20)`,
)
