import { useEffect, useState } from 'react';
import { afterFirstPaint } from './after-first-paint';

/**
 * False until the first contentful paint (see afterFirstPaint), then true: for a part that waits
 * for it. Its own file: the server entry uses afterFirstPaint and carries no React.
 */
export function useAfterFirstPaint(): boolean {
  const [isPainted, setPainted] = useState(false);
  useEffect(() => {
    let current = true;
    void afterFirstPaint().then(() => current && setPainted(true));
    return () => {
      current = false;
    };
  }, []);
  return isPainted;
}
