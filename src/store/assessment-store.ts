import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { useShallow } from 'zustand/react/shallow'
import type { PillarAnswer } from '../domain/bank/answers.ts'
import { DEFAULT_CHECK_DEPTH, type CheckDepth } from '../domain/bank/check-depth.ts'
import type { DoraAnswers, DoraMetric } from '../domain/dora/dora-metrics.ts'
import { BANK_VERSION } from '../domain/bank/question-bank.ts'
import {
  answersForAnotherSession,
  createEmptyAssessment,
  findNewerStoredAssessment,
  doraAnswerKey,
  isEmptyAssessment,
  mergeStoredAssessments,
  parseStoredAssessment,
  STORED_ASSESSMENT_VERSION,
  upgradeStoredAssessment,
  type StoredAssessment,
  SELF_CHECK,
} from '../domain/storage/stored-assessment.ts'
import { clipSessionName, MAX_SESSION_NAME_LENGTH } from '../domain/routes/invitation.ts'
import type { LiveInvitation } from '../domain/live/live-invitation.ts'
import { persistedStoreOptions } from './persisted-store.ts'
import { browserStorage, followRemovalInOtherTabs, readRaw, type GetStorage } from './safe-storage.ts'
import { reportStorageProblem } from './storage-status-store.ts'
import { ASSESSMENT_STORAGE_KEY } from '../domain/storage/assessment-storage-key.ts'

interface AssessmentActions {
  answerQuestion: (questionId: string, answer: PillarAnswer) => void
  answerDoraMetric: (metric: DoraMetric, answer: NonNullable<DoraAnswers[DoraMetric]>) => void
  stepVisited: (step: number) => void
  /** "Start quick check", "Start self-check" or "Continue to the full check": every answer is kept. */
  depthChosen: (depth: CheckDepth) => void
  profileChanged: (profile: NonNullable<StoredAssessment['profile']>) => void
  /** The person opened an invitation link naming this session, and its live session when the link has one. */
  invitationAccepted: (sessionName: string, live?: LiveInvitation) => void
  resetAssessment: () => void
  /** The person has read how many earlier answers a newer question bank set aside. */
  setAsideNoticed: () => void
  otherTabSaved: (theirs: StoredAssessment) => void
  /** A backup replaces the self-check exactly, older answers included. */
  selfCheckRestored: (restored: StoredAssessment) => void
  /** "Clear this device": everything goes, the remembered name and role too. */
  deviceCleared: () => void
}

type AssessmentState = StoredAssessment & { actions: AssessmentActions }

function toStoredAssessment(state: AssessmentState): StoredAssessment {
  const {
    bankVersion,
    answers,
    dora,
    answeredAt,
    lastStep,
    resetAt,
    profile,
    setAside,
    setAsideAcknowledged,
    depth,
    invitation,
    liveInvitation,
    continuedFromQuick,
    depthChosenAt,
  } = state
  return {
    bankVersion,
    answers,
    dora,
    answeredAt,
    lastStep,
    resetAt,
    ...(profile ? { profile } : {}),
    setAside,
    setAsideAcknowledged,
    ...(depth === undefined ? {} : { depth }),
    ...(invitation === undefined ? {} : { invitation }),
    ...(liveInvitation === undefined ? {} : { liveInvitation }),
    ...(continuedFromQuick === true ? { continuedFromQuick } : {}),
    ...(depthChosenAt === undefined ? {} : { depthChosenAt }),
  }
}

