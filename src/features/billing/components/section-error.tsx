import { Alert, AlertActions, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** A part of the page that could not load: what failed, that nothing changed, and a retry. */
export function SectionError({
  title,
  detail,
  retryLabel,
  onRetry,
}: {
  title: string;
  detail?: string;
  retryLabel: string;
  onRetry: () => void;
}) {
  return (
    <Alert tone="danger" live="assertive">
      <AlertTitle>{title}</AlertTitle>
      {detail && <AlertDescription>{detail}</AlertDescription>}
      <AlertActions>
        <Button variant="secondary" onClick={onRetry}>
          {retryLabel}
        </Button>
      </AlertActions>
    </Alert>
  );
}
