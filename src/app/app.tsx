import { StartPage } from '../features/start/start-page.tsx'

export function App() {
  return (
    <main id="main" className="page">
      <StartPage />
    </main>
  )
}
