import { Link } from 'wouter';
import { appCopy } from '../copy';
import { ROUTES } from '../paths';

export function NotFoundRoute() {
  return (
    <>
      <h1>{appCopy.notFound.title}</h1>
      <p>
        {appCopy.notFound.body} <Link href={ROUTES.home}>{appCopy.notFound.home}</Link>
      </p>
    </>
  );
}
