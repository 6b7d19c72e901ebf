import type { BankMigration } from '../bank-versions.ts'

/*
 * Saved bank v2 answers -> bank v3, FROZEN with bank v3. A level whose v2 option does not tell the v3 answer maps to
 * null, and that answer is set aside (kept, told once) so the question is asked afresh. A question not listed under
 * levelMaps keeps every level. Why each question changed is in docs/question-bank.md ("Question bank v3: the second review").
 */
export const MIGRATION_V2_V3: BankMigration = {
  from: 2,
  renamed: {
    // Asked about the team's habit today, not about the last tool it adopted, so a re-check can show progress.
    'culture-last-tool-adoption': 'culture-tool-adoption',
  },
  removed: [
    // It asked about CI's feedback again; lean-review-wait asks how long a change waits for people.
    'lean-test-feedback',
  ],
  levelMaps: {
    // "Nobody is alerted" is the new level 0; the old options move up one, and "ops, then a developer if the
    // runbook fails" joins "ops first, developers called in".
    'culture-dev-on-call': [1, 2, 2, 3, 4],
    // "Not discussed" is the new level 0; a culprit disciplined and a culprit not punished are one level now.
    'culture-blame-in-reviews': [1, 1, 2, 3, 4],
    // The old top ("walk others through how it happened") does not tell whether a guard against a repeat follows.
    'culture-owning-mistakes': [0, 1, 2, 3, null],
    // Old 0 and 1 were one state; "habits changed months later" is training now, "some habits alongside" level 2.
    'culture-last-tool-adoption': [0, 1, 1, 2, 4],
    // A backlog item seldom chosen now ranks below work chosen after an outage.
    'automation-planned-time': [0, 2, 1, 3, 4],
    // Old 1 said who deploys, not how; old 3 ("production still needs manual steps") is new 2.
    'automation-pipeline-release': [0, null, 1, 2, 4],
    // "Finding why needs new logging" is the same diagnosis as adding logging and waiting.
    'measurement-ask-new-questions': [0, 1, 0, 3, 4],
    // Counted now, not how collected: "one or two" spans two levels; "all four" is all four, however counted.
    'measurement-delivery-metrics': [0, 0, null, 4, 4],
    // Old 2 was about other teams; old 4 ("slow releases when failures rise") is the trade-off v3 places at 2.
    'measurement-stability-with-speed': [0, 1, null, 3, null],
    // Old 2 was about who approves releases, another axis.
    'sharing-pipeline-ownership': [0, 1, null, 3, 4],
    // Old 0 and 1 were one state seen from two sides; a write-up and a reuse each move down one.
    'sharing-solved-elsewhere': [0, 0, 1, 2, 3],
  },
  notApplicableMaps: {
    // In v2 "Not applicable" meant "we hold no incident reviews", which v3 scores as level 0.
    'culture-postmortem-actions': 0,
    'sharing-published-postmortems': 0,
  },
}
