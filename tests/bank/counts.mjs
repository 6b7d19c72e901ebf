// Prints the question bank's word counts and times per depth, as the start page shows them and the README quotes
// them: `npm run bank:counts`. Loads the domain's TypeScript through Vite, so the figures come from the bank itself.
import { runnerImport } from 'vite'

const load = async (path) =>
  (await runnerImport(new URL(path, import.meta.url).pathname, { configFile: false })).module

const { QUESTION_BANK } = await load('../../src/domain/bank/question-bank.ts')
const { measureDepth, countQuestionWords, countWords } = await load('../../src/domain/bank/reading-time.ts')
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
for (const depth of CHECK_DEPTHS) {
  const { pillarQuestions, questions, words, minutes } = measureDepth(QUESTION_BANK, depth)
  console.log(
    `${depth}: ${pillarQuestions} pillar questions + ${questions - pillarQuestions} DORA = ${questions}, ${words} words -> ${minutes} minutes ` +
      '(words / 200 per minute + 10 s a question, rounded up)',
  )
}
const longestOption = Math.max(...QUESTION_BANK.questions.flatMap((q) => q.options.map(countWords)))
const longestText = Math.max(...QUESTION_BANK.questions.map((q) => countWords(q.text)))
console.log(
  `longest option ${longestOption} words (limit 14); longest question ${longestText} words (limit 20)`,
)
