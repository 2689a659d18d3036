import { useRef, useState } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useMessages } from '@/lib/i18n/locale-context';
import { lazyCode } from '@/lib/scheduling/lazy-code';
import type { useUpgradeToPro } from '../api/upgrade-to-pro';
import { billingMessages } from '../messages';
import type { UpgradeDialogContent as Content } from './upgrade-dialog-content';
import './upgrade-dialog.css';

export type UpgradeMutation = ReturnType<typeof useUpgradeToPro>;

/** The dialog's chunk, fetched once; after a failure, the next press tries again. */
const dialogContent = lazyCode(() =>
  import('./upgrade-dialog-content').then((module) => module.UpgradeDialogContent),
);

/**
 * The upgrade button and the dialog that confirms it. While checkout runs, the dialog stays open
 * and the confirm button ignores further presses; a failure is told in the dialog with a retry.
 *
 * The button is here; the dialog and its modal machinery (Radix Dialog, focus trap, scroll lock:
 * about 10 KB gzip) load when the merchant points at, touches or tabs to the button, ahead of the
 * press, so the billing page does not carry them to its first paint. If that code cannot be
 * fetched, the button says so beside it and the next press tries again.
 */
export function UpgradeDialog({
  upgrade,
  loadDialog = dialogContent.load,
}: {
  upgrade: UpgradeMutation;
  /** Where the dialog's code comes from: its own chunk. Stories pass one that stalls or fails. */
  loadDialog?: () => Promise<typeof Content>;
}) {
  const copy = useMessages(billingMessages).upgrade;
  const [open, setOpen] = useState(false);
  // Kept from the first opening on, so that closing plays out inside the dialog (focus back).
  const [Dialog, setDialog] = useState<typeof Content | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const loadingDialog = open && !Dialog;

  function changeOpen(next: boolean) {
    // Closing mid-checkout would hide its outcome; the dialog waits for the answer.
    if (upgrade.isPending) return;
    if (next) {
      upgrade.reset();
      setLoadFailed(false);
      if (!Dialog)
        loadDialog().then(
          (loaded) => setDialog(() => loaded),
          () => {
            setOpen(false);
            setLoadFailed(true);
          },
        );
    }
    setOpen(next);
  }

  function confirm() {
    // On the billing page the plan turns Pro and this dialog leaves with the Free layout; where
    // it stays (a story, a slow refresh), it closes on success all the same.
    if (!upgrade.isPending) upgrade.mutate(undefined, { onSuccess: () => setOpen(false) });
  }

  // Fetched ahead of the press; a failure here is told only if the press meets it too.
  const preload = () => void loadDialog().catch(() => {});
  return (
    <div data-slot="upgrade-trigger">
      <Button
        ref={button}
        aria-haspopup="dialog"
        aria-expanded={open}
        pending={loadingDialog}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => changeOpen(true)}
      >
        {copy.cta}
      </Button>
      {loadFailed && (
        <Alert tone="danger" live="assertive">
          <AlertDescription>{copy.dialogUnavailable}</AlertDescription>
        </Alert>
      )}
      {Dialog && (
        <Dialog
          open={open}
          onOpenChange={changeOpen}
          upgrade={upgrade}
          onConfirm={confirm}
          returnFocusTo={button}
        />
      )}
    </div>
  );
}
