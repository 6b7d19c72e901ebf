import './app/app.css'

/*
 * The app starts in two steps, React first and the app's own modules a task later. Each is evaluated in one task,
 * and a tap on the prerendered page (a start choice, then a radio of the first step it shows: see
 * src/browser/prerendered-step.ts) is handled only between tasks: in one task, React and the app together held a
 * tap on a slow phone for 600-900 ms after the page was painted. The build preloads both from the HTML
 * (entryImportLinks in vite.config.ts), so the split costs no round trip.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

async function start(): Promise<void> {
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  const { createRoot } = await import('react-dom/client')
  await nextTask()
  const { startApp } = await import('./app/start-app.tsx')
  startApp(createRoot(root))
}
void start()
