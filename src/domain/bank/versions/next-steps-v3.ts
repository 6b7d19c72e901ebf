import type { NextSteps } from '../question-bank-schema.ts'

/*
 * The next steps of question bank version 3, by question id: `start` for levels 0-1, `grow` for levels 2-3, `keep`
 * for level 4 (keep it, or teach it to another team). Each fits both levels of its bucket and repeats nothing a
 * level already does; `takeToManager` marks a step the team cannot take alone (on-call terms, appraisals, release
 * dates, approvals, how managers use numbers), which the results say. Kept apart from the bank so the questionnaire
 * does not load them; their wording may improve without a new bank version, but every question keeps one set.
 */
export const NEXT_STEPS_V3: Readonly<Record<string, NextSteps>> = {
  'culture-dev-on-call': {
    start: "Subscribe the team to its service's alerts for a month and go through every one at stand-up.",
    grow: 'Put developers first in line for one alert they fully understand, with agreed on-call terms and backup.',
    keep: "Go through last month's alerts each month and remove every one that did not need a human.",
    takeToManager: ['grow'],
  },
  'culture-blame-in-reviews': {
    start: 'Agree that failure reviews never feed appraisals, then review the next failure naming nobody.',
    grow: 'Open the next review with the most senior person describing their own part, then ask what made each slip easy.',
    keep: 'Facilitate a review for another team, and ask someone from another team to facilitate one of yours.',
    takeToManager: ['start'],
  },
  'culture-postmortem-actions': {
    start:
      'Hold a review of the next incident and end it by agreeing one action, with an owner and a due date.',
    grow: 'Put open review actions at the top of the next planning, ahead of new features, until they are done.',
    keep: 'Count repeat incidents each quarter; when one recurs, reopen the actions of its earlier review.',
  },
  'culture-raising-concerns': {
    start:
      'Collect written, anonymous concerns before the next planning, and discuss each one in the meeting.',
    grow: 'At planning, ask the newer people for their concerns before the senior people speak.',
    keep: 'Tell each new joiner about a time a raised concern changed a plan, and why that was good.',
  },
  'culture-owning-mistakes': {
    start: 'At the next retrospective, have the most senior person describe a recent mistake of their own.',
    grow: 'Agree to say "I broke X" in the team channel at once, and to answer each with help and a guard against a repeat.',
    keep: 'Keep a short page of slips the team learned from, and show it to new joiners in their first week.',
  },
  'culture-tool-adoption': {
    start:
      'Before adopting the next tool, write down the habit or hand-off it should change, and check it a month later.',
    grow: 'Ask to drop, for a month, one approval that your pipeline already checks automatically.',
    keep: 'Write up how you changed a habit before choosing a tool, and walk another team through it.',
    takeToManager: ['grow'],
  },
  'automation-repeated-toil': {
    start: 'List the manual steps of your last release and automate the one done most often.',
    grow: 'Move private and scattered scripts into the repository, and run them from the pipeline or chat.',
    keep: 'Ask at each retrospective which task someone did by hand three times, and automate one.',
  },
  'automation-planned-time': {
    start: 'Put one toil-removing item into the next plan and show the time it saved at the review.',
    grow: 'Estimate the hours each automation item would save per month, and plan the biggest one next.',
    keep: 'Report the hours saved by automation each quarter, so it keeps its place in planning.',
  },
  'automation-config-in-version-control': {
    start: "Copy one service's configuration into its repository and make the next change there.",
    grow: 'List every setting still changed by hand, and move the most often changed one into the repository.',
    keep: 'Show another team how your deploy undoes hand edits, and help them set it up for one service.',
  },
  'automation-database-migrations': {
    start:
      "Adopt a migration tool, check in today's schema as its baseline, and make the next change through it.",
    grow: 'Let the pipeline apply migrations in the next environment where they still run by hand.',
    keep: 'Rehearse recovering from a failed migration in staging once a quarter.',
  },
  'automation-ci-every-commit': {
    start: 'Set up a pipeline that builds and runs the existing tests on every push, however few they are.',
    grow: 'Automate the manual check you repeat most and quarantine flaky tests, so a failure can block the pipeline.',
    keep: "Track the pipeline's duration and flaky tests each month, and fix whichever has grown.",
  },
  'automation-red-build': {
    start: 'Send main-branch build failures to the team chat, and agree who looks at each one.',
    grow: 'Agree to revert first and fix afterwards whenever main goes red, and that nobody merges meanwhile.',
    keep: 'Time each red build this month from break to green, and look at the slowest at the retrospective.',
  },
  'automation-pipeline-release': {
    start:
      'Put the deployment steps into one script in the repository, and run it from the pipeline for one test environment.',
    grow: 'Move the next manual step toward production into the pipeline, starting with its checks.',
    keep: 'Walk another team through your pipeline, and help them automate one of their manual deployment steps.',
  },
  'automation-infrastructure-as-code': {
    start:
      'Import one hand-built resource into Terraform, Pulumi or CloudFormation and make its next change in code.',
    grow: 'Bring the next hand-built resource into code, and apply it from the pipeline rather than by hand.',
    keep: 'Create a throwaway environment from code each month and delete it, to prove the code still works.',
  },
  'lean-change-size': {
    start:
      'Split the next feature into slices that can each ship alone, and ask to release the first one on its own date.',
    grow: 'Hide unfinished work behind a feature flag, so each piece can ship the day it is done.',
    keep: 'Look at the largest change of the month at the retrospective and ask how it could have been split.',
    takeToManager: ['start'],
  },
  'lean-handoffs': {
    start: 'Map your last change from idea to production, with each hand-off and how long it waited there.',
    grow: 'Pair with the team behind your longest-waiting hand-off on the next change, and learn that step.',
    keep: 'Map your path to production again this month, and remove any hand-off that has crept back.',
  },
  'lean-wip-per-person': {
    start: "Put all current work on one board, count it, and set a WIP limit just below today's count.",
    grow: 'Lower the WIP limit by one; when it is reached, help finish an item instead of starting one.',
    keep: 'Show another team your board and limit, and help them count their own work in progress.',
  },
  'lean-branch-lifetime': {
    start: 'List open branches by age at stand-up each day, and merge or split the oldest first.',
    grow: 'Split work into pieces that merge within a day, hiding unfinished ones behind a flag.',
    keep: 'Check branch ages each month; if the typical age creeps past a day, discuss why at the retrospective.',
  },
  'lean-environment-wait': {
    start: 'Log every wait for an environment this month, and take the longest to the team that owns it.',
    grow: 'Script the setup of your test environment so that anyone on the team can create one.',
    keep: 'Delete environments nobody used for a week, so self-service stays cheap enough to keep.',
  },
  'lean-review-wait': {
    start:
      'For a month, note how long each finished change waits for people, and take the longest wait to whoever owns that step.',
    grow: 'Agree that a review request is answered before anyone starts new work, and pair on one change a week.',
    keep: 'Check each month how long changes wait for review, and raise it at the retrospective if it creeps up.',
  },
  'lean-user-feedback': {
    start:
      'Before the next feature ships, write down the signal that will show it works, and check it a week later.',
    grow: 'Add one usage measure to each new feature, and look at it at the first stand-up after release.',
    keep: 'At each demo, show what users did with the last feature, not only what was built.',
  },
  'measurement-service-telemetry': {
    start: 'Add request rate, error rate and latency metrics, plus structured logs, to your busiest service.',
    grow: 'Add tracing to the request path that crosses the most services, and link its logs to the traces.',
    keep: 'Check each new service against a short telemetry checklist before its first release.',
  },
  'measurement-ask-new-questions': {
    start:
      'After the next puzzling problem, write down the question you could not answer and add that telemetry.',
    grow: 'Add request ids to every log line and trace, so one request can be followed across services.',
    keep: 'Once a quarter, let one person break staging on purpose while the rest find why from telemetry alone.',
  },
  'measurement-incident-detection': {
    start: 'Add an alert on the error rate users see for your main service, sent to the team that builds it.',
    grow: 'Set one service level objective for your main service, and alert on it instead of a noisy server alert.',
    keep: 'Go through every alert that fired last month, and delete those nobody needed to act on.',
  },
  'measurement-delivery-metrics': {
    start:
      'Estimate the four for your main service today, write them down, and repeat the estimate next quarter.',
    grow: "Start tracking a metric you do not track yet, from the pipeline's or the incident log's own records.",
    keep: 'Once a quarter, check that the numbers still match what the team experiences.',
  },
  'measurement-metrics-use': {
    start: "Ask that delivery numbers stay the team's own, as DORA advises: never a ranking, never a target.",
    grow: 'Pick one improvement meant to move one metric, and look at that metric again a month later.',
    keep: 'Show a neighbouring team how you use metrics to choose and check improvements.',
    takeToManager: ['start'],
  },
  'measurement-stability-with-speed': {
    start:
      'Put change failure rate and recovery time next to deployment frequency wherever the team looks each week.',
    grow: 'When failures rise, make the next changes smaller and fix the cause before new features, instead of deploying less.',
    keep: 'Show stakeholders how speed and stability moved together this quarter, and what made both better.',
  },
  'sharing-pipeline-ownership': {
    start: "Ask the pipeline's owners to pair with you on its next change, and make that change yourselves.",
    grow: 'List what still needs the central team, and take over the smallest item with their help.',
    keep: 'Offer to pair with a team that still files tickets for its pipeline changes.',
  },
  'sharing-operations-skills': {
    start: 'Have a developer pair with whoever deploys your service on its next deployment.',
    grow: 'Rotate who deploys each week, with the specialist pairing, until everyone has done it once.',
    keep: 'Write down what a new joiner needs to deploy alone, and have the newest person check it works.',
  },
  'sharing-published-postmortems': {
    start:
      'Write up your next incident on one page that names nobody, and share it with a neighbouring team.',
    grow: 'Send your latest review to the teams whose services it touches, with the lesson that may apply to them.',
    keep: "Read another team's latest review together each month, and note one lesson for your own service.",
  },
  'sharing-solved-elsewhere': {
    start: 'Start a shared page where each team notes, once a month, one delivery problem it solved and how.',
    grow: "Reuse another team's solution for your next matching problem, and add what you learned to its write-up.",
    keep: 'Ask a newer team which problem they are stuck on, and point them to what already exists.',
  },
  'sharing-common-tooling': {
    start:
      'Move one script that several teams copy into a shared repository, with an owner who reviews changes.',
    grow: 'Ask the owners of a shared tool to accept one fix from you as a merge request, and pair with them on it.',
    keep: 'Write a short guide to contributing to your shared tools, and point the next new team to it.',
  },
}
