import { useMessages } from '@/index';
import { appMessages } from './messages';

/**
 * Shown when the app cannot start at all (for example an unknown `?scenario=`), in our own words;
 * the error itself goes to the console. It renders without the provider, so in English.
 */
export function StartupError() {
  const copy = useMessages(appMessages);
  return (
    <main style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
      <h1>{copy.startup.title}</h1>
      <p role="alert">{copy.startup.body}</p>
      <p>
        <a href={window.location.pathname}>{copy.startup.openPlain}</a>
      </p>
    </main>
  );
}
