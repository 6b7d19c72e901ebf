import { lazy, useState, type ComponentType } from 'react'

/**
 * A screen whose code is its own chunk: `load` fetches it once (the app's first render waits for it, a person's
 * intent on a start choice starts it), and `Page` renders it. A Page mounted once the code is here renders it
 * straight away. React.lazy alone suspends on its first render even for code that is here (import() answers a
 * task later), so the page would commit "Loading…" and React would then hold the screen back until 300 ms after
 * that (its throttle of revealed fallbacks): on a slow phone, most of the wait for a first question.
 */
export function lazyPage<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loaded: ComponentType<Props> | undefined
  let loading: Promise<ComponentType<Props>> | undefined
  const loadOnce = () => (loading ??= load().then((component) => (loaded = component)))
  const Lazy = lazy(() => loadOnce().then((component) => ({ default: component })))
  function Page(props: Props) {
    // Chosen once per mount: turning from the lazy component to the loaded one later would remount the screen.
    const [Screen] = useState<ComponentType<Props>>(() => loaded ?? Lazy)
    return <Screen {...props} />
  }
  return { Page, load: loadOnce }
}
