import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useDebounced } from '../../lib/useDebounced';
import { useSuggestions, type Suggestion } from './api';
import styles from './search.module.css';
import { suggestionKind } from './suggest';

/**
 * The search field with instant suggestions (ARIA combobox): as the user types — Chinese, full pinyin
 * (mangguo) or initials (bsmg) — the debounced text asks GET /api/search/suggest. Arrow keys move
 * through the list, Enter picks, Escape closes; submitting searches the typed text.
 */
export function SearchBox({ initial = '', onSearch, onPick, debounceMs = 200, autoFocus }: {
  initial?: string;
  onSearch: (text: string) => void;
  onPick: (s: Suggestion) => void;
  debounceMs?: number;
  autoFocus?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebounced(text, debounceMs);
  const suggestions = useSuggestions(open ? debounced : '');
  const items = open && text.trim() ? (suggestions.data ?? []) : [];
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const pick = (s: Suggestion) => {
    setOpen(false);
    setActive(-1);
    setText(s.kind === 'product' ? text : s.text);
    onPick(s);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (active >= 0 && items[active]) return pick(items[active]);
    setOpen(false);
    onSearch(text.trim());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <form className={styles.box} role="search" onSubmit={submit}>
      <label htmlFor={`${id}-input`} className={styles.srOnly}>搜索商品</label>
      <input id={`${id}-input`} type="search" value={text} maxLength={50} autoComplete="off" enterKeyHint="search"
        placeholder="搜索芒果、mangguo、产地或供应商" autoFocus={autoFocus}
        role="combobox" aria-autocomplete="list" aria-expanded={items.length > 0} aria-controls={listId}
        aria-activedescendant={active >= 0 && items[active] ? optionId(active) : undefined}
        onChange={(e) => { setText(e.target.value); setOpen(true); setActive(-1); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown} />
      <button type="submit">搜索</button>
      <ul id={listId} role="listbox" aria-label="搜索建议" className={items.length ? styles.suggestions : styles.hidden}>
        {items.map((s, i) => (
          <li key={`${s.kind}-${s.text}-${i}`} id={optionId(i)} role="option" aria-selected={i === active}
            className={i === active ? styles.optionActive : styles.option}
            onMouseDown={(e) => e.preventDefault()} onClick={() => pick(s)}>
            <span className={styles.optionKind}>{suggestionKind(s)}</span>
            <span>{s.text}</span>
          </li>
        ))}
      </ul>
    </form>
  );
}
