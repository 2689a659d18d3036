import { useId } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { Credits } from '@/contract/schemas';
import { creditLevel } from '@/domain/account';
import { useMessages } from '@/lib/i18n/locale-context';
import { billingMessages } from '../messages';
import type { BillingMessages } from '../messages/en';
import { UpgradeDialog, type UpgradeMutation } from './upgrade-dialog';
import './upgrade-offer.css';

/** The comparison's rows, in the order shown. */
const ROWS: readonly (keyof BillingMessages['upgrade']['rows'])[] = [
  'perAction',
  'limit',
  'runOut',
  'gauge',
];

/** The call to action on Free: what Pro changes for AI, side by side with Free, and the button. */
export function UpgradeOffer({ credits, upgrade }: { credits: Credits; upgrade: UpgradeMutation }) {
  const copy = useMessages(billingMessages).upgrade;
  const titleId = useId();
  const level = creditLevel(credits.balance);
  return (
    <Card asChild tone="accent">
      <section aria-labelledby={titleId} data-section="upgrade-offer">
        <CardHeader>
          <CardTitle id={titleId}>{copy.title}</CardTitle>
          <CardDescription>{copy.description}</CardDescription>
        </CardHeader>
        {(level === 'low' || level === 'empty') && (
          <p data-slot="upgrade-urgent">{level === 'low' ? copy.urgentLow : copy.urgentEmpty}</p>
        )}
        <CardContent>
          <table data-slot="upgrade-compare">
            <caption className="visually-hidden">{copy.compareCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{copy.feature}</th>
                <th scope="col">{copy.free}</th>
                <th scope="col">{copy.pro}</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((id) => (
                <tr key={id}>
                  <th scope="row">{copy.rows[id].feature}</th>
                  <td>{copy.rows[id].free}</td>
                  <td>{copy.rows[id].pro}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardContent>
        <div data-slot="upgrade-action">
          <UpgradeDialog upgrade={upgrade} />
        </div>
      </section>
    </Card>
  );
}
