import { type IgnoredValue } from '@/lib/filters/params';

interface IgnoredFiltersProps {
  ignored: readonly IgnoredValue[];
  /** "Vi kender ikke disse valg …", already counted. */
  notice: string;
  /** Names each ignored value with its group, e.g. `Målgruppe: "astronauter"`. */
  describe: (value: IgnoredValue) => string;
}

/** Says which values from the address were left out, so an old or mistyped link still works. */
export function IgnoredFilters({ ignored, notice, describe }: IgnoredFiltersProps) {
  if (ignored.length === 0) return null;
  return (
    <div className="alert alert-warning filter-notice" role="status">
      <div className="alert-body">
        <p className="alert-text">{notice}</p>
        <ul>
          {ignored.map((value) => (
            <li key={`${value.key}=${value.value}`}>{describe(value)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