/** The app's one store over localStorage, or one over the storage a test passes, so two can play two tabs. */
export function createAssessmentStore(getStorage: GetStorage = browserStorage) {
  return create<AssessmentState>()(
    persist(
      (set, _get, api) => ({
        ...createEmptyAssessment(BANK_VERSION),
        actions: {
          answerQuestion: (questionId, answer) =>
            set((state) => ({
              answers: { ...state.answers, [questionId]: answer },
              answeredAt: { ...state.answeredAt, [questionId]: Date.now() },
            })),
          answerDoraMetric: (metric, answer) =>
            set((state) => ({
              dora: { ...state.dora, [metric]: answer },
              answeredAt: { ...state.answeredAt, [doraAnswerKey(metric)]: Date.now() },
            })),
          stepVisited: (step) => set({ lastStep: step }),
          depthChosen: (depth) =>
            set((state) => ({
              depth,
              depthChosenAt: Date.now(),
              continuedFromQuick:
                depth === 'full' &&
                ((state.depth ?? DEFAULT_CHECK_DEPTH) === 'quick' || state.continuedFromQuick === true),
            })),
          profileChanged: (profile) => set({ profile }),
          // The invitation is replaced whole: a plain link for a session leaves no live session of another behind.
          invitationAccepted: (sessionName, live) =>
            set({ invitation: clipSessionName(sessionName, MAX_SESSION_NAME_LENGTH), liveInvitation: live }),
          setAsideNoticed: () => set((state) => ({ setAsideAcknowledged: state.setAside.length })),
          resetAssessment: () =>
            set({ ...createEmptyAssessment(BANK_VERSION), continuedFromQuick: false, resetAt: Date.now() }),
          otherTabSaved: (theirs) =>
            set((state) => {
              const merged = mergeStoredAssessments(toStoredAssessment(state), theirs)
              // Writing back an unchanged state would bounce storage events between tabs for nothing.
              return JSON.stringify(merged) === JSON.stringify(toStoredAssessment(state)) ? state : merged
            }),
          selfCheckRestored: (restored) => {
            // Each write merges with storage answer by answer and the newer answer wins, which would keep today's
            // answers over a backup's older ones; with storage cleared first, the write stores the backup as it is.
            api.persist.clearStorage()
            set({ ...restored, continuedFromQuick: restored.continuedFromQuick === true })
          },
          deviceCleared: () =>
            set((state) => ({ ...createEmptyAssessment(BANK_VERSION), actions: state.actions }), true),
        },
      }),
      persistedStoreOptions({
        name: ASSESSMENT_STORAGE_KEY,
        format: {
          stored: SELF_CHECK,
          parse: parseStoredAssessment,
          upgrade: upgradeStoredAssessment,
          merge: mergeStoredAssessments,
          isEmpty: isEmptyAssessment,
          version: STORED_ASSESSMENT_VERSION,
          findNewer: findNewerStoredAssessment,
        },
        partialize: toStoredAssessment,
        getStorage,
      }),
    ),
  )
}

export type AssessmentStore = ReturnType<typeof createAssessmentStore>

const useAssessmentStore = createAssessmentStore()

followRemovalInOtherTabs(ASSESSMENT_STORAGE_KEY, () => useAssessmentStore.getState().actions.deviceCleared())

export const useAnswers = () => useAssessmentStore((state) => state.answers)
export const useDoraAnswers = () => useAssessmentStore((state) => state.dora)
export const useAnsweredAt = () => useAssessmentStore((state) => state.answeredAt)
const NO_PROFILE = { alias: '', role: '' } as const
export const useProfile = () => useAssessmentStore((state) => state.profile ?? NO_PROFILE)
export const useInvitation = () => useAssessmentStore((state) => state.invitation)
/** The live session of the invitation kept with the self-check, if it has one. */
export const useLiveInvitation = (): LiveInvitation | undefined =>
  useAssessmentStore((state) => state.liveInvitation)
/**
 * Whether arriving with this invitation finds answers given for another session (answersForAnotherSession); false
 * without an invitation.
 */
export const useAnswersForAnotherSession = (
  invitation: string | undefined,
  live: LiveInvitation | undefined,
) =>
  useAssessmentStore((state) =>
    invitation === undefined ? false : answersForAnotherSession(state, invitation, live),
  )
/** Earlier answers set aside by a newer question bank that the person has not been told about yet. */
export const useUnnoticedSetAside = () =>
  useAssessmentStore(useShallow((state) => state.setAside.slice(state.setAsideAcknowledged)))
export const useCheckDepth = () => useAssessmentStore((state) => state.depth ?? DEFAULT_CHECK_DEPTH)
/** The full check continues a quick one: its questions the quick check did not ask are marked new. */
export const useContinuedFromQuick = () =>
  useAssessmentStore(
    (state) => (state.depth ?? DEFAULT_CHECK_DEPTH) === 'full' && state.continuedFromQuick === true,
  )
export const useAssessmentActions = () => useAssessmentStore((state) => state.actions)
/** The actions outside React: for the device registry, which restores and clears every store at once. */
export const readAssessmentActions = () => useAssessmentStore.getState().actions

/** The whole self-check as stored, read once (for a backup) rather than subscribed to. */
export const readStoredAssessment = (): StoredAssessment => toStoredAssessment(useAssessmentStore.getState())

/** Keeps this tab's answers in step with other tabs of the same browser; returns the unsubscribe function. */
export function followOtherTabs(
  store: AssessmentStore = useAssessmentStore,
  getStorage: GetStorage = browserStorage,
): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== ASSESSMENT_STORAGE_KEY || event.newValue === null) return
    const raw = readRaw(getStorage, ASSESSMENT_STORAGE_KEY)
    if (raw === null) return
    const newer = findNewerStoredAssessment(raw)
    if (newer !== undefined) {
      // Said at once, not at this tab's next write, which the safe storage refuses anyway.
      reportStorageProblem({ kind: 'newer', ...newer })
      return
    }
    const parsed = parseStoredAssessment(raw)
    if (!parsed.ok) return
    const theirs = upgradeStoredAssessment(parsed.value.state, parsed.value.version)
    if (theirs.ok) store.getState().actions.otherTabSaved(theirs.value)
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}
