import { Link } from 'wouter';
import { useMessages } from '@/index';
import { appMessages } from '../messages';
import { ROUTES } from '../paths';

export function NotFoundRoute() {
  const copy = useMessages(appMessages);
  return (
    <>
      <h1>{copy.notFound.title}</h1>
      <p>
        {copy.notFound.body} <Link href={ROUTES.home}>{copy.notFound.home}</Link>
      </p>
    </>
  );
}
