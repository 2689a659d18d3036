import { useFormats, useMessages } from '@/index';
import { appMessages } from './messages';

/** What the mock backend adds to its error for a `?scenario=` it does not know. */
interface UnknownScenario {
  unknownScenario?: { requested: string; known: readonly string[] };
}

/**
 * Shown when the app cannot start at all (for example an unknown `?scenario=`, named with the
 * ones that exist), in our own words; the error itself goes to the console. It renders without
 * the provider, so in English.
 */
export function StartupError({ error }: { error: unknown }) {
  const copy = useMessages(appMessages);
  const f = useFormats();
  const unknown = (error as UnknownScenario | null)?.unknownScenario;
  return (
    <main style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
      <h1>{copy.startup.title}</h1>
      <p role="alert">
        {unknown
          ? copy.startup.unknownScenario(unknown.requested, f.list(unknown.known))
          : copy.startup.body}
      </p>
      <p>
        <a href={window.location.pathname}>{copy.startup.openPlain}</a>
      </p>
    </main>
  );
}
