import type { ReactNode } from 'react'

/** The stand-in for a screen that is not built yet: says what it will do, so nobody thinks it is broken. */
export function ComingSoon({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="view coming-soon" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">{title}</h1>
      </header>
      <div className="placeholder">
        <p className="placeholder-badge">Coming in this version</p>
        <div className="placeholder-text">{children}</div>
      </div>
    </section>
  )
}
