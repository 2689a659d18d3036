import { Link } from 'wouter';
import { ROUTES } from '../paths';

export function NotFoundRoute() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link href={ROUTES.home}>Go to the home page</Link>
      </p>
    </>
  );
}
