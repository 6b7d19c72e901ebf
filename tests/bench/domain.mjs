// The bench is plain JS, the domain TypeScript: Vite's SSR loader compiles the domain modules it needs in Node.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createServer } from 'vite'

/** Every released bank with its texts (`bank-v<N>.ts`), each exporting BANK_V<N>; the app loads only the newest. */
async function loadBankTexts(repoRoot, load) {
  const folder = '/src/domain/bank/versions'
  const files = (await readdir(join(repoRoot, folder))).filter((name) => /^bank-v\d+\.ts$/.test(name))
  return Promise.all(
    files.map(async (name) => {
      const version = name.match(/\d+/)[0]
      return (await load(`${folder}/${name}`))[`BANK_V${version}`]
    }),
  )
}

/**
 * The question texts and options that only older banks have: none of them may reach a first load, since no screen
 * shows an older bank's words (the app reads older answers by the banks' shapes).
 */
function textsOnlyOlderBanksHave(banks, current) {
  const texts = (bank) => bank.questions.flatMap((question) => [question.text, ...question.options])
  const currentTexts = new Set(texts(current))
  const older = banks.filter((bank) => bank.bankVersion !== current.bankVersion)
  return [...new Set(older.flatMap(texts))].filter((text) => !currentTexts.has(text))
}

export async function loadDomain(repoRoot) {
  const server = await createServer({
    root: repoRoot,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true },
  })
  try {
    const load = (path) => server.ssrLoadModule(path)
    const [
      bank,
      registry,
      dora,
      response,
      profile,
      storedTeam,
      storedAssessment,
      aggregation,
      shareCode,
      membership,
      liveEntry,
    ] = await Promise.all([
      load('/src/domain/bank/question-bank.ts'),
      load('/src/domain/bank/bank-registry.ts'),
      load('/src/domain/dora/dora-metrics.ts'),
      load('/src/domain/formats/response.ts'),
      load('/src/domain/formats/profile.ts'),
      load('/src/domain/storage/stored-team-session.ts'),
      load('/src/domain/storage/stored-assessment.ts'),
      load('/src/domain/team/team-aggregation.ts'),
      load('/src/domain/formats/share-code.ts'),
      load('/src/domain/team/team-membership.ts'),
      load('/src/domain/live/live-entry.ts'),
    ])
    const bankTexts = await loadBankTexts(repoRoot, load)
    return {
      olderBankTexts: textsOnlyOlderBanksHave(bankTexts, bank.QUESTION_BANK),
      QUESTION_BANK: bank.QUESTION_BANK,
      getBank: registry.getBank,
      DORA_METRICS: dora.DORA_METRICS,
      DORA_METRIC_DEFINITIONS: dora.DORA_METRIC_DEFINITIONS,
      DORA_DONT_KNOW: dora.DORA_DONT_KNOW,
      ROLES: profile.ROLES,
      parseResponse: response.parseResponse,
      parseStoredTeamSession: storedTeam.parseStoredTeamSession,
      STORED_TEAM_SESSION_VERSION: storedTeam.STORED_TEAM_SESSION_VERSION,
      compactTeamSession: storedTeam.compactTeamSession,
      numberInOrder: membership.numberInOrder,
      parseStoredAssessment: storedAssessment.parseStoredAssessment,
      STORED_ASSESSMENT_VERSION: storedAssessment.STORED_ASSESSMENT_VERSION,
      createEmptyAssessment: storedAssessment.createEmptyAssessment,
      aggregateTeam: aggregation.aggregateTeam,
      encodeShareCode: shareCode.encodeShareCode,
      live: {
        ENTRIES_MAP: liveEntry.ENTRIES_MAP,
        createKeyPair: liveEntry.createKeyPair,
        exportPublicKey: liveEntry.exportPublicKey,
        createRoomId: liveEntry.createRoomId,
        sealEntry: liveEntry.sealEntry,
        openEntry: liveEntry.openEntry,
      },
    }
  } finally {
    // The loaded modules are plain objects by now and keep working once the server is gone.
    await server.close()
  }
}
