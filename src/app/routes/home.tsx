import { useCredits } from '@/features/credits/api/get-credits';

export function HomeRoute() {
  const credits = useCredits();
  return (
    <>
      <h1>Your AI Agent</h1>
      <p>
        {credits.data?.plan === 'pro'
          ? 'You are on Pro: AI replies are included with no limits.'
          : 'The agent answers your Instagram DMs. On the Free plan each AI action uses one credit from your balance.'}
      </p>
    </>
  );
}
