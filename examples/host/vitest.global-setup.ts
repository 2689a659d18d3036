import { hostIsPrepared, prepareHost } from '../../scripts/host-example.ts';

/** A fresh clone has no packed package installed here yet: make and install it first. */
export default async function setup() {
  if (!hostIsPrepared()) await prepareHost();
}
