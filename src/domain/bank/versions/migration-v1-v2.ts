import type { BankMigration } from '../bank-versions.ts'

/*
 * Saved bank v1 answers -> bank v2, FROZEN with bank v2. Every surviving question keeps level 0 as 0 and 4 as 4;
 * a level whose v1 option does not tell the v2 answer maps to null, and that answer is set aside (kept, told once)
 * so the question is asked afresh. A question not listed under levelMaps keeps every level. Why each question
 * changed is in docs/question-bank.md ("Question bank v2").
 */
export const MIGRATION_V1_V2: BankMigration = {
  from: 1,
  renamed: {
    // It no longer covers application code or infrastructure (the infrastructure-as-code question has that).
    'automation-everything-in-git': 'automation-config-in-version-control',
  },
  removed: [
    // Level 4 mixed uptime, costs and incidents; "ops runs production" is asked by culture-dev-on-call and
    // sharing-operations-skills.
    'culture-outcome-ownership',
    // Mixed "is there a review" with "is blame sought"; culture-blame-in-reviews asks the second, on other levels.
    'culture-blameless-incident-review',
    // Asked about history a newcomer cannot know; culture-last-tool-adoption asks about the last adoption.
    'culture-tools-or-practices',
    // Hypothetical; automation-infrastructure-as-code keeps infrastructure as code.
    'automation-rebuild-environment',
    // lean-change-size asks batch size; this one scored a deliberate fix-forward as 0.
    'lean-rollback-scope',
    // Levels 2-4 described boards, not the count asked; lean-wip-per-person asks the count.
    'lean-work-in-progress',
    // Three waits in one; lean-environment-wait asks one.
    'lean-waiting-time',
    // Its channels could all be true at once; sharing-solved-elsewhere asks what happened.
    'sharing-cross-team-learning',
    // Presumed a separate operations side, so "ops runs production" sank it too.
    'sharing-same-view-of-production',
  ],
  levelMaps: {
    // Old 1 was the organisation's reaction (jokes, appraisals), which v2 does not ask; old 2 "fix it quietly" is
    // new 0.
    'culture-owning-mistakes': [0, null, 0, 3, 4],
    // Old 1 (a private script) and old 2 (a wish list) swap, so that they cannot both be true.
    'automation-repeated-toil': [0, 2, 1, 3, 4],
    // Old 1 (config edited on servers) does not tell whether a copy exists.
    'automation-everything-in-git': [0, null, 2, 3, 4],
    // Old 2 ("slow, flaky or partly manual") spans new 2 and new 3.
    'automation-ci-every-commit': [0, 1, null, 3, 4],
    // One click from production is continuous delivery, so old 3 is now the top level.
    'automation-pipeline-release': [0, 1, 2, 4, 4],
    // Old 1 was "three or four teams", now two levels.
    'lean-handoffs': [0, null, 2, 3, 4],
    // "Targets" now ranks below "a report nobody reads".
    'measurement-metrics-use': [0, 2, 1, 3, 4],
    // Old 3 and 4 could not be told apart; old 3 may be new 3 or 4.
    'sharing-pipeline-ownership': [0, 1, 2, null, 4],
    // Old 1 "only managers" joins old 0; old 2 "our own team" is new 1.
    'sharing-published-postmortems': [0, 0, 1, 3, 4],
  },
}
