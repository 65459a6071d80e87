import type { CorpusStats as Stats } from '@/lib/corpus/browse';

export function CorpusStats({ stats }: { stats: Stats }) {
  const items: [string, number][] = [
    ['Articles', stats.articles],
    ['Claims', stats.claims],
    ['Bundles', stats.bundles.length],
  ];
  return (
    <dl class="stats" data-testid="corpus-stats">
      {items.map(([label, value]) => (
        <div class="stat" key={label}>
          <dt>{label}</dt>
          <dd data-testid={`stat-${label.toLowerCase()}`}>{value.toLocaleString('en-US')}</dd>
        </div>
      ))}
    </dl>
  );
}
