import { create } from 'zustand'

/*
 * The notes a facilitator types on present mode's disagreement slides, by question id. Kept in memory only, never
 * in localStorage: notes are for the meeting, and what lasts is the experiment a note is made into. Leaving present
 * mode and coming back in the same tab keeps them; a reload or another tab starts empty.
 */
interface PresentNotesState {
  notes: Readonly<Record<string, string>>
  actions: {
    noteWritten: (questionId: string, text: string) => void
  }
}

const usePresentNotesStore = create<PresentNotesState>()((set) => ({
  notes: {},
  actions: {
    noteWritten: (questionId, text) => set((state) => ({ notes: { ...state.notes, [questionId]: text } })),
  },
}))

export const usePresentNote = (questionId: string): string =>
  usePresentNotesStore((state) => state.notes[questionId] ?? '')
export const usePresentNotesActions = () => usePresentNotesStore((state) => state.actions)
