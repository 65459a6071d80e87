import type { ArticleSummary } from '@/lib/corpus/browse';

export function ArticleTable({ articles, query }: { articles: ArticleSummary[]; query: string }) {
  if (articles.length === 0) {
    return (
      <p class="empty" data-testid="articles-empty">
        {query.trim()
          ? `No article has a title or outlet matching “${query.trim()}”.`
          : 'The corpus is empty. Import a bundle of articles below, or restore the seed articles.'}
      </p>
    );
  }
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Articles in the corpus">
      <table class="articles">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Outlet</th>
            <th scope="col">Published</th>
            <th scope="col" class="numeric">
              Claims
            </th>
            <th scope="col">Bundle</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id} data-testid="article-row" data-origin={a.origin}>
              <td class="title" data-testid="article-title">
                {a.url ? (
                  <a href={a.url} target="_blank" rel="noreferrer noopener">
                    {a.title}
                  </a>
                ) : (
                  a.title
                )}
                <span class="origin">{a.origin}</span>
              </td>
              <td data-testid="article-outlet">{a.outlet}</td>
              <td>{a.published ?? <span class="muted">unknown</span>}</td>
              <td class="numeric" data-testid="article-claims">
                {a.claimCount.toLocaleString('en-US')}
              </td>
              <td>{a.bundleName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
