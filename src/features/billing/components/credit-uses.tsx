import { useId } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { AI_ACTION_GROUPS } from '@/domain/usage';
import { groupCopy, kindCopy, usesCopy as copy } from '../copy';
import './credit-uses.css';

/** Every kind of AI action, in the families a merchant recognises, each in a plain sentence. */
export function CreditUses() {
  const titleId = useId();
  return (
    <Card asChild>
      <section aria-labelledby={titleId} data-section="credit-uses">
        <CardHeader>
          <CardTitle id={titleId}>{copy.title}</CardTitle>
          <CardDescription>{copy.description}</CardDescription>
        </CardHeader>
        <CardContent>
          <div data-slot="credit-uses-groups">
            {AI_ACTION_GROUPS.map((group) => (
              <div key={group.id} data-slot="credit-uses-group">
                <h3>{groupCopy[group.id].name}</h3>
                <p>{groupCopy[group.id].summary}</p>
                <ul>
                  {group.kinds.map((kind) => (
                    <li key={kind}>{kindCopy[kind].sentence}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </CardContent>
      </section>
    </Card>
  );
}
