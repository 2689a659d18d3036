/** Shown when the app cannot start at all (for example an unknown `?scenario=`): says why, plainly. */
export function StartupError({ error }: { error: unknown }) {
  return (
    <main style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
      <h1>The app could not start</h1>
      <p role="alert">{error instanceof Error ? error.message : String(error)}</p>
      <p>
        <a href={window.location.pathname}>Open the app without it</a>
      </p>
    </main>
  );
}
