import type { BankShape } from '../question-bank-schema.ts'

/*
 * Question bank version 1 as reading its answers needs it, FROZEN with bank-v1.ts: the question order decodes share
 * codes, pillar and practice score snapshots, and "Not applicable" is checked against it. Its texts stay in
 * bank-v1.ts, which only tests load; bank-versions.test.ts fails if this and shapeOf(BANK_V1) ever differ.
 */
export const BANK_V1_SHAPE: BankShape = {
  bankVersion: 1,
  questions: [
    { id: 'culture-dev-on-call', pillar: 'culture', practice: 'shared-ownership', allowNotApplicable: true },
    {
      id: 'culture-outcome-ownership',
      pillar: 'culture',
      practice: 'shared-ownership',
      allowNotApplicable: false,
    },
    {
      id: 'culture-blameless-incident-review',
      pillar: 'culture',
      practice: 'blameless-postmortems',
      allowNotApplicable: false,
    },
    {
      id: 'culture-postmortem-actions',
      pillar: 'culture',
      practice: 'blameless-postmortems',
      allowNotApplicable: false,
    },
    {
      id: 'culture-raising-concerns',
      pillar: 'culture',
      practice: 'psychological-safety',
      allowNotApplicable: false,
    },
    {
      id: 'culture-owning-mistakes',
      pillar: 'culture',
      practice: 'psychological-safety',
      allowNotApplicable: false,
    },
    {
      id: 'culture-tools-or-practices',
      pillar: 'culture',
      practice: 'not-just-tools',
      allowNotApplicable: false,
    },
    {
      id: 'automation-repeated-toil',
      pillar: 'automation',
      practice: 'automation-first-class',
      allowNotApplicable: false,
    },
    {
      id: 'automation-planned-time',
      pillar: 'automation',
      practice: 'automation-first-class',
      allowNotApplicable: false,
    },
    {
      id: 'automation-everything-in-git',
      pillar: 'automation',
      practice: 'version-control-everything',
      allowNotApplicable: false,
    },
    {
      id: 'automation-database-migrations',
      pillar: 'automation',
      practice: 'version-control-everything',
      allowNotApplicable: true,
    },
    {
      id: 'automation-ci-every-commit',
      pillar: 'automation',
      practice: 'continuous-integration',
      allowNotApplicable: false,
    },
    {
      id: 'automation-red-build',
      pillar: 'automation',
      practice: 'continuous-integration',
      allowNotApplicable: false,
    },
    {
      id: 'automation-pipeline-release',
      pillar: 'automation',
      practice: 'continuous-delivery',
      allowNotApplicable: false,
    },
    {
      id: 'automation-infrastructure-as-code',
      pillar: 'automation',
      practice: 'infrastructure-as-code',
      allowNotApplicable: true,
    },
    {
      id: 'automation-rebuild-environment',
      pillar: 'automation',
      practice: 'infrastructure-as-code',
      allowNotApplicable: true,
    },
    {
      id: 'lean-change-size',
      pillar: 'lean',
      practice: 'small-frequent-releases',
      allowNotApplicable: false,
    },
    {
      id: 'lean-rollback-scope',
      pillar: 'lean',
      practice: 'small-frequent-releases',
      allowNotApplicable: false,
    },
    {
      id: 'lean-work-in-progress',
      pillar: 'lean',
      practice: 'limit-work-in-progress',
      allowNotApplicable: false,
    },
    {
      id: 'lean-branch-lifetime',
      pillar: 'lean',
      practice: 'limit-work-in-progress',
      allowNotApplicable: false,
    },
    { id: 'lean-handoffs', pillar: 'lean', practice: 'flow-and-handoffs', allowNotApplicable: false },
    { id: 'lean-waiting-time', pillar: 'lean', practice: 'flow-and-handoffs', allowNotApplicable: false },
    { id: 'lean-test-feedback', pillar: 'lean', practice: 'fast-feedback', allowNotApplicable: false },
    { id: 'lean-user-feedback', pillar: 'lean', practice: 'fast-feedback', allowNotApplicable: false },
    {
      id: 'measurement-service-telemetry',
      pillar: 'measurement',
      practice: 'observability',
      allowNotApplicable: false,
    },
    {
      id: 'measurement-ask-new-questions',
      pillar: 'measurement',
      practice: 'observability',
      allowNotApplicable: false,
    },
    {
      id: 'measurement-incident-detection',
      pillar: 'measurement',
      practice: 'observability',
      allowNotApplicable: false,
    },
    {
      id: 'measurement-delivery-metrics',
      pillar: 'measurement',
      practice: 'delivery-metrics',
      allowNotApplicable: false,
    },
    {
      id: 'measurement-metrics-use',
      pillar: 'measurement',
      practice: 'delivery-metrics',
      allowNotApplicable: false,
    },
    {
      id: 'measurement-stability-with-speed',
      pillar: 'measurement',
      practice: 'not-only-speed',
      allowNotApplicable: false,
    },
    {
      id: 'sharing-pipeline-ownership',
      pillar: 'sharing',
      practice: 'no-separate-devops-team',
      allowNotApplicable: false,
    },
    {
      id: 'sharing-operations-skills',
      pillar: 'sharing',
      practice: 'no-separate-devops-team',
      allowNotApplicable: false,
    },
    {
      id: 'sharing-published-postmortems',
      pillar: 'sharing',
      practice: 'knowledge-sharing',
      allowNotApplicable: false,
    },
    {
      id: 'sharing-cross-team-learning',
      pillar: 'sharing',
      practice: 'knowledge-sharing',
      allowNotApplicable: false,
    },
    {
      id: 'sharing-common-tooling',
      pillar: 'sharing',
      practice: 'shared-tooling',
      allowNotApplicable: false,
    },
    {
      id: 'sharing-same-view-of-production',
      pillar: 'sharing',
      practice: 'shared-tooling',
      allowNotApplicable: false,
    },
  ],
}
