import { useAgent } from '@/features/agent/api/get-agent';

export function ActivationRulesRoute() {
  const agent = useAgent();
  return (
    <>
      <h1>Activation rules</h1>
      {agent.data && <p>Current mode: {agent.data.activationMode}</p>}
    </>
  );
}
