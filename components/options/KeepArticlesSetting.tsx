import { useEffect, useState } from 'preact/hooks';
import { readKeepArticles, saveKeepArticles, watchKeepArticles } from '@/extension/page/keep-setting';

/**
 * The reader's opt-in, off by default, to keep every news article they open in the corpus ("Articles I
 * read", listed with the bundles and deleted like any of them). Kept in step with storage, so a change
 * made in another options page shows here.
 */
export function KeepArticlesSetting() {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void readKeepArticles().then(setOn);
    return watchKeepArticles(setOn);
  }, []);
  return (
    <section aria-labelledby="keep-heading">
      <h2 id="keep-heading">Articles you read</h2>
      <label>
        <input
          type="checkbox"
          name="keep-articles"
          checked={on === true}
          disabled={on === null}
          aria-describedby="keep-help"
          onChange={(e) => void saveKeepArticles(e.currentTarget.checked)}
        />
        Keep every news article I open in my corpus
      </label>
      <p id="keep-help" class="help">
        Each news article you open is added to “Articles I read”, so that reading two outlets on one story makes each
        check the other. Stored only in this browser, and never for sites where Crosscheck is off.
      </p>
    </section>
  );
}
