/**
 * Props for a Pages Router page from getServerSideProps, as JSON carries them: a key whose value is
 * undefined is left out. `next dev` refuses undefined there (production does not check), and an
 * optional field of the content or of a search hit is often undefined.
 */
export function asPageProps<T>(props: T): T {
  return JSON.parse(JSON.stringify(props)) as T;
}
