// Deterministic answers for the bench: the same seed gives the same team on every machine and every run.

export const TEAM_STORAGE_KEY = 'calms-radar:team'
export const SELF_CHECK_STORAGE_KEY = 'calms-radar:self-check'

/** mulberry32: tiny, fast and good enough to spread answers; Math.random() cannot be seeded. */
function createRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = (random, items) => items[Math.floor(random() * items.length)]

/**
 * People differ in how mature they see their team, so each gets a leaning and answers scatter around it; some
 * don't know, and some questions do not apply. That gives the team view real spread and disagreement to compute.
 */
function createResponse(domain, random, index) {
  const leaning = random() * 4
  const answers = {}
  for (const question of domain.QUESTION_BANK.questions) {
    const roll = random()
    if (question.allowNotApplicable && roll < 0.1) answers[question.id] = 'not-applicable'
    else if (roll > 0.94) answers[question.id] = 'dont-know'
    else answers[question.id] = Math.max(0, Math.min(4, Math.round(leaning + (random() - 0.5) * 2.5)))
  }
  const dora = {}
  for (const metric of domain.DORA_METRICS) {
    const bands = domain.DORA_METRIC_DEFINITIONS[metric].bands
    dora[metric] = random() < 0.1 ? domain.DORA_DONT_KNOW : pick(random, bands).id
  }
  // Whole, distinct seconds: the app treats equal answers at the same second as one response.
  const createdAt = `${new Date(Date.UTC(2026, 10, 2, 9) + index * 37_000).toISOString().slice(0, 19)}Z`
  return {
    bankVersion: domain.QUESTION_BANK.bankVersion,
    answers,
    dora,
    role: pick(random, domain.ROLES),
    createdAt,
  }
}

/** `count` valid responses; each is checked as strictly as the app checks a pasted link, so a bad fixture fails here. */
export function createResponses(domain, count, seed = 20261102) {
  const random = createRandom(seed)
  return Array.from({ length: count }, (_, index) => {
    const response = createResponse(domain, random, index)
    const parsed = domain.parseResponse(response, domain.getBank)
    if (!parsed.ok)
      throw new Error(`bench fixture response ${index + 1} is invalid: ${parsed.errors.join('; ')}`)
    return response
  })
}

/** A team view as the team store persists it in localStorage (version 3: compact responses, numbered in order). */
export function serializeTeamSession(domain, responses) {
  const raw = JSON.stringify({
    version: domain.STORED_TEAM_SESSION_VERSION,
    state: domain.compactTeamSession(
      { sessionName: 'Bench', ...domain.numberInOrder(responses) },
      domain.getBank,
    ),
  })
  const parsed = domain.parseStoredTeamSession(raw, domain.getBank)
  if (!parsed.ok) throw new Error(`bench team fixture is invalid: ${parsed.errors.slice(0, 3).join('; ')}`)
  return raw
}

/** A finished self-check as the assessment store persists it, so the results page has a radar to draw. */
export function serializeSelfCheck(domain, response) {
  const raw = JSON.stringify({
    version: domain.STORED_ASSESSMENT_VERSION,
    state: {
      ...domain.createEmptyAssessment(response.bankVersion),
      answers: response.answers,
      dora: response.dora,
    },
  })
  const parsed = domain.parseStoredAssessment(raw)
  if (!parsed.ok) throw new Error(`bench self-check fixture is invalid: ${parsed.errors.join('; ')}`)
  return raw
}
