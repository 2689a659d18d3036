import { lazy, Suspense, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { useUpgradeToPro } from '../api/upgrade-to-pro';
import { upgradeCopy as copy } from '../copy';

export type UpgradeMutation = ReturnType<typeof useUpgradeToPro>;

const loadDialog = () => import('./upgrade-dialog-content');
const UpgradeDialogContent = lazy(() =>
  loadDialog().then((m) => ({ default: m.UpgradeDialogContent })),
);

/**
 * The upgrade button and the dialog that confirms it. While checkout runs, the dialog stays open
 * and the confirm button ignores further presses; a failure is told in the dialog with a retry.
 *
 * The button is here; the dialog and its modal machinery (Radix Dialog, focus trap, scroll lock:
 * about 10 KB gzip) load when the merchant points at, touches or tabs to the button, ahead of the
 * press, so the billing page does not carry them to its first paint.
 */
export function UpgradeDialog({ upgrade }: { upgrade: UpgradeMutation }) {
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so that closing plays out inside the dialog (focus back).
  const [wanted, setWanted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  function changeOpen(next: boolean) {
    // Closing mid-checkout would hide its outcome; the dialog waits for the answer.
    if (upgrade.isPending) return;
    if (next) upgrade.reset();
    setWanted(true);
    setOpen(next);
  }

  function confirm() {
    // On the billing page the plan turns Pro and this dialog leaves with the Free layout; where
    // it stays (a story, a slow refresh), it closes on success all the same.
    if (!upgrade.isPending) upgrade.mutate(undefined, { onSuccess: () => setOpen(false) });
  }

  const preload = () => void loadDialog();
  return (
    <>
      <Button
        ref={button}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => changeOpen(true)}
      >
        {copy.cta}
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <UpgradeDialogContent
            open={open}
            onOpenChange={changeOpen}
            upgrade={upgrade}
            onConfirm={confirm}
            returnFocusTo={button}
          />
        </Suspense>
      )}
    </>
  );
}
