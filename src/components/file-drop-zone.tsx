import { useId, useState, type ReactNode } from 'react'

interface FileDropZoneProps {
  /** The file input's label. */
  label: string
  /** Says what files it takes and that they can be dropped; the input's description. */
  hint: ReactNode
  /** Called with the chosen or dropped files, never with none. */
  onFiles: (files: File[]) => void
}

/** A file input for several JSON files that also takes them dropped anywhere on its box. */
export function FileDropZone({ label, hint, onFiles }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false)
  const ids = { input: useId(), hint: useId() }
  const take = (files: File[]) => {
    if (files.length > 0) onFiles(files)
  }
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- dropping is a shortcut; the file input inside is the keyboard's way in
    <div
      role="group"
      aria-labelledby={ids.input}
      className={dragging ? 'drop-zone dragging' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault()
        setDragging(false)
        take([...event.dataTransfer.files])
      }}
    >
      <label htmlFor={ids.input}>{label}</label>
      <input
        id={ids.input}
        type="file"
        accept=".json,application/json"
        multiple
        aria-describedby={ids.hint}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])]
          // Choosing the same file again is a new choice.
          event.target.value = ''
          take(files)
        }}
      />
      <p id={ids.hint} className="note">
        {hint}
      </p>
    </div>
  )
}
