import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The state of a searchable, paged list: what is typed, the search sent once typing pauses, and
 * the page, back to the first whenever the search changes.
 */
export function useSearchPaging(delay = 300) {
  const [search, setSearchText] = useState('');
  const [q] = useDebouncedValue(search.trim(), delay);
  const [page, setPage] = useState(1);
  const setSearch = (text: string) => {
    setSearchText(text);
    setPage(1);
  };
  return { search, setSearch, q, page, setPage };
}

/** The search field above a list. */
export function SearchInput(props: {
  value: string;
  onChange: (text: string) => void;
  placeholder: string;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={props.label ?? t('common.search')}
      placeholder={props.placeholder}
      type="search"
      maxLength={100}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      // The list follows the typing; Enter must not submit a form the field sits in.
      onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
    />
  );
}
