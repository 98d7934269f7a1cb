import { Paper, Text } from '@mantine/core';
import type { MentionCandidate } from '../types';
import { handleFor } from './mentions';
import type { MentionAutocomplete } from './use-mention-autocomplete';
import classes from './conversation.module.css';

/** The listbox of people to mention under the textarea; renders nothing unless suggesting. */
export function MentionSuggestions({
  autocomplete,
  members,
}: {
  autocomplete: MentionAutocomplete;
  members: MentionCandidate[];
}) {
  const { suggesting, suggestions, listId, active, choose } = autocomplete;
  if (!suggesting) return null;
  return (
    <Paper
      component="ul"
      role="listbox"
      id={listId}
      aria-label="People to mention"
      shadow="md"
      withBorder
      className={classes.suggestions}
    >
      {suggestions.map((member, index) => (
        // The combobox pattern: the textarea owns the keyboard (arrows, Enter, Escape via
        // aria-activedescendant); an option only answers the pointer.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events
        <li
          key={member.id}
          id={`${listId}-${index}`}
          role="option"
          aria-selected={index === active}
          className={classes.suggestion}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => choose(member)}
        >
          <Text span size="sm" fw={500}>
            {member.name}
          </Text>{' '}
          <Text span size="xs" c="dimmed">
            @{handleFor(member, members)}
          </Text>
        </li>
      ))}
    </Paper>
  );
}
