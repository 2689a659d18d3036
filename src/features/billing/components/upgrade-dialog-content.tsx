import type { RefObject } from 'react';
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
} from '@/components/ui/dialog';
import { isApiError } from '@/lib/api-errors';
import { upgradeCopy as copy } from '../copy';
import type { UpgradeMutation } from './upgrade-dialog';

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
 * The upgrade dialog itself, opened by UpgradeDialog's button: a chunk of its own, with the modal
 * machinery it needs (focus trap, scroll lock, layers), fetched when the merchant reaches for the
 * button rather than with the billing page. Closing gives focus back to that button.
 */
export function UpgradeDialogContent({
  open,
  onOpenChange,
  upgrade,
  onConfirm,
  returnFocusTo,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  upgrade: UpgradeMutation;
  onConfirm: () => void;
  returnFocusTo: RefObject<HTMLButtonElement | null>;
}) {
  const pending = upgrade.isPending;
  const failure = upgrade.error ? failureOf(upgrade.error) : null;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        aria-busy={pending || undefined}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocusTo.current?.focus();
        }}
      >
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
          <Button pending={pending} onClick={onConfirm}>
            {pending ? copy.confirming : failure ? copy.retry : copy.confirm}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
