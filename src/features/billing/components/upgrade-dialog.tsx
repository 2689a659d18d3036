import { useState } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog';
import { isApiError } from '@/lib/api-errors';
import type { useUpgradeToPro } from '../api/upgrade-to-pro';
import { upgradeCopy as copy } from '../copy';

export type UpgradeMutation = ReturnType<typeof useUpgradeToPro>;

/** What went wrong, said specifically, and whether "nothing changed" is known to be true. */
function failureOf(error: Error): { message: string; nothingChanged: boolean } {
  if (!isApiError(error)) return { message: copy.failed.unknown, nothingChanged: false };
  const { failure } = error;
  switch (failure.kind) {
    case 'network':
      return { message: copy.failed.network, nothingChanged: true };
    case 'timeout':
      // The request may have landed: say so instead of promising nothing changed.
      return { message: copy.failed.timeout, nothingChanged: false };
    case 'contract':
      return { message: copy.failed.unreadable, nothingChanged: false };
    case 'http':
      return failure.status >= 500
        ? { message: copy.failed.unavailable(failure.status), nothingChanged: true }
        : { message: copy.failed.refused(failure.message), nothingChanged: true };
  }
}

/**
 * The upgrade button and the dialog that confirms it. While checkout runs, the dialog stays open
 * and the confirm button ignores further presses; a failure is told in the dialog with a retry.
 */
export function UpgradeDialog({ upgrade }: { upgrade: UpgradeMutation }) {
  const [open, setOpen] = useState(false);
  const pending = upgrade.isPending;
  const failure = upgrade.error ? failureOf(upgrade.error) : null;

  function changeOpen(next: boolean) {
    // Closing mid-checkout would hide its outcome; the dialog waits for the answer.
    if (pending) return;
    if (next) upgrade.reset();
    setOpen(next);
  }

  function confirm() {
    // On the billing page the plan turns Pro and this dialog leaves with the Free layout; where
    // it stays (a story, a slow refresh), it closes on success all the same.
    if (!upgrade.isPending) upgrade.mutate(undefined, { onSuccess: () => setOpen(false) });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button>{copy.cta}</Button>
      </DialogTrigger>
      <DialogContent aria-busy={pending || undefined}>
        <DialogHeader>
          <DialogTitle>{copy.dialogTitle}</DialogTitle>
          <DialogDescription>{copy.dialogDescription}</DialogDescription>
        </DialogHeader>
        <ul data-slot="upgrade-points">
          {copy.dialogPoints.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        {failure && (
          <Alert tone="danger" live="assertive">
            <AlertTitle>{copy.failedTitle}</AlertTitle>
            <AlertDescription>
              <p>{failure.message}</p>
              {failure.nothingChanged && <p>{copy.stillFree}</p>}
            </AlertDescription>
          </Alert>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary" disabled={pending}>
              {copy.cancel}
            </Button>
          </DialogClose>
          <Button pending={pending} onClick={confirm}>
            {pending ? copy.confirming : failure ? copy.retry : copy.confirm}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
