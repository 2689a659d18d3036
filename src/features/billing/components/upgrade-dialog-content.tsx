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
import { isApiError } from '@/lib/api/api-errors';
import { commonMessages, errorReason } from '@/lib/i18n/common';
import type { CommonMessages } from '@/lib/i18n/common/en';
import { useMessages } from '@/lib/i18n/locale-context';
import { billingMessages } from '../messages';
import type { BillingMessages } from '../messages/en';
import type { UpgradeMutation } from './upgrade-dialog';

/**
 * What went wrong, said specifically, and whether "nothing changed" is known to be true. A refusal
 * is told in our own words for its code (`errors`), never the server's message.
 */
export function failureOf(
  error: Error,
  failed: BillingMessages['upgrade']['failed'],
  errors: CommonMessages['errors'],
): { message: string; nothingChanged: boolean } {
  if (!isApiError(error)) return { message: failed.unknown, nothingChanged: false };
  const { failure } = error;
  switch (failure.kind) {
    case 'network':
      return { message: failed.network, nothingChanged: true };
    case 'timeout':
      // The request may have landed: say so instead of promising nothing changed.
      return { message: failed.timeout, nothingChanged: false };
    case 'contract':
      return { message: failed.unreadable, nothingChanged: false };
    case 'http':
      return failure.status >= 500
        ? { message: failed.unavailable(failure.status), nothingChanged: true }
        : { message: failed.refused(errorReason(error, errors)), nothingChanged: true };
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
  const copy = useMessages(billingMessages).upgrade;
  const { errors } = useMessages(commonMessages);
  const pending = upgrade.isPending;
  const failure = upgrade.error ? failureOf(upgrade.error, copy.failed, errors) : null;
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
          <li>{copy.dialogPoints.history}</li>
          <li>{copy.dialogPoints.restore}</li>
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
