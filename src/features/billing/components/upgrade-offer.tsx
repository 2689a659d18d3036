import { useId } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { Credits } from '@/contract/schemas';
import { creditLevel } from '@/domain/account';
import { upgradeCopy as copy } from '../copy';
import { UpgradeDialog, type UpgradeMutation } from './upgrade-dialog';
import './upgrade-offer.css';

/** The call to action on Free: what Pro changes for AI, side by side with Free, and the button. */
export function UpgradeOffer({ credits, upgrade }: { credits: Credits; upgrade: UpgradeMutation }) {
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
              {copy.rows.map((row) => (
                <tr key={row.feature}>
                  <th scope="row">{row.feature}</th>
                  <td>{row.free}</td>
                  <td>{row.pro}</td>
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
