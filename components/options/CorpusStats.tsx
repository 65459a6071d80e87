import type { CorpusStats as Stats } from '@/lib/corpus/browse';
import { megabytes } from '@/lib/corpus/quota';

export function CorpusStats({ stats, disk }: { stats: Stats; disk: number | undefined }) {
  const items: [label: string, testId: string, value: string][] = [
    ['Articles', 'articles', stats.articles.toLocaleString('en-US')],
    ['Claims', 'claims', stats.claims.toLocaleString('en-US')],
    ['Outlets', 'outlets', stats.outlets.toLocaleString('en-US')],
    ['Published', 'dates', stats.dateRange ? `${stats.dateRange.from} – ${stats.dateRange.to}` : 'no dates'],
    ['Bundles', 'bundles', stats.bundles.length.toLocaleString('en-US')],
    ['On disk', 'disk', disk === undefined ? 'unknown' : megabytes(disk)],
  ];
  return (
    <dl class="stats" data-testid="corpus-stats">
      {items.map(([label, testId, value]) => (
        <div class="stat" key={label}>
          <dt>{label}</dt>
          <dd data-testid={`stat-${testId}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
