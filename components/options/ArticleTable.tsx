import type { ArticleSummary } from '@/lib/corpus/browse';
import { ConfirmDelete } from './ConfirmDelete';

interface Props {
  articles: ArticleSummary[];
  query: string;
  busy: boolean;
  onDelete: (article: ArticleSummary) => void;
}

const quoted = (title: string) => `“${title}”`;

/**
 * The corpus's articles, a page at a time. The ARIA roles are spelled out because under the narrow
 * layout (options.css) the table is shown as cards, and browsers drop a table's roles with its display.
 */
export function ArticleTable({ articles, query, busy, onDelete }: Props) {
  if (articles.length === 0) {
    return (
      <p class="empty" data-testid="articles-empty">
        {query.trim()
          ? `No article has a title or outlet matching “${query.trim()}”.`
          : 'No articles yet. Import a bundle or restore the built-in articles.'}
      </p>
    );
  }
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Articles in the corpus">
      <table class="articles" role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Title
            </th>
            <th scope="col" role="columnheader">
              Outlet
            </th>
            <th scope="col" role="columnheader">
              Published
            </th>
            <th scope="col" role="columnheader" class="numeric">
              Claims
            </th>
            <th scope="col" role="columnheader">
              Bundle
            </th>
            <th scope="col" role="columnheader">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {articles.map((a) => (
            <tr key={a.id} role="row" data-testid="article-row" data-origin={a.origin}>
              <td role="cell" class="title" data-testid="article-title">
                {a.url ? (
                  <a href={a.url} target="_blank" rel="noreferrer noopener">
                    {a.title}
                  </a>
                ) : (
                  a.title
                )}
                <span class="origin">{a.origin}</span>
              </td>
              <td role="cell" data-label="Outlet" data-testid="article-outlet">
                {a.outlet}
              </td>
              <td role="cell" data-label="Published" class="published">
                {a.published ?? <span class="muted">unknown</span>}
              </td>
              <td role="cell" data-label="Claims" class="numeric" data-testid="article-claims">
                {a.claimCount.toLocaleString('en-US')}
              </td>
              <td role="cell" data-label="Bundle">
                {a.bundleName}
              </td>
              <td role="cell" class="row-actions">
                <ConfirmDelete
                  name={quoted(a.title)}
                  question={`Delete ${quoted(a.title)} from the corpus?`}
                  disabled={busy}
                  onConfirm={() => onDelete(a)}
                  testIds={{ start: 'delete-article', confirm: 'confirm-delete-article' }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
