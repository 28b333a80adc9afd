import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './dialog.css';

type ConfirmProps = {
  title: string;
  /** What happens if the person goes ahead. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm(): void;
};

/**
 * A modal question before something that cannot simply be taken back. Focus starts on the harmless answer and is
 * kept inside until it closes; Escape cancels; focus then returns to what opened it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  isOpen,
  onOpenChange,
}: ConfirmProps & { isOpen?: boolean; onOpenChange?(isOpen: boolean): void }) {
  return (
    <ModalOverlay className="modal-overlay" isDismissable isOpen={isOpen} onOpenChange={onOpenChange}>
      <Modal className="modal">
        <Dialog role="alertdialog" className="confirm-dialog">
          {({ close }) => (
            <>
              <Heading slot="title" level={2}>
                {title}
              </Heading>
              <div className="confirm-message">{children}</div>
              <div className="button-row">
                <Button autoFocus onPress={close}>
                  {cancelLabel}
                </Button>
                <Button
                  className="danger"
                  onPress={() => {
                    close();
                    onConfirm();
                  }}
                >
                  {confirmLabel}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** A button that asks first; `onConfirm` runs only when the person confirms. */
export function ConfirmButton({
  label,
  className,
  isDisabled,
  ...confirm
}: ConfirmProps & { label: ReactNode; className?: string; isDisabled?: boolean }) {
  return (
    <DialogTrigger>
      <Button className={className} isDisabled={isDisabled}>
        {label}
      </Button>
      <ConfirmDialog {...confirm} />
    </DialogTrigger>
  );
}
