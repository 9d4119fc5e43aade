/** Key facts as a description list under their own heading; used for courses and publications alike. */
export function FactList({
  id,
  heading,
  rows,
  headingLevel = 2,
}: {
  id: string;
  heading: string;
  rows: [string, string][];
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="course-facts" aria-labelledby={id}>
      <Heading id={id}>{heading}</Heading>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term} className="course-facts-row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
