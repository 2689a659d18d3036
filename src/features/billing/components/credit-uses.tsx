import { useId } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { AI_ACTION_GROUPS } from '@/domain/usage';
import { useMessages } from '@/lib/i18n/locale-context';
import { billingMessages } from '../messages';
import './credit-uses.css';

/** Every kind of AI action, in the families a merchant recognises, each in a plain sentence. */
export function CreditUses() {
  const { uses: copy, groups, kinds } = useMessages(billingMessages);
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
                <h3>{groups[group.id].name}</h3>
                <p>{groups[group.id].summary}</p>
                <ul>
                  {group.kinds.map((kind) => (
                    <li key={kind}>{kinds[kind].sentence}</li>
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
