import { Dialog as DialogPrimitive } from 'radix-ui';
import type * as React from 'react';
import './dialog.css';

/*
 * Trigger and Close carry no data-slot: they are usually `asChild` around a Button, and a slot
 * name passed down would replace the button's own.
 */

/**
 * A modal dialog on Radix: focus moves in and is trapped there, Escape closes it, and focus goes
 * back to what opened it. A title is required (it names the dialog); give a description too.
 */
export function Dialog(props: React.ComponentProps<typeof DialogPrimitive.Root>) {
  return <DialogPrimitive.Root {...props} />;
}

export function DialogTrigger(props: React.ComponentProps<typeof DialogPrimitive.Trigger>) {
  return <DialogPrimitive.Trigger {...props} />;
}

export function DialogClose(props: React.ComponentProps<typeof DialogPrimitive.Close>) {
  return <DialogPrimitive.Close {...props} />;
}

/** The dialog box over a dimmed page, rendered at the end of the document. */
export function DialogContent({
  children,
  ...props
}: React.ComponentProps<typeof DialogPrimitive.Content>) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay data-slot="dialog-overlay" />
      <DialogPrimitive.Content data-slot="dialog-content" {...props}>
        {children}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

export function DialogHeader(props: React.ComponentProps<'div'>) {
  return <div data-slot="dialog-header" {...props} />;
}

export function DialogTitle(props: React.ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title data-slot="dialog-title" {...props} />;
}

export function DialogDescription(props: React.ComponentProps<typeof DialogPrimitive.Description>) {
  return <DialogPrimitive.Description data-slot="dialog-description" {...props} />;
}

export function DialogFooter(props: React.ComponentProps<'div'>) {
  return <div data-slot="dialog-footer" {...props} />;
}
