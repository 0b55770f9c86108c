/**
 * Quick lookup across the whole knowledge base, as an ARIA combobox: results
 * appear as the user types, ArrowUp/ArrowDown move through them, Enter opens
 * the chosen one, Escape clears. The matching itself (Arabic folding,
 * proclitics, spelling variants) is the caller's `search` function.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entity } from '../lib/kb/schema';
import { kindLabel, nameIn, useLang, useT } from './i18n';
import { StatusBadge } from './status-badge';
import { entityStatus } from '../lib/kb/status';

export interface SearchBoxProps {
  search: (text: string) => Promise<Entity[]>;
  onOpen: (id: string) => void;
  /** Text to start with (the options page's #search=...). */
  initialText?: string;
  /** Called with the text when a search finds nothing (offer to add an entity). */
  renderEmpty?: (text: string) => JSX.Element | null;
  idPrefix?: string;
}

export function SearchBox({ search, onOpen, initialText = '', renderEmpty, idPrefix = 'ol-search' }: SearchBoxProps): JSX.Element {
  const t = useT();
  const lang = useLang();
  const [text, setText] = useState(initialText);
  const [results, setResults] = useState<Entity[]>([]);
  const [searched, setSearched] = useState('');
  const [active, setActive] = useState(-1);
  const request = useRef(0);

  useEffect(() => {
    const query = text.trim();
    const ticket = ++request.current;
    if (!query) {
      setResults([]);
      setSearched('');
      setActive(-1);
      return;
    }
    search(query).then(
      (found) => {
        if (ticket !== request.current) return; // a newer keystroke won
        setResults(found);
        setSearched(query);
        setActive(found.length ? 0 : -1);
      },
      () => {
        if (ticket === request.current) setResults([]);
      },
    );
  }, [text, search]);

  const listId = `${idPrefix}-list`;
  const optionId = (i: number) => `${idPrefix}-opt-${i}`;
  const expanded = results.length > 0;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!results.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      const hit = results[active];
      if (hit) {
        event.preventDefault();
        onOpen(hit.id);
      }
    } else if (event.key === 'Escape' && text) {
      event.preventDefault();
      event.stopPropagation();
      setText('');
    }
  }

  return (
    <div class="ol-search">
      <label for={`${idPrefix}-input`}>{t('search_label')}</label>
      <input
        id={`${idPrefix}-input`}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        dir="auto"
        placeholder={t('search_placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${idPrefix}-hint`}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${idPrefix}-hint`} class="ol-visually-hidden">
        {t('search_hint')}
      </p>
      <ul id={listId} role="listbox" class="ol-results" aria-label={t('search_label')}>
        {results.map((entity, i) => (
          <li
            key={entity.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active ? 'true' : 'false'}
            data-entity={entity.id}
            onMouseDown={(e) => e.preventDefault() /* keep focus in the input */}
            onClick={() => onOpen(entity.id)}
          >
            <span>
              <bdi>{nameIn(lang, entity.name)}</bdi> <span class="ol-muted">· {kindLabel(lang, entity.kind)}</span>
            </span>
            <StatusBadge status={entityStatus(entity)} />
          </li>
        ))}
      </ul>
      <p class="ol-live" role="status" aria-live="polite">
        {searched && results.length === 0 ? t('search_no_results', searched) : searched ? t('search_results', results.length) : ''}
      </p>
      {searched && results.length === 0 && renderEmpty ? renderEmpty(searched) : null}
    </div>
  );
}
