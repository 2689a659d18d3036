import { useQuery } from '@tanstack/react-query';
import { usePrefetchInBrowser } from '@/lib/api/use-prefetch-in-browser';
import { agentQueryOptions } from './get-agent';

export function useAgent() {
  // Asked for as it first renders, like the credits (see useCredits), not after the commit.
  const options = agentQueryOptions();
  usePrefetchInBrowser(options);
  return useQuery(options);
}
