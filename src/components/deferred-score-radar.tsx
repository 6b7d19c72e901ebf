import { useEffect, useRef, useState, type ComponentProps } from 'react'
import type * as ScoreRadarExports from './score-radar.tsx'
import { canDefer, onPrint, prepareBeforeRendering, revealLater } from './render-later.tsx'
import { describeRadar } from './radar-description.ts'

type ScoreRadarModule = typeof ScoreRadarExports
type ScoreRadarProps = ComponentProps<ScoreRadarModule['ScoreRadar']>

/** The chart's code (recharts) is fetched once, and kept, so a radar shown again renders in the same task. */
let loaded: ScoreRadarModule | undefined
let loading: Promise<ScoreRadarModule> | undefined
function loadScoreRadar(): Promise<ScoreRadarModule> {
  loading ??= import('./score-radar.tsx').then((module) => (loaded = module))
  return loading
}

/** A screen wide enough for the radar to sit in the first screen: it is drawn right after the text. */
const WIDE_SCREEN = '(min-width: 48em)'

/**
 * On a narrower screen the chart loads once half of it has come within 100 px of the screen: it sits below the
 * table, at the very bottom of a phone's first screen or under it, and a person scrolling towards it finds it drawn.
 */
const NEAR = { rootMargin: '0px 0px 100px 0px', threshold: 0.5 }

/**
 * The score radar, drawn once it comes near the screen or the page prints. Until then a box of the chart's size
 * with the chart's name holds its place, so the text results paint without waiting for recharts and nothing
 * moves when the drawing arrives.
 */
export function DeferredScoreRadar(props: ScoreRadarProps) {
  const placeholder = useRef<HTMLDivElement>(null)
  const [radar, setRadar] = useState(() => loaded)
  const [wanted, setWanted] = useState(() => !canDefer())

  useEffect(() => prepareBeforeRendering(loadScoreRadar), [])

  useEffect(() => {
    if (wanted) return
    const stopPrint = onPrint(() => {
      // Drawn in this task when the code is already here; otherwise as soon as it arrives.
      if (loaded) setRadar(() => loaded)
      setWanted(true)
    })
    if (window.matchMedia(WIDE_SCREEN).matches) {
      const stopLater = revealLater(() => setWanted(true))
      return () => {
        stopPrint()
        stopLater()
      }
    }
    const element = placeholder.current
    if (element === null) return stopPrint
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.intersectionRatio >= NEAR.threshold)) setWanted(true)
    }, NEAR)
    observer.observe(element)
    return () => {
      stopPrint()
      observer.disconnect()
    }
  }, [wanted])

  useEffect(() => {
    if (!wanted || radar !== undefined) return
    let current = true
    void loadScoreRadar().then((loadedModule) => {
      if (current) setRadar(() => loadedModule)
    })
    return () => {
      current = false
    }
  }, [wanted, radar])

  if (radar === undefined || !wanted) {
    const { title, groups, comparison, targets } = props
    return (
      <div
        ref={placeholder}
        className="radar radar-pending"
        role="img"
        aria-label={describeRadar(title, groups, comparison, targets)}
      />
    )
  }
  return <radar.ScoreRadar {...props} />
}
