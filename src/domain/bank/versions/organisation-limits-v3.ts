import type { Level } from '../answers.ts'

/*
 * One fact of the org chart must count once. For each question of bank v3, the highest level a team can truthfully
 * choose in each of two common situations; a test holds the bank to at most two questions below level 3 per
 * situation in the quick check and three in the full check, and checks that such a team, answering level 3 wherever
 * it can, has a pillar named a gap only where a question asks the situation itself. Only the tests read this module.
 */
export const ORGANISATION_SITUATIONS = ['separate-operations-team', 'central-pipeline-team'] as const
export type OrganisationSituation = (typeof ORGANISATION_SITUATIONS)[number]

export const ORGANISATION_SITUATION_TEXT: Record<OrganisationSituation, string> = {
  'separate-operations-team':
    'A separate operations team runs production: it is alerted first and it deploys the releases.',
  'central-pipeline-team':
    'A central team owns the build and deployment pipeline; product teams ask it for changes.',
}

const limits = (separateOperations: Level, centralPipeline: Level) => ({
  'separate-operations-team': separateOperations,
  'central-pipeline-team': centralPipeline,
})

export const ORGANISATION_LIMITS_V3: Readonly<Record<string, Record<OrganisationSituation, Level>>> = {
  // Operations is alerted first; developers can be called in (level 2), not share the rota's first line.
  'culture-dev-on-call': limits(2, 4),
  'culture-blame-in-reviews': limits(4, 4),
  'culture-postmortem-actions': limits(4, 4),
  'culture-raising-concerns': limits(4, 4),
  'culture-owning-mistakes': limits(4, 4),
  'culture-tool-adoption': limits(4, 4),
  'automation-repeated-toil': limits(4, 4),
  'automation-planned-time': limits(4, 4),
  // The central team's pipeline definitions can live in version control like everything else.
  'automation-config-in-version-control': limits(4, 4),
  'automation-database-migrations': limits(4, 4),
  'automation-ci-every-commit': limits(4, 4),
  'automation-red-build': limits(4, 4),
  // Asked as how the release is done, not who starts it: operations can promote at one click.
  'automation-pipeline-release': limits(4, 4),
  'automation-infrastructure-as-code': limits(4, 4),
  'lean-change-size': limits(4, 4),
  // Ours and operations: two teams at least.
  'lean-handoffs': limits(3, 4),
  'lean-wip-per-person': limits(4, 4),
  'lean-branch-lifetime': limits(4, 4),
  'lean-environment-wait': limits(4, 4),
  'lean-review-wait': limits(4, 4),
  'lean-user-feedback': limits(4, 4),
  'measurement-service-telemetry': limits(4, 4),
  'measurement-ask-new-questions': limits(4, 4),
  'measurement-incident-detection': limits(4, 4),
  'measurement-delivery-metrics': limits(4, 4),
  'measurement-metrics-use': limits(4, 4),
  // Asked as partners, with no option about which team tracks which side.
  'measurement-stability-with-speed': limits(4, 4),
  // The central team changes it, from the changes product teams propose.
  'sharing-pipeline-ownership': limits(4, 1),
  // Operations deploys; someone in the team may help in a pinch.
  'sharing-operations-skills': limits(1, 4),
  'sharing-published-postmortems': limits(4, 4),
  'sharing-solved-elsewhere': limits(4, 4),
  // A central team can take change requests or contributions like any tool owner.
  'sharing-common-tooling': limits(4, 4),
}
